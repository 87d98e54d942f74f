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
    /// An answer's ranges (`4-7`, `1 tot en met 9999`, `1 tot 4`), kept as written: only
    /// the document knows which of the numbers they span exist, so `AnswerRanges` expands
    /// them there. A question heading's ranges are expanded into `numbers` instead (its
    /// numbers are what makes questions exist), and it never has any here.
    var ranges: [NumberRange] = []
}

/// A range in an answer heading: the numbers above `from` up to `through`, to be placed
/// after `numbers[after]`.
struct NumberRange: Equatable {
    /// The index in `Heading.numbers` after which the range's numbers go.
    var after: Int
    /// The lower end, which is already in `numbers` (or in the range before this one).
    var from: Int
    var through: Int
    /// False for a bare `tot` ("1 tot 4"), which may or may not include its end.
    var includesEnd: Bool
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
        // Read in place: the bytes were copied into an array per heading line before.
        return line.withByteText { parse(bytes: $0, f, text: text) }
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

    private static func parse(bytes b: ByteText, _ f: UInt8, text: Bool) -> Heading? {
        var p = 0
        if f == 0x56 {  // V
            guard word(b, &p, "Vragen") || word(b, &p, "Vraag") else { return nil }
            skipSpaces(b, &p)
            guard let list = numberList(b, &p, answer: false) else { return nil }
            return finish(b, p, .question, list, text: text)
        }
        if f == 0x41 {  // A
            guard word(b, &p, "Antwoorden") || word(b, &p, "Antwoord") else { return nil }
            var q = p
            skipSpaces(b, &q)
            if word(b, &q, "op") { skipSpaces(b, &q) }
            if word(b, &q, "de") { skipSpaces(b, &q) }
            if word(b, &q, "vragen") || word(b, &q, "vraag") { skipSpaces(b, &q) }
            if let list = numberList(b, &q, answer: true) { return finish(b, q, .answer, list, text: text) }
            // Bare: nothing but an optional colon, or a colon followed by text.
            var r = p
            skipSpaces(b, &r)
            if r == b.count { return Heading(kind: .answer, numbers: [], title: text ? b[0..<p].string : "", rest: "") }
            if b[r] == 0x3A { return finish(b, r, .answer, NumberList(), text: text) }
            return nil
        }
        guard word(b, &p, "Mededeling") else { return nil }
        var r = p
        skipSpaces(b, &r)
        if r == b.count || b[r] == 0x3A { return finish(b, r == b.count ? p : r, .notice, NumberList(), text: text) }
        if word(b, &r, "van") || word(b, &r, "inzake") || word(b, &r, "over") {
            return Heading(kind: .notice, numbers: [], title: text ? "Mededeling" : "", rest: text ? String(decoding: b, as: UTF8.self) : "")
        }
        return nil
    }

    /// Matches a whole word (the next byte must not be a letter).
    static func word(_ b: ByteText, _ p: inout Int, _ w: StaticString) -> Bool {
        let n = w.utf8CodeUnitCount
        guard p + n <= b.count else { return false }
        guard b.has(ByteText(w), at: p) else { return false }
        if p + n < b.count && isLetterOrHigh(b[p + n]) { return false }
        p += n
        return true
    }

    static func skipSpaces(_ b: ByteText, _ p: inout Int) {
        while p < b.count && b[p] == 0x20 { p += 1 }
    }

    /// The most digits a question number has: 99999 is far above any real document (the
    /// longest have a few dozen questions), and a bound keeps a year or an amount glued to
    /// a heading word from being read as a number. Past it is a diagnostic
    /// (`numberPastLimit`), never silence.
    static let maxDigits = 5
    static let highestNumber = 99_999

    /// `12` or `2l`: at most `maxDigits` digits and one lowercase letter, then no letter or digit.
    static func number(_ b: ByteText, _ p: inout Int, maxDigits: Int = maxDigits) -> QuestionNumber? {
        var q = p
        var value = 0
        // Saturating, for the lenient reading of digit runs of any length.
        while q < b.count && isDigit(b[q]) && q - p < maxDigits { value = min(value, 1 << 40) * 10 + Int(b[q] - 0x30); q += 1 }
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

    /// What a heading's number list holds: the numbers, and an answer's ranges.
    struct NumberList {
        var numbers: [QuestionNumber] = []
        var ranges: [NumberRange] = []
    }

    /// `3`, `3 en 4`, `3, 4, 5 en 6`, `7, 8, 9 10 en 11`, `4-7`, `2 t/m 6`, `2 tot en met 6`,
    /// `1,2,3,4 en 5`; in an answer also `1 tot 4`. Stops before anything that does not
    /// continue the list. A question's ranges are expanded (up to 200 numbers each); an
    /// answer's are kept as `NumberRange`s for the document to resolve. `lenient` reads
    /// numbers of any length (and records a question's ranges too), for `numberPastLimit`.
    static func numberList(_ b: ByteText, _ p: inout Int, answer: Bool,
                           lenient: Bool = false) -> NumberList? {
        let digits = lenient ? Int.max : maxDigits
        guard let first = number(b, &p, maxDigits: digits) else { return nil }
        var list = NumberList(numbers: [first])
        var last = first.value
        // A cap keeps a hostile "1-200-400-…" line from expanding without bound.
        while list.numbers.count + list.ranges.count < 1000 {
            var q = p
            skipSpaces(b, &q)
            guard q < b.count else { break }
            var range = false
            var includesEnd = true
            if b[q] == 0x2C {                       // ,
                q += 1; skipSpaces(b, &q)
                if word(b, &q, "en") { skipSpaces(b, &q) }
            } else if b[q] == 0x2D {                // -
                q += 1; range = true; skipSpaces(b, &q)
            } else if q + 2 < b.count && b[q] == 0xE2 && b[q + 1] == 0x80 && b[q + 2] == 0x93 { // –
                q += 3; range = true; skipSpaces(b, &q)
            } else if word(b, &q, "tot") {
                skipSpaces(b, &q)
                range = true
                if word(b, &q, "en") {
                    skipSpaces(b, &q)
                    guard word(b, &q, "met") else { break }
                    skipSpaces(b, &q)
                } else {
                    // A bare "tot" is only an answer's: whether it includes its end depends
                    // on the document (`AnswerRanges`).
                    guard answer else { break }
                    includesEnd = false
                }
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
            guard let next = number(b, &q, maxDigits: digits) else { break }
            // A list of question numbers rises; a smaller number is glued text ("Antwoord 3 2 …").
            if next.value < last { break }
            if range && (answer || lenient) {
                if next.value > last {
                    list.ranges.append(NumberRange(after: list.numbers.count - 1, from: last, through: next.value,
                                                   includesEnd: includesEnd))
                    last = next.value
                }
                p = q
                continue
            }
            if next.value > last + 200 { break }
            if range, next.value > last {
                for v in (last + 1)...next.value { list.numbers.append(QuestionNumber(v)) }
            } else {
                list.numbers.append(next)
            }
            last = next.value
            p = q
        }
        return list
    }

    /// A question or answer heading with a number past `highestNumber` (`Vraag 100000`,
    /// `Antwoord 3 en 123456`, `Antwoord 1 t/m 100000`): the heading as written up to the
    /// end of its numbers. Such a line is not (or not wholly) read as a heading; the parser
    /// says so in a diagnostic.
    static func numberPastLimit(_ line: SourceLine) -> String? {
        guard let f = line.firstByte, f == 0x56 || f == 0x41 else { return nil }
        return line.withBytes { b in
            var p = 0
            let answer = f == 0x41
            if answer {
                guard word(b, &p, "Antwoorden") || word(b, &p, "Antwoord") else { return nil }
                skipSpaces(b, &p)
                if word(b, &p, "op") { skipSpaces(b, &p) }
                if word(b, &p, "de") { skipSpaces(b, &p) }
                if word(b, &p, "vragen") || word(b, &p, "vraag") { skipSpaces(b, &p) }
            } else {
                guard word(b, &p, "Vragen") || word(b, &p, "Vraag") else { return nil }
                skipSpaces(b, &p)
            }
            // Nearly every heading has no digit run past the limit: said without a list.
            var run = 0, longest = 0
            for k in p..<b.count {
                run = isDigit(b[k]) ? run + 1 : 0
                longest = max(longest, run)
            }
            guard longest > maxDigits else { return nil }
            guard let list = numberList(b, &p, answer: answer, lenient: true),
                  list.numbers.contains(where: { $0.value > highestNumber }) || list.ranges.contains(where: { $0.through > highestNumber })
            else { return nil }
            return b[0..<p].string
        }
    }

    private static func finish(_ b: ByteText, _ end: Int, _ kind: Heading.Kind, _ list: NumberList,
                               text: Bool) -> Heading {
        guard text else { return Heading(kind: kind, numbers: list.numbers, title: "", rest: "", ranges: list.ranges) }
        var e = end
        skipSpaces(b, &e)
        if e < b.count && (b[e] == 0x3A || b[e] == 0x2E) { e += 1 }      // ':' or '.'
        // Trailing spaces trimmed on the bytes, before the one `String` is made.
        var titleEnd = min(e, b.count)
        while titleEnd > 0 && b[titleEnd - 1] == 0x20 { titleEnd -= 1 }
        var r = e
        skipSpaces(b, &r)
        return Heading(kind: kind, numbers: list.numbers, title: b[0..<titleEnd].string, rest: b[r...].string,
                       ranges: list.ranges)
    }

    static func trimmed(_ s: String) -> String {
        var b = Array(s.utf8)
        while let l = b.last, l == 0x20 { b.removeLast() }
        return b.string
    }

    /// `1. Kunt u …?`, `1) Kunt u …?` or a number alone on a line: the question styles of
    /// documents without `Vraag` headings. Returns the number and the text after it.
    static func numberedLine(_ line: String) -> (QuestionNumber, String)? {
        guard let f = line.firstByte, isDigit(f) else { return nil }
        return line.withByteText { numberedLine(bytes: $0) }
    }

    private static func numberedLine(bytes b: ByteText) -> (QuestionNumber, String)? {
        var p = 0
        var value = 0
        while p < b.count && isDigit(b[p]) && p < maxDigits { value = value * 10 + Int(b[p] - 0x30); p += 1 }
        if p == b.count { return value > 0 ? (QuestionNumber(value), "") : nil }
        guard b[p] == 0x2E || b[p] == 0x29, p + 1 < b.count, b[p + 1] == 0x20 else { return nil }
        var r = p + 1
        skipSpaces(b, &r)
        guard r < b.count, value > 0 else { return nil }
        return (QuestionNumber(value), b[r...].string)
    }
}

