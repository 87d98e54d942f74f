/// Convention 2: a typed `N)` or `[N]` marker in the text and a list `1) Source, date,
/// title (url)` or `[1] https://…` after the last answer. The list must start at `1)` (or
/// `[1]`) and count up, so an enumeration inside an answer is not mistaken for notes.
enum TypedNotes {
    /// How a list writes its labels: `1)`, or `[1]` (Word files that type their notes as
    /// bracketed numbers, the body after the label, all at the end of the document).
    enum Style {
        case paren, bracket

        /// The byte every marker of the style contains, for a quick test of a line.
        var closer: UInt8 { self == .paren ? 0x29 : 0x5D }
    }

    /// The labels of a list: always `1` up to its length, since `findList` only accepts a
    /// list that starts at `1)` and counts up. A count says as much as a set of ten thousand
    /// strings, which a large document held through its whole parse.
    struct Labels {
        var count: Int
        var style = Style.paren

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
        var style: Style

        var count: Int { noteLines.count }
        static func id(_ k: Int) -> NoteID { NoteID(.endnote, String(k + 1)) }
    }

    /// The list's notes (their lines) and where it is. Each note's text (the joined
    /// lines after its label) goes to `text` with the note's index, when given; the
    /// parser asks for it only when its main pass reaches the list, so the texts are not
    /// held through the whole parse.
    ///
    /// A `[N]` list may run an entry on in the middle of a line: a body typed straight
    /// after the previous one's URL (`…politie[3] https://…`) is entry 3 when 3 is the
    /// next label and a space or the line's end follows it.
    static func findList(_ lines: [SourceLine], from start: Int, text: ((Int, [UInt8]) -> Void)? = nil) -> List? {
        var i = start
        var style = Style.paren
        while i < lines.count {
            if let (n, s, _) = label(lines[i]), n == 1 { style = s; break }
            i += 1
        }
        guard i < lines.count else { return nil }
        let first = i
        var notes: [Int32] = []
        var end = i
        // One reused buffer for the note being joined. The lines are read in place: their
        // `text` was decoded up to three times per note line, and a local function sharing
        // these variables made each access a dynamic exclusivity check. A `[N]` list is
        // always joined, since an entry may start inside it.
        let joins = text != nil || style == .bracket
        var cur: [UInt8] = []
        while i < lines.count {
            let line = lines[i]
            let scanFrom: Int
            if let (n, s, length) = label(line), s == style, n == notes.count + 1 {
                if let text, !notes.isEmpty { text(notes.count - 1, cur) }
                if joins {
                    cur.removeAll(keepingCapacity: true)
                    line.withBytes { b in
                        var p = length
                        while p < b.count && b[p] == 0x20 { p += 1 }
                        cur.append(b.extracting(from: p))
                    }
                }
                scanFrom = 0
                notes.append(Int32(clamping: line.number))
                end = i + 1
            } else if line.isBlank {
                // A blank line may separate entries; the list goes on if an entry follows.
                i += 1
                continue
            } else if end == i, !line.hasPrefix(toelichting) {
                // The join may add a space or take a hyphen: look a little before it.
                scanFrom = max(0, cur.count - 8)
                if joins {
                    line.withBytes { ParagraphJoiner.appendJoining(&cur, $0, trailingSpace: line.trailingSpace) }
                }
                end = i + 1
            } else {
                break
            }
            if style == .bracket {
                var from = scanFrom
                while let at = gluedLabel(in: cur, from: from, next: notes.count + 1) {
                    var before = at.lowerBound
                    while before > 0 && cur[before - 1] == 0x20 { before -= 1 }
                    if let text { text(notes.count - 1, Array(cur[..<before])) }
                    var after = at.upperBound
                    while after < cur.count && cur[after] == 0x20 { after += 1 }
                    cur.removeSubrange(..<after)
                    notes.append(Int32(clamping: line.number))
                    from = 0
                }
            }
            i += 1
        }
        if let text, !notes.isEmpty { text(notes.count - 1, cur) }
        return List(noteLines: notes, range: first..<end, style: style)
    }

    /// Where `[next]` stands in `bytes` at or after `from`, followed by a space or the end.
    static func gluedLabel(in bytes: [UInt8], from: Int, next: Int) -> Range<Int>? {
        let digits = Array(String(next).utf8)
        var i = from
        while i + digits.count + 2 <= bytes.count {
            if bytes[i] == 0x5B, bytes[(i + 1)...].starts(with: digits), bytes[i + 1 + digits.count] == 0x5D {
                let e = i + digits.count + 2
                if e == bytes.count || bytes[e] == 0x20 { return i..<e }
            }
            i += 1
        }
        return nil
    }

    private static let toelichting = Array("Toelichting".utf8)

    static func isCited(_ list: List, in lines: [SourceLine]) -> Bool {
        let labels = Labels(count: list.count, style: list.style)
        for line in lines[..<list.range.lowerBound] where line.containsByte(list.style.closer) {
            if line.withBytes({ markers(bytes: $0, labels: labels) }) != nil { return true }
        }
        return false
    }

    /// `12) …` → 12.
    static func label(_ text: String) -> Int? { label(bytes: text.utf8) }

    /// A list entry's label on a line read in place: its number, style and length in
    /// bytes (`12)` or `[12]`, the latter followed by a space or the line's end). A label
    /// a reader numbered automatically (Word's `%1.`, `(%1)`, `%1`) is a `12)` label too.
    static func label(_ line: SourceLine) -> (Int, Style, Int)? {
        guard let f = line.firstByte else { return nil }
        if isDigit(f), let typed = line.withBytes({ b in label(bytes: b).map { ($0, Style.paren, String($0).utf8.count + 1) } }) {
            return typed
        }
        if f == 0x5B {
            return line.withBytes { b in bracketLabel(bytes: b).map { ($0, .bracket, String($0).utf8.count + 2) } }
        }
        guard line.flags.contains(.numbered) else { return nil }
        return line.withBytes { b in numberedLabel(bytes: b).map { ($0.0, .paren, $0.1) } }
    }

    /// A decimal label that automatic numbering wrote in front of a line, in the forms
    /// Word's level texts give it: `12.`, `(12)` or `12` alone, followed by a space or
    /// the line's end; its number and length. Typed as text, `1.` opens an enumeration
    /// as often as a note, so only a reader's numbering is read this way; and the number
    /// comes from the list's own counter, so a `1.1.` (two levels) is no label.
    static func numberedLabel(bytes b: ByteText) -> (Int, Int)? {
        var j = b.first == 0x28 ? 1 : 0
        let digits = j
        var v = 0
        while j < b.count && j - digits < 5 && isDigit(b[j]) { v = v * 10 + Int(b[j] - 0x30); j += 1 }
        guard j > digits, b[digits] != 0x30 else { return nil }
        if digits == 1 {
            guard j < b.count, b[j] == 0x29 else { return nil }
            j += 1
        } else if j < b.count, b[j] == 0x2E {
            j += 1
        }
        guard j == b.count || b[j] == 0x20 else { return nil }
        return (v, j)
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

    /// `[12] …` → 12; `[12]` must end the line or be followed by a space, and the number
    /// has no leading zero.
    static func bracketLabel(bytes b: ByteText) -> Int? {
        guard b.count >= 3, b[0] == 0x5B, b[1] != 0x30 else { return nil }
        var v = 0
        var j = 1
        while j < b.count && j <= 5 && isDigit(b[j]) { v = v * 10 + Int(b[j] - 0x30); j += 1 }
        guard j > 1, j < b.count, b[j] == 0x5D, j + 1 == b.count || b[j + 1] == 0x20 else { return nil }
        return v
    }

    /// The line's text with each ` N)` marker whose label is in the list taken out, and a
    /// note reference where it stood; nil when the line cites none of `labels`.
    static func markers(_ text: String, labels: Labels) -> MarkedText? {
        Array(text.utf8).withByteText { markers(bytes: $0, labels: labels) }
    }

    /// The same on bytes in place (the parser's lines), with no array copied per line.
    static func markers(bytes b: ByteText, labels: Labels) -> MarkedText? {
        if labels.style == .bracket { return bracketMarkers(bytes: b, labels: labels) }
        // Assembled only from the first marker on: most lines with a `)` cite nothing.
        var cut = MarkerCut()
        var i = 0
        while i < b.count {
            if isDigit(b[i]), i > 0, b[i - 1] == 0x20 || b[i - 1] == 0x99 || b[i - 1] == 0x9D {
                var j = i
                while j < b.count && isDigit(b[j]) { j += 1 }
                if j < b.count, b[j] == 0x29, j + 1 == b.count || !isLetterOrHigh(b[j + 1]) || b[j + 1] == 0xC2 {
                    if labels.contains(b[i..<j]) {
                        cut.take(b, i..<(j + 1), label: b[i..<j].string)
                        i = j + 1
                        continue
                    }
                }
            }
            i += 1
        }
        return cut.result(b)
    }
}

extension TypedNotes {
    /// `[N]` markers whose label is in the list, glued to a word (`geraakt[1]`) or after
    /// a space (`omgekomen [2]`, the space goes with the marker), but not opening a
    /// Markdown link or a POI body (`[1](…)`, `[1: …]` have no `]` after the digits).
    static func bracketMarkers(bytes b: ByteText, labels: Labels) -> MarkedText? {
        var cut = MarkerCut()
        var i = 0
        while i + 2 < b.count {
            if b[i] == 0x5B, isDigit(b[i + 1]) {
                var j = i + 1
                while j < b.count && isDigit(b[j]) { j += 1 }
                if j < b.count, b[j] == 0x5D, j + 1 == b.count || b[j + 1] != 0x28, labels.contains(b[(i + 1)..<j]) {
                    cut.take(b, i..<(j + 1), label: b[(i + 1)..<j].string)
                    i = j + 1
                    continue
                }
            }
            i += 1
        }
        return cut.result(b)
    }
}

/// A typed convention's markers taken out of a line, one after another: the text between
/// them copied, the spaces before each marker dropped with it, a note reference where
/// it stood, and the input ranges taken out. A value on the stack, so the scans' state
/// needs no dynamic exclusivity checks.
private struct MarkerCut {
    var out: [UInt8] = []
    var marks: [LineMark] = []
    var removed: [MarkedText.Cut] = []
    /// Input bytes before this are in `out` or taken out.
    var copied = 0

    mutating func take(_ b: ByteText, _ marker: Range<Int>, label: String) {
        if copied == 0 && out.isEmpty { out.reserveCapacity(b.count + 8) }
        out.append(b.extracting(copied..<marker.lowerBound))
        var from = marker.lowerBound
        while let l = out.last, l == 0x20, from > copied { out.removeLast(); from -= 1 }
        while let l = out.last, l == 0x20 { out.removeLast() }
        removed.append(MarkedText.Cut(lowerBound: from, upperBound: marker.upperBound))
        marks.append(.noteRef(NoteID(.endnote, label), at: out.count))
        copied = marker.upperBound
    }

    /// The line with the markers taken out; nil when there were none.
    func result(_ b: ByteText) -> MarkedText? {
        guard copied > 0 else { return nil }
        return MarkedText(bytes: out + b[copied...], marks: marks, removed: removed)
    }
}

/// A line's text with the note markers a convention found taken out, and the note
/// references that stand in their place.
struct MarkedText {
    var bytes: [UInt8]
    var marks: [LineMark]
    /// The byte ranges of the input taken out (markers and the spaces before them), in
    /// order, when the convention says; for moving marks the line already had.
    var removed: [Cut] = []

    /// A byte range taken out. Not a `Range<Int>`: the first array of those a process
    /// makes has the runtime check `Int: Comparable` by scanning all its conformance
    /// records, and the parser makes this one while the reader waits for the first screen.
    struct Cut {
        var lowerBound: Int
        var upperBound: Int
        var count: Int { upperBound - lowerBound }
    }

    /// The marks a reader put on the line before (a Word footnote reference, a link),
    /// moved to where their bytes are now, among the convention's own, in text order.
    /// Marks that land on one offset keep the order their places had in the input: each
    /// of the convention's stands where its removed marker began, and a reader's mark at
    /// that same place came before it.
    func merging(_ earlier: [LineMark]) -> [LineMark] {
        func moved(_ offset: Int) -> Int {
            var shift = 0
            for r in removed {
                if r.upperBound <= offset { shift += r.count } else if r.lowerBound < offset { shift += offset - r.lowerBound }
            }
            return offset - shift
        }
        var keyed: [(offset: Int, place: Int, source: Int, mark: LineMark)] = []
        for mark in earlier {
            switch mark.kind {
            case .noteRef(let id):
                keyed.append((moved(Int(mark.offset)), Int(mark.offset), 0, .noteRef(id, at: moved(Int(mark.offset)))))
            case .link(let target, _):
                let r = moved(mark.range.lowerBound)..<moved(mark.range.upperBound)
                if !r.isEmpty { keyed.append((r.lowerBound, mark.range.lowerBound, 0, .link(r, target: target))) }
            }
        }
        for (k, mark) in marks.enumerated() {
            keyed.append((Int(mark.offset), k < removed.count ? removed[k].lowerBound : Int.max, 1, mark))
        }
        return keyed.sorted { ($0.offset, $0.place, $0.source) < ($1.offset, $1.place, $1.source) }.map(\.mark)
    }

    var string: String { bytes.string }
}
