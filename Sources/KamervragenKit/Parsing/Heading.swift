/// A recognised heading line: `Vraag 2 en 3`, `Antwoord op vragen 4-7:`, a bare `Antwoord`,
/// `Mededeling`. Anything after the heading on the same line (flattened PDFs glue the text
/// on: `Antwoord 2 Ja, dat klopt.`) is kept in `rest`.
struct Heading: Equatable {
    enum Kind: Equatable { case question, answer, notice }

    var kind: Kind
    /// Empty for a bare `Antwoord` (it answers what came right before) and for notices.
    var numbers: [QuestionNumber]
    /// The heading as written, without the glued text.
    var title: String
    var rest: String
}

enum HeadingParser {
    /// Only lines starting with `V`, `A` or `M` get past the first byte test, so ordinary
    /// text costs one comparison.
    static func parse(_ line: String) -> Heading? { parse(line, text: true) }

    /// `text: false` leaves `title` and `rest` empty: the pre-pass and the "is this a
    /// heading" checks need only the kind and the numbers, and building the two strings
    /// was most of the cost of a heading line.
    static func parse(_ line: String, text: Bool) -> Heading? {
        guard let f = line.firstByte, f == 0x56 || f == 0x41 || f == 0x4D else { return nil }
        // Three more bytes before copying anything: "Vra", "Ant", "Med".
        let u = line.utf8
        guard u.count >= 5 else { return nil }
        let i1 = u.index(after: u.startIndex), i2 = u.index(after: i1), i3 = u.index(after: i2)
        let p3 = (u[i1], u[i2], u[i3])
        guard (f == 0x56 && p3 == (0x72, 0x61, 0x61)) || (f == 0x56 && p3 == (0x72, 0x61, 0x67))
            || (f == 0x41 && p3 == (0x6E, 0x74, 0x77)) || (f == 0x4D && p3 == (0x65, 0x64, 0x65)) else { return nil }
        var copy = line
        // Read in place: the bytes were copied into an array per heading line before.
        return copy.withUTF8 { parse(bytes: $0, f, text: text) }
    }

    /// The same test on a line read in place: with `text: false` no `String` is made at
    /// all, which is how the pre-pass reads every line; with `text: true` only the title
    /// and rest are made, not a `String` of the whole line first.
    static func parse(_ line: SourceLine, text: Bool) -> Heading? {
        guard let f = line.firstByte, f == 0x56 || f == 0x41 || f == 0x4D else { return nil }
        return line.withBytes { b in
            guard b.count >= 5 else { return nil }
            let p3 = (b[1], b[2], b[3])
            guard (f == 0x56 && p3 == (0x72, 0x61, 0x61)) || (f == 0x56 && p3 == (0x72, 0x61, 0x67))
                || (f == 0x41 && p3 == (0x6E, 0x74, 0x77)) || (f == 0x4D && p3 == (0x65, 0x64, 0x65)) else { return nil }
            return parse(bytes: b, f, text: text)
        }
    }

    /// `numberedLine` for a line read in place; only lines starting with a digit decode.
    static func numberedLine(_ line: SourceLine) -> (QuestionNumber, String)? {
        guard let f = line.firstByte, isDigit(f) else { return nil }
        return line.withBytes { numberedLine(bytes: $0) }
    }

    private static func parse(bytes b: UnsafeBufferPointer<UInt8>, _ f: UInt8, text: Bool) -> Heading? {
        var p = 0
        if f == 0x56 {  // V
            guard word(b, &p, "Vragen") || word(b, &p, "Vraag") else { return nil }
            skipSpaces(b, &p)
            guard let nums = numberList(b, &p) else { return nil }
            return finish(b, p, .question, nums, text: text)
        }
        if f == 0x41 {  // A
            guard word(b, &p, "Antwoorden") || word(b, &p, "Antwoord") else { return nil }
            var q = p
            skipSpaces(b, &q)
            if word(b, &q, "op") { skipSpaces(b, &q) }
            if word(b, &q, "de") { skipSpaces(b, &q) }
            if word(b, &q, "vragen") || word(b, &q, "vraag") { skipSpaces(b, &q) }
            if let nums = numberList(b, &q) { return finish(b, q, .answer, nums, text: text) }
            // Bare: nothing but an optional colon, or a colon followed by text.
            var r = p
            skipSpaces(b, &r)
            if r == b.count { return Heading(kind: .answer, numbers: [], title: text ? b[0..<p].string : "", rest: "") }
            if b[r] == 0x3A { return finish(b, r, .answer, [], text: text) }
            return nil
        }
        guard word(b, &p, "Mededeling") else { return nil }
        var r = p
        skipSpaces(b, &r)
        if r == b.count || b[r] == 0x3A { return finish(b, r == b.count ? p : r, .notice, [], text: text) }
        if word(b, &r, "van") || word(b, &r, "inzake") || word(b, &r, "over") {
            return Heading(kind: .notice, numbers: [], title: text ? "Mededeling" : "", rest: text ? String(decoding: b, as: UTF8.self) : "")
        }
        return nil
    }

    /// Matches a whole word (the next byte must not be a letter).
    static func word(_ b: UnsafeBufferPointer<UInt8>, _ p: inout Int, _ w: StaticString) -> Bool {
        let n = w.utf8CodeUnitCount
        guard p + n <= b.count else { return false }
        let ok = w.withUTF8Buffer { wb in
            for k in 0..<n where b[p + k] != wb[k] { return false }
            return true
        }
        guard ok else { return false }
        if p + n < b.count && isLetterOrHigh(b[p + n]) { return false }
        p += n
        return true
    }

    static func skipSpaces(_ b: UnsafeBufferPointer<UInt8>, _ p: inout Int) {
        while p < b.count && b[p] == 0x20 { p += 1 }
    }

    /// `12` or `2l`: at most five digits and one lowercase letter, then no letter or digit.
    static func number(_ b: UnsafeBufferPointer<UInt8>, _ p: inout Int) -> QuestionNumber? {
        var q = p
        var value = 0
        while q < b.count && isDigit(b[q]) && q - p < 5 { value = value * 10 + Int(b[q] - 0x30); q += 1 }
        guard q > p, q == b.count || !isDigit(b[q]) else { return nil }
        var suffix = ""
        if q < b.count && isLower(b[q]) && (q + 1 == b.count || !isLetterOrHigh(b[q + 1])) {
            suffix = String(UnicodeScalar(b[q])); q += 1
        } else if q < b.count && isLetterOrHigh(b[q]) {
            return nil
        }
        p = q
        return QuestionNumber(value, suffix: suffix)
    }

    /// `3`, `3 en 4`, `3, 4, 5 en 6`, `7, 8, 9 10 en 11`, `4-7`, `2 t/m 6`, `2 tot en met 6`,
    /// `1,2,3,4 en 5`. Stops before anything that does not continue the list.
    static func numberList(_ b: UnsafeBufferPointer<UInt8>, _ p: inout Int) -> [QuestionNumber]? {
        guard let first = number(b, &p) else { return nil }
        var nums = [first]
        // A cap keeps a hostile "1-200-400-…" line from expanding without bound.
        while nums.count < 1000 {
            var q = p
            skipSpaces(b, &q)
            guard q < b.count else { break }
            var range = false
            if b[q] == 0x2C {                       // ,
                q += 1; skipSpaces(b, &q)
                if word(b, &q, "en") { skipSpaces(b, &q) }
            } else if b[q] == 0x2D {                // -
                q += 1; range = true; skipSpaces(b, &q)
            } else if q + 2 < b.count && b[q] == 0xE2 && b[q + 1] == 0x80 && b[q + 2] == 0x93 { // –
                q += 3; range = true; skipSpaces(b, &q)
            } else if word(b, &q, "tot") {
                skipSpaces(b, &q)
                guard word(b, &q, "en") else { break }
                skipSpaces(b, &q)
                guard word(b, &q, "met") else { break }
                skipSpaces(b, &q); range = true
            } else if q + 3 <= b.count && b[q] == 0x74 && b[q + 1] == 0x2F && b[q + 2] == 0x6D { // t/m
                q += 3; skipSpaces(b, &q); range = true
            } else if word(b, &q, "en") {
                skipSpaces(b, &q)
            } else if isDigit(b[q]) && q > p {
                // "9 10": a missing comma.
            } else {
                break
            }
            // "Antwoord op vraag 1 en vraag 2": the word may be repeated.
            if word(b, &q, "vragen") || word(b, &q, "vraag") { skipSpaces(b, &q) }
            guard let next = number(b, &q) else { break }
            // A list of question numbers rises; a smaller number is glued text ("Antwoord 3 2 …").
            if let last = nums.last, next.value < last.value || next.value > last.value + 200 { break }
            if range, let last = nums.last, next.value > last.value {
                for v in (last.value + 1)...next.value { nums.append(QuestionNumber(v)) }
            } else {
                nums.append(next)
            }
            p = q
        }
        return nums
    }

    private static func finish(_ b: UnsafeBufferPointer<UInt8>, _ end: Int, _ kind: Heading.Kind, _ nums: [QuestionNumber],
                               text: Bool) -> Heading {
        guard text else { return Heading(kind: kind, numbers: nums, title: "", rest: "") }
        var e = end
        skipSpaces(b, &e)
        if e < b.count && (b[e] == 0x3A || b[e] == 0x2E) { e += 1 }      // ':' or '.'
        // Trailing spaces trimmed on the bytes, before the one `String` is made.
        var titleEnd = min(e, b.count)
        while titleEnd > 0 && b[titleEnd - 1] == 0x20 { titleEnd -= 1 }
        var r = e
        skipSpaces(b, &r)
        return Heading(kind: kind, numbers: nums, title: b[0..<titleEnd].string, rest: b[r...].string)
    }

    static func trimmed(_ s: String) -> String {
        var b = Array(s.utf8)
        while let l = b.last, l == 0x20 { b.removeLast() }
        return b.string
    }

    /// `1. Kunt u …?` or a number alone on a line: the question styles of documents
    /// without `Vraag` headings. Returns the number and the text after it.
    static func numberedLine(_ line: String) -> (QuestionNumber, String)? {
        guard let f = line.firstByte, isDigit(f) else { return nil }
        var copy = line
        return copy.withUTF8 { numberedLine(bytes: $0) }
    }

    private static func numberedLine(bytes b: UnsafeBufferPointer<UInt8>) -> (QuestionNumber, String)? {
        var p = 0
        var value = 0
        while p < b.count && isDigit(b[p]) && p < 3 { value = value * 10 + Int(b[p] - 0x30); p += 1 }
        if p == b.count { return value > 0 ? (QuestionNumber(value), "") : nil }
        guard b[p] == 0x2E, p + 1 < b.count, b[p + 1] == 0x20 else { return nil }
        var r = p + 1
        skipSpaces(b, &r)
        guard r < b.count, value > 0 else { return nil }
        return (QuestionNumber(value), b[r...].string)
    }
}

