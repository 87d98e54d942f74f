/// Convention 2: a typed `N)` marker in the text and a list `1) Source, date, title (url)`
/// after the last answer. The list must start at `1)` and count up, so an enumeration
/// inside an answer is not mistaken for notes.
enum TypedNotes {
    /// The labels of a list: always `1` up to its length, since `findList` only accepts a
    /// list that starts at `1)` and counts up. A count says as much as a set of ten thousand
    /// strings, which a large document held through its whole parse.
    struct Labels {
        var count: Int

        var isEmpty: Bool { count == 0 }

        /// Whether the digits are one of `1`…`count` as written (no leading zero).
        func contains(_ digits: some Collection<UInt8>) -> Bool {
            guard let f = digits.first, f != 0x30, digits.count <= 9 else { return false }
            var v = 0
            for d in digits {
                guard isDigit(d) else { return false }
                v = v * 10 + Int(d - 0x30)
            }
            return v <= count
        }
    }

    /// Note `k` is endnote `k + 1`, so a line number per note is all there is to keep
    /// (a `ScannedNote` each, held through the parse, was most of its notes' memory).
    struct List {
        /// The line number of each note's label.
        var noteLines: [Int32]
        /// Line indices the list occupies.
        var range: Range<Int>

        var count: Int { noteLines.count }
        static func id(_ k: Int) -> NoteID { NoteID(.endnote, String(k + 1)) }
    }

    /// The list's notes (their lines) and where it is. Each note's text (the joined
    /// lines after its label) goes to `text` with the note's index, when given; the
    /// parser asks for it only when its main pass reaches the list, so the texts are not
    /// held through the whole parse.
    static func findList(_ lines: [SourceLine], from start: Int, text: ((Int, [UInt8]) -> Void)? = nil) -> List? {
        var i = start
        while i < lines.count, lines[i].firstByte.map(isDigit) != true || label(lines[i]) != 1 { i += 1 }
        guard i < lines.count else { return nil }
        let first = i
        var notes: [Int32] = []
        var end = i
        // One reused buffer for the note being joined. The lines are read in place: their
        // `text` was decoded up to three times per note line, and a local function sharing
        // these variables made each access a dynamic exclusivity check.
        var cur: [UInt8] = []
        while i < lines.count {
            let line = lines[i]
            if let n = label(line), n == notes.count + 1 {
                if let text, !notes.isEmpty { text(notes.count - 1, cur) }
                if text != nil {
                    cur.removeAll(keepingCapacity: true)
                    line.withBytes { b in
                        var p = String(n).utf8.count + 1
                        while p < b.count && b[p] == 0x20 { p += 1 }
                        cur.append(contentsOf: b[p...])
                    }
                }
                notes.append(Int32(clamping: line.number))
                end = i + 1
            } else if line.isBlank {
                // A blank line may separate entries; the list goes on if an entry follows.
            } else if end == i, !line.hasPrefix(toelichting) {
                if text != nil {
                    line.withBytes { ParagraphJoiner.appendJoining(&cur, $0, trailingSpace: line.trailingSpace) }
                }
                end = i + 1
            } else {
                break
            }
            i += 1
        }
        if let text, !notes.isEmpty { text(notes.count - 1, cur) }
        return List(noteLines: notes, range: first..<end)
    }

    private static let toelichting = Array("Toelichting".utf8)

    static func isCited(_ list: List, in lines: [SourceLine]) -> Bool {
        let labels = Labels(count: list.count)
        for line in lines[..<list.range.lowerBound] where line.containsByte(0x29) {
            if line.withBytes({ markers(bytes: $0, labels: labels) }) != nil { return true }
        }
        return false
    }

    /// `12) …` → 12.
    static func label(_ text: String) -> Int? { label(bytes: text.utf8) }

    /// `label` on a line read in place.
    static func label(_ line: SourceLine) -> Int? {
        guard let f = line.firstByte, isDigit(f) else { return nil }
        return line.withBytes { label(bytes: $0) }
    }

    static func label(bytes: some Collection<UInt8>) -> Int? {
        guard let f = bytes.first, isDigit(f) else { return nil }
        var v = 0
        var k = 0
        for c in bytes {
            if isDigit(c) && k < 5 { v = v * 10 + Int(c - 0x30); k += 1; continue }
            return c == 0x29 && k > 0 ? v : nil
        }
        return nil
    }

    /// The line's text with each ` N)` marker whose label is in the list taken out, and a
    /// note reference where it stood; nil when the line cites none of `labels`.
    static func markers(_ text: String, labels: Labels) -> MarkedText? {
        Array(text.utf8).withUnsafeBufferPointer { markers(bytes: $0, labels: labels) }
    }

    /// The same on bytes in place (the parser's lines), with no array copied per line.
    static func markers(bytes b: UnsafeBufferPointer<UInt8>, labels: Labels) -> MarkedText? {
        // Assembled only from the first marker on: most lines with a `)` cite nothing.
        var out: [UInt8] = []
        var marks: [LineMark] = []
        var copied = 0
        var i = 0
        while i < b.count {
            if isDigit(b[i]), i > 0, b[i - 1] == 0x20 || b[i - 1] == 0x99 || b[i - 1] == 0x9D {
                var j = i
                while j < b.count && isDigit(b[j]) { j += 1 }
                if j < b.count, b[j] == 0x29, j + 1 == b.count || !isLetterOrHigh(b[j + 1]) || b[j + 1] == 0xC2 {
                    if labels.contains(b[i..<j]) {
                        let label = b[i..<j].string
                        if copied == 0 && out.isEmpty { out.reserveCapacity(b.count + 8) }
                        out.append(contentsOf: b[copied..<i])
                        while let l = out.last, l == 0x20 { out.removeLast() }
                        marks.append(.noteRef(NoteID(.endnote, label), at: out.count))
                        i = j + 1
                        copied = i
                        continue
                    }
                }
            }
            i += 1
        }
        guard copied > 0 else { return nil }
        out.append(contentsOf: b[copied...])
        return MarkedText(bytes: out, marks: marks)
    }
}

/// A line's text with the note markers a convention found taken out, and the note
/// references that stand in their place.
struct MarkedText {
    var bytes: [UInt8]
    var marks: [LineMark]

    var string: String { bytes.string }
}
