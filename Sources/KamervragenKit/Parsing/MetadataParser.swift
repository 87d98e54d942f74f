/// Reads the header lines before the first question: `AH 604`, `2024Z18294`,
/// `Vragen van het lid … aan de … over … (ingezonden 6 mei 2024)`,
/// `Antwoord van minister … (ontvangen 20 november 2024)`.
enum MetadataParser {
    static func parse(header: String, into meta: inout Metadata) {
        parse(header: Array(header.utf8), into: &meta)
    }

    /// The parser collects the header as bytes; read them as they are.
    static func parse(header b: [UInt8], into meta: inout Metadata) {
        if let k = b.byteOffset(of: Array("AH ".utf8)), k == 0 || b[k - 1] == 0x20 {
            var e = k + 3
            while e < b.count && isDigit(b[e]) { e += 1 }
            if e > k + 3 { meta.aanhangsel = meta.aanhangsel ?? b[(k + 3)..<e].string }
        }
        if meta.caseNumber == nil { meta.caseNumber = caseNumber(b) }
        if let asked = clause(b, starts: ["Vragen van ", "Vraag van ", "Vragen gesteld door "], ends: "(ingezonden ") {
            var who = asked.text
            if let over = who.byteOffset(of: " over ") {
                let wb = Array(who.utf8)
                meta.subject = trimTail(wb[(over + 6)...].string)
                who = wb[0..<over].string
            }
            if let aan = who.byteOffset(of: " aan ") {
                let wb = Array(who.utf8)
                meta.askedTo = wb[(aan + 5)...].string
                who = wb[0..<aan].string
            }
            meta.askedBy = who
            meta.submitted = asked.date
        }
        if let answered = clause(b, starts: ["Antwoord van ", "Antwoorden van ", "Mededeling van "], ends: "(ontvangen ") {
            meta.answeredBy = trimTail(answered.text)
            meta.received = answered.date
        }
    }

    /// `2024Z18294`, also printed `2024Z 17972`.
    static func caseNumber(_ b: [UInt8]) -> String? {
        var i = 0
        while i + 5 < b.count {
            if b[i] == 0x5A, i >= 4, (i - 4 == 0 || !isDigit(b[i - 5])), b[(i - 4)..<i].allSatisfy(isDigit) {
                var j = i + 1
                if j < b.count && b[j] == 0x20 { j += 1 }
                var e = j
                while e < b.count && isDigit(b[e]) { e += 1 }
                if e - j == 5 { return b[(i - 4)...i].string + b[j..<e].string }
            }
            i += 1
        }
        return nil
    }

    private static func clause(_ b: [UInt8], starts: [String], ends: String) -> (text: String, date: ISODate?)? {
        for s in starts {
            guard let k = b.byteOffset(of: Array(s.utf8)) else { continue }
            let from = k + s.utf8.count
            let endBytes = Array(ends.utf8)
            let limit = min(b.count, from + 1200)
            let window = Array(b[from..<limit])
            if let e = window.byteOffset(of: endBytes) {
                var dateEnd = e + endBytes.count
                while dateEnd < window.count && window[dateEnd] != 0x29 { dateEnd += 1 }
                let date = DutchDate.parse(window[(e + endBytes.count)..<dateEnd].string)
                return (trimTail(window[0..<e].string), date)
            }
            if s.hasPrefix("Vragen gesteld") { continue }
            return (trimTail(window.prefix(200).string), nil)
        }
        return nil
    }

    private static func trimTail(_ s: String) -> String {
        var b = Array(s.utf8)
        while let l = b.last, l == 0x20 || l == 0x2E || l == 0x2C { b.removeLast() }
        return b.string
    }
}

/// `6 mei 2024` → 2024-05-06.
enum DutchDate {
    static let months = ["januari", "februari", "maart", "april", "mei", "juni", "juli",
                         "augustus", "september", "oktober", "november", "december"]

    static func parse(_ text: String) -> ISODate? {
        if let date = text.withByteText({ ByteScan.isASCII($0) ? parseASCII($0) : .some(nil) }) { return date }
        let words = text.split(separator: " ")
        guard words.count >= 3 else { return nil }
        for k in 0..<(words.count - 2) {
            guard let d = Int(words[k]), (1...31).contains(d),
                  let m = months.firstIndex(of: words[k + 1].lowercased()),
                  let y = Int(words[k + 2].prefix { $0.isNumber }), (1900...2200).contains(y) else { continue }
            return ISODate(year: y, month: m + 1, day: d)
        }
        return nil
    }

    /// `parse` for ASCII text, on the bytes: the same words, the same tests (`Int` takes an
    /// optional sign, the year is its leading digits), without a `String` per word.
    /// nil means "no date"; the outer optional is only for the caller's fallback.
    private static func parseASCII(_ b: ByteText) -> ISODate?? {
        var words: [Range<Int>] = []
        var i = 0
        while i < b.count {
            while i < b.count && b[i] == 0x20 { i += 1 }
            let start = i
            while i < b.count && b[i] != 0x20 { i += 1 }
            if i > start { words.append(start..<i) }
        }
        guard words.count >= 3 else { return .some(nil) }
        for k in 0..<(words.count - 2) {
            guard let d = integer(b, words[k]), (1...31).contains(d),
                  let m = month(b, words[k + 1]),
                  let y = leadingDigits(b, words[k + 2]), (1900...2200).contains(y) else { continue }
            return ISODate(year: y, month: m + 1, day: d)
        }
        return .some(nil)
    }

    /// What `Int(word)` gives: an optional sign, then digits only; nil on overflow.
    private static func integer(_ b: ByteText, _ r: Range<Int>) -> Int? {
        var i = r.lowerBound
        var negative = false
        if b[i] == 0x2B || b[i] == 0x2D { negative = b[i] == 0x2D; i += 1 }
        guard i < r.upperBound else { return nil }
        var v = 0
        while i < r.upperBound {
            guard isDigit(b[i]) else { return nil }
            let (times, o1) = v.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times.addingReportingOverflow(Int(b[i] - 0x30))
            guard !o1 && !o2 else { return nil }
            v = sum
            i += 1
        }
        return negative ? -v : v
    }

    private static func leadingDigits(_ b: ByteText, _ r: Range<Int>) -> Int? {
        var e = r.lowerBound
        while e < r.upperBound && isDigit(b[e]) { e += 1 }
        guard e > r.lowerBound else { return nil }
        return integer(b, r.lowerBound..<e)
    }

    /// The month's index for a word equal to its name in any case.
    private static func month(_ b: ByteText, _ r: Range<Int>) -> Int? {
        for (m, name) in asciiMonths.enumerated() where name.utf8CodeUnitCount == r.count {
            var same = true
            for k in 0..<r.count {
                var c = b[r.lowerBound + k]
                if isUpper(c) { c += 0x20 }
                if c != name.utf8Start[k] { same = false; break }
            }
            if same { return m }
        }
        return nil
    }

    private static let asciiMonths: [StaticString] = ["januari", "februari", "maart", "april", "mei", "juni", "juli",
                                                       "augustus", "september", "oktober", "november", "december"]
}
