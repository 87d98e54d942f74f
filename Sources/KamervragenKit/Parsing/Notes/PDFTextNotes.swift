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
            guard let start = bodyStart(lines[i], expected: expected, spaced: spaced) else { i += 1; continue }
            var text = lines[i].withBytes { Array($0[start...]) }
            let index = r.notes.count
            r.owner[i] = index
            var j = i + 1
            while j < lines.count, j - i <= 8 {
                let l = lines[j]
                if l.isBlank || l.pageBreak || HeadingParser.parse(l, text: false) != nil { break }
                if bodyStart(l, expected: expected + 1, spaced: spaced) != nil { break }
                l.withBytes { ParagraphJoiner.appendJoining(&text, $0, trailingSpace: lines[j - 1].trailingSpace) }
                r.owner[j] = index
                j += 1
            }
            r.notes.append(ScannedNote(id: NoteID(.footnote, String(expected)), text: text.string, line: lines[i].number))
            r.labels.count = expected
            expected += 1
            i = j
        }
        return r
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
        let d = b[p]
        if isLower(d) {
            // A bare domain ("wetten.nl – Regeling …") starts a body; other lowercase does not.
            var e = p
            while e < b.count && (isLower(b[e]) || b[e] == 0x2D) { e += 1 }
            if e + 2 < b.count, b[e] == 0x2E, isLower(b[e + 1]), isLower(b[e + 2]) { return p }
        }
        if isUpper(d) || d >= 0xC2 || d == 0x28 || d == 0x22 || d == 0x27 || d == 0x5B { return p }
        if b[p...].starts(with: Array("http".utf8)) || b[p...].starts(with: Array("www.".utf8)) { return p }
        return nil
    }

    /// The marker digits of a content line taken out as note references; nil when it
    /// cites nothing (most lines with digits): the parser then keeps the line as it is.
    func markers(_ text: String) -> MarkedText? {
        guard !labels.isEmpty, text.containsDigitOrBracket else { return nil }
        return Array(text.utf8).withByteText { markers(bytes: $0) }
    }

    /// The same on bytes in place: the parser hands over the line's own bytes, not a copy
    /// in an array of its own for each line with a digit.
    func markers(bytes b: ByteText) -> MarkedText? {
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
        if isDigit(b[0]) {
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
