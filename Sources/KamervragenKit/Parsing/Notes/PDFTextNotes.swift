/// Convention 3: typeset PDFs print notes at the page foot, and the extracted text glues
/// the number to the body (`1Binnenlands Bestuur, …`). Bodies are numbered 1, 2, 3… in
/// document order, so we only accept the next expected number; markers are the same
/// digits glued to a word, alone on a line, or at a line start.
struct PDFTextNotes {
    var notes: [ScannedNote] = []
    /// Line index → the note that line belongs to (body or continuation).
    var owner: [Int: Int] = [:]
    /// The labels `1`…`count`: bodies are accepted only in that order, so a count says
    /// which labels exist (a `Set<String>` of them cost a share of a parse to build, and a
    /// `String` and a hash for every digit run tested against it).
    var labels = TypedNotes.Labels(count: 0)

    /// `spaced`: Markdown-ish conversions print `1 Aanhangsel …` with a space.
    static func scan(_ lines: [SourceLine], spaced: Bool, skip: Range<Int>?) -> PDFTextNotes {
        var r = PDFTextNotes()
        var expected = 1
        var i = 0
        while i < lines.count {
            if let skip, skip.contains(i) { i += 1; continue }
            let index = r.notes.count
            let label = i
            var start = 0
            if let glued = bodyStart(lines[i], expected: expected, spaced: spaced) {
                start = glued
            } else if lines[i].byteCount <= 4, let body = labelAlone(lines, i, expected: expected) {
                // The number on a line of its own, the body from a later line on.
                for k in i..<body { r.owner[k] = index }
                i = body
            } else if !spaced, lines[i].firstByte.map(isDigit) == true, let spacedBody = spacedLabel(lines, i, expected: expected) {
                start = spacedBody
            } else {
                i += 1
                continue
            }
            var text = lines[i].withBytes { Array($0[start...]) }
            r.owner[i] = index
            var j = i + 1
            while j < lines.count, j - i <= 8 {
                let l = lines[j]
                if l.isBlank || l.pageBreak || HeadingParser.parse(l, text: false) != nil { break }
                if bodyStart(l, expected: expected + 1, spaced: spaced) != nil || isLabel(l, expected + 1) { break }
                if !spaced, l.firstByte.map(isDigit) == true, spacedLabel(lines, j, expected: expected + 1) != nil { break }
                l.withBytes { ParagraphJoiner.appendJoining(&text, $0, trailingSpace: lines[j - 1].trailingSpace) }
                r.owner[j] = index
                j += 1
            }
            dropPublicationID(&text)
            r.notes.append(ScannedNote(id: NoteID(.footnote, String(expected)), text: text.string, line: lines[label].number))
            r.labelLines.append(label)
            r.labels.count = expected
            // The body stopped at its page's end (blank lines and the furniture taken out
            // before the break) in the middle of a sentence: it may go on overleaf.
            var next = j
            while next < lines.count, lines[next].isBlank, !lines[next].pageBreak { next += 1 }
            if next < lines.count, lines[next].pageBreak, !text.isEmpty, !text.withByteText({ Self.endsSentence($0) }) {
                while next < lines.count, lines[next].isBlank { next += 1 }
                r.carried.append((note: index, pageStart: next))
            }
            expected += 1
            i = j
        }
        if !r.carried.isEmpty { r.continueCarriedNotes(lines) }
        r.labelLines = []
        return r
    }

    /// Notes whose body stopped at a page's end in the middle of a sentence: the note and
    /// where the next page starts. Only the scan uses it.
    private var carried: [(note: Int, pageStart: Int)] = []
    /// Where each note's label stands (a line index). Only the scan uses it.
    private var labelLines: [Int] = []

    /// A note too long for its page goes on at the next page's foot, before that page's
    /// own notes and without a number: the lines just before the next note's label (or
    /// before the page's end) that carry a sentence on are the rest of the body. The text
    /// carried on starts in lower case (or with a bracket) and follows a blank
    /// line, a heading or a finished sentence, which running text never does; the
    /// farthest such line within a body's reach, with no blank line or heading between it
    /// and the foot (and not the page's first line), is where the rest starts.
    private mutating func continueCarriedNotes(_ lines: [SourceLine]) {
        for (note, pageStart) in carried where pageStart < lines.count {
            var end = pageStart + 1
            while end < lines.count && !lines[end].pageBreak { end += 1 }
            if note + 1 < notes.count, labelLines[note + 1] > pageStart, labelLines[note + 1] < end { end = labelLines[note + 1] }
            var start: Int?
            var k = end - 1
            while k >= pageStart, end - k <= Self.carriedReach {
                let l = lines[k]
                if l.isBlank || owner[k] != nil || HeadingParser.parse(l, text: false) != nil { break }
                // The page's first line is not a candidate: starting in lower case, it is
                // running text that the page break cut.
                guard k > pageStart else { break }
                let before = lines[k - 1]
                // Not a digit: a line opening with one is a marker before its sentence
                // (`24 Via het …`) as often as anything else.
                let opens = l.firstByte.map { isLower($0) || $0 == 0x28 } ?? false
                if opens, before.isBlank || HeadingParser.parse(before, text: false) != nil
                    || before.withBytes({ Self.endsSentence($0) }) {
                    start = k
                }
                k -= 1
            }
            guard let start else { continue }
            var text = Array(notes[note].text.utf8)
            for k in start..<end {
                lines[k].withBytes { ParagraphJoiner.appendJoining(&text, $0, trailingSpace: k > start ? lines[k - 1].trailingSpace : true) }
                owner[k] = note
            }
            Self.dropPublicationID(&text)
            notes[note].text = text.string
        }
        carried = []
    }

    /// How many lines the rest of a note carried onto the next page may have.
    static let carriedReach = 8

    /// Ends in `.`, `?`, `!` (a closing bracket or quote after it aside).
    static func endsSentence(_ b: ByteText) -> Bool {
        var e = b.count
        while e > 0, b[e - 1] == 0x20 || b[e - 1] == 0x29 || b[e - 1] == 0xBB || b[e - 1] == 0x9D || b[e - 1] == 0x22 { e -= 1 }
        guard e > 0 else { return false }
        return b[e - 1] == 0x2E || b[e - 1] == 0x3F || b[e - 1] == 0x21
    }


    /// How far past a lone label the page foot may lie: a few bodies of a few lines each.
    static let footReach = 24

    /// The line is `expected`'s digits and nothing else.
    static func isLabel(_ line: SourceLine, _ expected: Int) -> Bool {
        guard let f = line.firstByte, isDigit(f), line.byteCount <= 4 else { return false }
        return line.withBytes { b in
            var value = 0
            for c in b { guard isDigit(c) else { return false }; value = value * 10 + Int(c - 0x30) }
            return value == expected
        }
    }

    /// pypdf may print a page-foot note's number on a line of its own and the body on the
    /// next (`1` + `Omroep Flevoland, …`). A lone number is also how it prints a marker, so
    /// the number is a label only where the next line opens a body the way a glued body
    /// would (a capital, a quote, a URL …) and the page foot follows: no heading and no
    /// other label for the same note before the page ends (a page break, or the end of
    /// the text, within `footReach` lines). `11` + `In de rechtspraak …` + … + `Vraag 6`
    /// is a marker before a paragraph, not note 11.
    ///
    /// Plain pdftotext sets the number apart as a block of its own: a blank line or two
    /// (where the first page's id block stood, already taken out) may come between it and
    /// the body. Returns the body's first line.
    static func labelAlone(_ lines: [SourceLine], _ i: Int, expected: Int) -> Int? {
        guard isLabel(lines[i], expected) else { return nil }
        var b = i + 1
        while b < lines.count, b - i <= 3, lines[b].isBlank { b += 1 }
        guard b < lines.count, b - i <= 3 else { return nil }
        let next = lines[b]
        guard !next.pageBreak, HeadingParser.parse(next, text: false) == nil,
              next.withBytes({ opensBody($0, at: 0) }) else { return nil }
        return footFollows(lines, from: b + 1, label: i, expected: expected) ? b : nil
    }

    /// pypdf may also set the number apart from its body by a space (`1 Omroep West, …`),
    /// which is how it prints a marker at a line start too (`3 De wetgever …`): the same
    /// page-foot test as for a lone number tells them apart. Where the body starts.
    static func spacedLabel(_ lines: [SourceLine], _ i: Int, expected: Int) -> Int? {
        guard let start = lines[i].withBytes({ spacedStart($0, expected: expected) }) else { return nil }
        return footFollows(lines, from: i + 1, label: i, expected: expected) ? start : nil
    }

    /// `N Text`: the expected number, one space, and what opens a body.
    static func spacedStart(_ b: ByteText, expected: Int) -> Int? {
        var p = 0
        var value = 0
        while p < b.count && p < 3 && isDigit(b[p]) { value = value * 10 + Int(b[p] - 0x30); p += 1 }
        guard p > 0, value == expected, p + 1 < b.count, b[p] == 0x20, opensBody(b, at: p + 1) else { return nil }
        return p + 1
    }

    /// The page ends (a page break, or the end of the text) within `footReach` lines of
    /// the label at `label`, with no heading and no other label for the same note before.
    static func footFollows(_ lines: [SourceLine], from start: Int, label: Int, expected: Int) -> Bool {
        var j = start
        while j < lines.count {
            let l = lines[j]
            if l.pageBreak { return true }
            if j - label > footReach || HeadingParser.parse(l, text: false) != nil { return false }
            if isLabel(l, expected) || bodyStart(l, expected: expected, spaced: false) != nil
                || l.withBytes({ spacedStart($0, expected: expected) }) != nil { return false }
            j += 1
        }
        return true
    }

    /// pypdf may run the first page's publication id (`ah-tk-20242025-576`) onto the last
    /// body above it: the id is furniture, not note text.
    static func dropPublicationID(_ text: inout [UInt8]) {
        guard let last = text.last, isDigit(last), text.count > 8 else { return }
        // Back over the id's digits and dashes (`20242025-576`) to the `ah-tk-` before them.
        var k = text.count
        while k > 0 && (isDigit(text[k - 1]) || text[k - 1] == 0x2D) { k -= 1 }
        let start = k - 5
        guard start >= 0, text[start..<k].elementsEqual("ah-tk".utf8), k < text.count, text[k] == 0x2D else { return }
        text.removeSubrange(start...)
        while let l = text.last, l == 0x20 { text.removeLast() }
    }

    /// Where the body text starts if `text` is the body of note `expected`.
    static func bodyStart(_ text: String, expected: Int, spaced: Bool) -> Int? {
        return text.withByteText { bodyStart(bytes: $0, expected: expected, spaced: spaced) }
    }

    /// `bodyStart` on a line read in place.
    static func bodyStart(_ line: SourceLine, expected: Int, spaced: Bool) -> Int? {
        guard let f = line.firstByte, isDigit(f) else { return nil }
        return line.withBytes { bodyStart(bytes: $0, expected: expected, spaced: spaced) }
    }

    static func bodyStart(bytes b: ByteText, expected: Int, spaced: Bool) -> Int? {
        guard let f = b.first, isDigit(f) else { return nil }
        // The label's digits compared in place (an array of them was made per digit-led line).
        var width = 1
        var power = 10
        while expected >= power { width += 1; power *= 10 }
        guard b.count > width + 1 else { return nil }
        var value = 0
        for k in 0..<width {
            guard isDigit(b[k]) else { return nil }
            value = value * 10 + Int(b[k] - 0x30)
        }
        guard value == expected else { return nil }
        var p = width
        let c = b[p]
        if isDigit(c) {
            // "22023 Annual report": note 2 glued to a year.
            var e = p
            while e < b.count && isDigit(b[e]) { e += 1 }
            guard e - p == 4, b[p] == 0x31 || b[p] == 0x32, e == b.count || !isDigit(b[e]) else { return nil }
            return p
        }
        if c == 0x20 {
            guard spaced else { return nil }
            while p < b.count && b[p] == 0x20 { p += 1 }
            guard p < b.count else { return nil }
            if isDigit(b[p]) { return p }
        }
        return opensBody(b, at: p) ? p : nil
    }

    /// What may follow a note's number: a capital, a quote or bracket, a non-ASCII letter,
    /// `http`/`www.`, or a bare domain (`wetten.nl – Regeling …`); other lowercase text
    /// carries a sentence on.
    static func opensBody(_ b: ByteText, at p: Int) -> Bool {
        guard p < b.count else { return false }
        let d = b[p]
        if isLower(d) {
            var e = p
            while e < b.count && (isLower(b[e]) || b[e] == 0x2D) { e += 1 }
            if e + 2 < b.count, b[e] == 0x2E, isLower(b[e + 1]), isLower(b[e + 2]) { return true }
        }
        if isUpper(d) || d >= 0xC2 || d == 0x28 || d == 0x22 || d == 0x27 || d == 0x5B { return true }
        return b.has(ByteText("http"), at: p) || b.has(ByteText("www."), at: p)
    }

    /// The marker digits of a content line taken out as note references; nil when it
    /// cites nothing (most lines with digits): the parser then keeps the line as it is.
    func markers(_ text: String) -> MarkedText? {
        guard !labels.isEmpty, text.containsDigitOrBracket else { return nil }
        return Array(text.utf8).withByteText { markers(bytes: $0) }
    }

    /// The same on bytes in place: the parser hands over the line's own bytes, not a copy
    /// in an array of its own for each line with a digit.
    /// `listItem`: the line is an item of a numbered list (`2. de brief …` after a line
    /// ending in `:` or `;`), whose number is its label and not a marker.
    func markers(bytes b: ByteText, listItem: Bool = false) -> MarkedText? {
        guard !labels.isEmpty, !b.isEmpty else { return nil }
        var marks: [LineMark] = []
        // A line of markers only: "1, 2", "5", "1?".
        if b.allSatisfy({ isDigit($0) || $0 == 0x2C || $0 == 0x20 || $0 == 0x3F || $0 == 0x2E }) {
            var out: [UInt8] = []
            var i = 0
            var any = false
            while i < b.count {
                if isDigit(b[i]) {
                    var j = i
                    while j < b.count && isDigit(b[j]) { j += 1 }
                    guard labels.contains(b[i..<j]) else { return nil }
                    marks.append(.noteRef(NoteID(.footnote, b[i..<j].string), at: out.count))
                    any = true
                    i = j
                } else {
                    if b[i] != 0x20 && b[i] != 0x2C { out.append(b[i]) }
                    i += 1
                }
            }
            return any ? MarkedText(bytes: out, marks: marks) : nil
        }
        // Most lines with digits cite nothing: the output is only assembled from the
        // first marker on, copying the untouched stretch before each one (`copied`).
        var out: [UInt8] = []
        var copied = 0
        var changed = false
        func flush(upTo k: Int) {
            if !changed { out.reserveCapacity(b.count + 8); changed = true }
            out.append(b.extracting(copied..<k))
        }
        var i = 0
        // At the line start: "3 De wetgever …", "2. ", "6». ".
        if isDigit(b[0]), !listItem {
            var j = 0
            while j < b.count && isDigit(b[j]) { j += 1 }
            let commaThenWord = j + 2 < b.count && b[j] == 0x2C && b[j + 1] == 0x20 && isLower(b[j + 2])
            if j < b.count, b[j] == 0x20 || b[j] == 0x2E || b[j] == 0xC2 || commaThenWord, labels.contains(b[0..<j]) {
                flush(upTo: 0)
                marks.append(.noteRef(NoteID(.footnote, b[0..<j].string), at: out.count))
                i = j
                copied = j
            }
        }
        while i < b.count {
            let c = b[i]
            if c == 0x5B, let (end, ids) = bracketMarker(b, at: i) {   // Markdown "[4 5 ]"
                flush(upTo: i)
                for l in ids { marks.append(.noteRef(NoteID(.footnote, l), at: out.count)) }
                i = end
                copied = end
                continue
            }
            if isDigit(c), i >= 2, isGlue(b[i - 1]) && !isDigit(b[i - 2]) || gluedToWord(b, i) {
                var j = i
                var ids: [String] = []
                var end = i
                while true {
                    var k = j
                    while k < b.count && isDigit(b[k]) { k += 1 }
                    guard k > j, labels.contains(b[j..<k]), k == b.count || !isLetterOrHigh(b[k]) && !isDigit(b[k]) else { break }
                    ids.append(b[j..<k].string); end = k
                    if k + 2 < b.count, b[k] == 0x2C, b[k + 1] == 0x20, isDigit(b[k + 2]) { j = k + 2 } else { break }
                }
                if !ids.isEmpty {
                    flush(upTo: i)
                    for l in ids { marks.append(.noteRef(NoteID(.footnote, l), at: out.count)) }
                    i = end
                    copied = end
                    continue
                }
            }
            i = firstDigitOrBracket(b, from: i + 1)
        }
        guard changed else { return nil }
        out.append(b.extracting(from: copied))
        return MarkedText(bytes: out, marks: marks)
    }

    private func bracketMarker(_ b: ByteText, at i: Int) -> (Int, [String])? {
        var j = i + 1
        var ids: [String] = []
        while j < b.count && j - i < 24 {
            if isDigit(b[j]) {
                var k = j
                while k < b.count && isDigit(b[k]) { k += 1 }
                guard labels.contains(b[j..<k]) else { return nil }
                ids.append(b[j..<k].string); j = k
            } else if b[j] == 0x20 || b[j] == 0x2C {
                j += 1
            } else if b[j] == 0x5D {
                return ids.isEmpty ? nil : (j + 1, ids)
            } else {
                return nil
            }
        }
        return nil
    }

    /// `rijksambtenaren9 worden`: a word of at least three lowercase letters; shorter
    /// words are units (`m3`).
    private func gluedToWord(_ b: ByteText, _ i: Int) -> Bool {
        guard i >= 3 else { return false }
        if isLower(b[i - 1]) && isLower(b[i - 2]) && isLower(b[i - 3]) { return true }
        // An acronym of three capitals or more (`EIB13 over`); `G20` and `A2` stay names.
        return isUpper(b[i - 1]) && isUpper(b[i - 2]) && isUpper(b[i - 3])
    }

    /// Bytes a superscript number is glued to: sentence punctuation, closing quotes (») and ”.
    private func isGlue(_ b: UInt8) -> Bool {
        b == 0x3F || b == 0x2E || b == 0x21 || b == 0x3B || b == 0x3A || b == 0x2C || b == 0x29 || b == 0xBB || b == 0x9D || b == 0x99
    }
}

extension String {
    /// A quick test before any copying: most lines cite nothing.
    var containsDigitOrBracket: Bool {
        withByteText(KamervragenKit.containsDigitOrBracket)
    }
}

/// A digit or `[` anywhere in the bytes, eight bytes at a time.
func containsDigitOrBracket(_ buf: ByteText) -> Bool {
    var i = 0
    while i + 8 <= buf.count {
        let w = buf.word(at: i)
        if ByteScan.hasDigit(w) || ByteScan.has(w, 0x5B) { return true }
        i += 8
    }
    while i < buf.count {
        if isDigit(buf[i]) || buf[i] == 0x5B { return true }
        i += 1
    }
    return false
}

/// The index of the first digit or `[` at or after `from`, or the end. Eight bytes at a
/// time: the stretches of prose between candidate markers are most of the text.
func firstDigitOrBracket(_ buf: ByteText, from start: Int) -> Int {
    var i = start
    while i + 8 <= buf.count {
        let w = buf.word(at: i)
        if ByteScan.hasDigit(w) || ByteScan.has(w, 0x5B) { break }
        i += 8
    }
    while i < buf.count {
        if isDigit(buf[i]) || buf[i] == 0x5B { return i }
        i += 1
    }
    return buf.count
}
