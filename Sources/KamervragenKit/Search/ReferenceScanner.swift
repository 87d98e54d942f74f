/// Finds references to other answers in a text: the id itself (`ah-tk-20232024-730`) and
/// the citation the documents print ("Zie ook Aanhangsel Handelingen, vergaderjaar
/// 2023–2024, nr. 730", also "Aanhangsel van de Handelingen II, vergaderjaar …",
/// "… 2023/24, nrs. 1767 en 1775", and the run-together forms flattened PDFs give:
/// "AanhangselHandelingen", "vergaderjaar2023–2024", "2023–2024,nr. 2116").
///
/// Works on UTF-8 bytes and returns byte ranges, so a caller can mark the reference in
/// the text it already holds without re-reading it as characters.
package enum ReferenceScanner {
    package struct Reference: Hashable, Sendable {
        /// The bytes that cite it; for the second of "nrs. 1767 en 1775", just `1775`.
        package var range: Range<Int>
        /// The id of the cited answer, lower-case: `ah-tk-20232024-730`.
        package var id: String
        /// True for the id written out, false for a citation in words.
        package var isLiteral: Bool
    }

    package static func references(in text: String) -> [Reference] {
        text.withByteText { references(in: $0) }
    }

    package static func references(in b: ByteText) -> [Reference] {
        var out: [Reference] = []
        var i = 0
        while i < b.count {
            let c = b[i] | 0x20
            if c == UInt8(ascii: "a") {
                if i == 0 || !isWordByte(b[i - 1]), let r = literal(b, at: i) {
                    out.append(r)
                    i = r.range.upperBound
                    continue
                }
                // A citation may follow a note number ("7Aanhangsel") or a word a flattened
                // PDF ran into it ("Zie ookAanhangsel"), but not sit inside a word.
                let glued = i > 0 && isLowercaseLetter(b[i - 1]) && b[i] == UInt8(ascii: "A")
                if i == 0 || !isLetterByte(b[i - 1]) || glued, let refs = citation(b, at: i), let last = refs.last {
                    out += refs
                    i = last.range.upperBound
                    continue
                }
            }
            i += 1
        }
        return out
    }

    /// The ids written out literally, for a file name or a header field.
    package static func literalIDs(in text: String) -> [String] {
        references(in: text).filter(\.isLiteral).map(\.id)
    }

    // MARK: The id

    /// `ah-tk-20232024-730` or `ah-ek-…` at `i`.
    private static func literal(_ b: ByteText, at start: Int) -> Reference? {
        var i = start
        guard match(b, &i, "ah-") else { return nil }
        let chamber: String
        if match(b, &i, "tk-") { chamber = "tk" } else if match(b, &i, "ek-") { chamber = "ek" } else { return nil }
        let yearStart = i
        guard digits(b, &i) == 8 else { return nil }
        let years = String(decoding: b[yearStart..<i], as: UTF8.self)
        guard i < b.count, b[i] == UInt8(ascii: "-") else { return nil }
        i += 1
        let numberStart = i
        let n = digits(b, &i)
        guard (1...6).contains(n), i >= b.count || !isWordByte(b[i]) else { return nil }
        let number = String(decoding: b[numberStart..<i], as: UTF8.self)
        return Reference(range: start..<i, id: "ah-\(chamber)-\(years)-\(trimZeros(number))", isLiteral: true)
    }

    // MARK: The citation

    private static func citation(_ b: ByteText, at start: Int) -> [Reference]? {
        var i = start
        guard match(b, &i, "aanhangsel") else { return nil }
        _ = match(b, &i, "s")
        skipSpaces(b, &i)
        if match(b, &i, "van de") { skipSpaces(b, &i) }
        guard match(b, &i, "handelingen") else { return nil }
        // Tweede Kamer unless the Eerste is named ("Handelingen I", "Eerste Kamer").
        var chamber = "tk"
        var j = i
        skipSpaces(b, &j)
        if match(b, &j, "ii"), j >= b.count || !isWordByte(b[j]) {
            i = j
        } else if match(b, &j, "i"), j >= b.count || !isWordByte(b[j]) {
            chamber = "ek"
            i = j
        } else if match(b, &j, "tweede kamer") {
            i = j
        } else if match(b, &j, "eerste kamer") {
            chamber = "ek"
            i = j
        }
        skipSeparators(b, &i)
        if match(b, &i, "vergaderjaar") { skipSpaces(b, &i) }
        let y1Start = i
        guard digits(b, &i) == 4, let first = Int(String(decoding: b[y1Start..<i], as: UTF8.self)) else { return nil }
        guard dash(b, &i) else { return nil }
        let y2Start = i
        let n2 = digits(b, &i)
        guard n2 == 2 || n2 == 4, let y2 = Int(String(decoding: b[y2Start..<i], as: UTF8.self)) else { return nil }
        let second = n2 == 2 ? first / 100 * 100 + y2 : y2
        guard second == first + 1 else { return nil }
        skipSeparators(b, &i)
        guard match(b, &i, "nr") else { return nil }
        let plural = match(b, &i, "s")
        _ = match(b, &i, ".")
        skipSpaces(b, &i)
        let prefix = "ah-\(chamber)-\(first)\(second)-"
        var out: [Reference] = []
        let numberStart = i
        let n = digits(b, &i)
        guard (1...6).contains(n), i >= b.count || !isWordByte(b[i]) else { return nil }
        out.append(Reference(range: start..<i, id: prefix + trimZeros(String(decoding: b[numberStart..<i], as: UTF8.self)), isLiteral: false))
        // "nr. 1767 en 1775", "nrs. 12, 13 en 14": each further number is a link of its
        // own. A comma continues the list only after "nrs.": "nr. 730, 2 vragen" is one.
        while true {
            var k = i
            var comma = false
            if plural, k < b.count, b[k] == UInt8(ascii: ",") { k += 1; comma = true }
            skipSpaces(b, &k)
            if match(b, &k, "en ") { skipSpaces(b, &k) } else if !comma { break }
            let s = k
            let m = digits(b, &k)
            guard (1...6).contains(m), k >= b.count || !isWordByte(b[k]) else { break }
            out.append(Reference(range: s..<k, id: prefix + trimZeros(String(decoding: b[s..<k], as: UTF8.self)), isLiteral: false))
            i = k
        }
        return out
    }

    // MARK: Bytes

    /// Matches `word` case-insensitively (ASCII) at `i`, advancing past it.
    private static func match(_ b: ByteText, _ i: inout Int, _ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard i + n <= b.count else { return false }
        let w = word.utf8Start
        for k in 0..<n {
            let x = b[i + k], y = w[k]
            let lx = (x >= 0x41 && x <= 0x5A) ? x | 0x20 : x
            if lx != y { return false }
        }
        i += n
        return true
    }

    private static func digits(_ b: ByteText, _ i: inout Int) -> Int {
        let s = i
        while i < b.count, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
        return i - s
    }

    /// Spaces, including the no-break space.
    private static func skipSpaces(_ b: ByteText, _ i: inout Int) {
        while i < b.count {
            if b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0A || b[i] == 0x0D {
                i += 1
            } else if b[i] == 0xC2, i + 1 < b.count, b[i + 1] == 0xA0 {
                i += 2
            } else {
                return
            }
        }
    }

    /// Spaces and commas between the parts of a citation.
    private static func skipSeparators(_ b: ByteText, _ i: inout Int) {
        while true {
            skipSpaces(b, &i)
            guard i < b.count, b[i] == UInt8(ascii: ",") else { return }
            i += 1
        }
    }

    /// `-`, `/`, or the en dash, em dash or non-breaking hyphen.
    private static func dash(_ b: ByteText, _ i: inout Int) -> Bool {
        guard i < b.count else { return false }
        if b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "/") { i += 1; return true }
        if i + 2 < b.count, b[i] == 0xE2, b[i + 1] == 0x80, [0x91, 0x93, 0x94].contains(b[i + 2]) {
            i += 3
            return true
        }
        return false
    }

    private static func isLetterByte(_ c: UInt8) -> Bool {
        (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A) || c >= 0x80
    }

    private static func isLowercaseLetter(_ c: UInt8) -> Bool { c >= 0x61 && c <= 0x7A }

    private static func isWordByte(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A) || c >= 0x80
    }

    private static func trimZeros(_ s: String) -> String {
        let t = s.drop { $0 == "0" }
        return t.isEmpty ? "0" : String(t)
    }
}
