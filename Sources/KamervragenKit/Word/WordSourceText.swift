/// The Word walk's output in the reader boundary's form: each Word paragraph becomes its
/// lines (one more at each break) and a blank line, so the grammar sees Word's own
/// paragraph ends; marks move with the text as it is normalised the way the text reader
/// normalises lines; note bodies are one line each; the cover letter's facts are metadata.
enum WordSourceText {
    static func make(_ content: WordContent, source: String) -> SourceText {
        var lines: [SourceLine] = []
        lines.reserveCapacity(content.lines.count * 2)
        var previous = 0
        for line in content.lines {
            if line.paragraph != previous, !lines.isEmpty {
                lines.append(SourceLine(text: "", number: previous, pageBreak: false, trailingSpace: false))
            }
            previous = line.paragraph
            let (text, marks) = normalised(line.text, line.marks)
            // A page break is not passed on: for the grammar it means typeset pages,
            // whose furniture a Word file does not have.
            var out = SourceLine(text: String(decoding: text, as: UTF8.self), number: line.paragraph, pageBreak: false,
                                 trailingSpace: false, marks: marks)
            if line.bold { out.flags.insert(.bold) }
            if line.headingStyle { out.flags.insert(.headingStyle) }
            if line.numbered { out.flags.insert(.numbered) }
            lines.append(out)
        }
        if lines.isEmpty { lines.append(SourceLine(text: "", number: 1, pageBreak: false, trailingSpace: false)) }
        var notes: [SourceNote] = []
        for note in content.notes {
            var text: [UInt8] = []
            var marks: [LineMark] = []
            for line in note.lines {
                let (t, m) = normalised(line.text, line.marks)
                if t.isEmpty && m.isEmpty { continue }
                if !text.isEmpty { text.append(0x20) }
                marks += m.map { $0.shifted(by: text.count) }
                text += t
            }
            let number = note.lines.first?.paragraph ?? 1
            notes.append(SourceNote(id: note.id, text: SourceLine(text: String(decoding: text, as: UTF8.self), number: number,
                                                                 pageBreak: false, trailingSpace: false, marks: marks)))
        }
        var facts = Metadata()
        CoverLetter.read(content.lines.map(\.string), header: content.headerLines, into: &facts)
        var text = SourceText(source: source, lines: lines, notes: notes)
        text.exactFacts = facts
        return text
    }

    /// The text reader's line rules on one line's bytes (tabs and no-break spaces a space,
    /// U+2011 a hyphen, zero-width characters and soft hyphens dropped, other control
    /// characters a space, the ends trimmed), with each mark moved to where its bytes went.
    static func normalised(_ bytes: [UInt8], _ marks: [WordMark]) -> ([UInt8], [LineMark]) {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        // Where each input byte offset lands in the output (one past the end included).
        var map = [Int](repeating: 0, count: bytes.count + 1)
        var i = 0
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            let width = UTF8.width(scalar)
            for k in 0..<width where i + k <= bytes.count { map[i + k] = out.count }
            switch scalar.value {
            case 0x09, 0x0A, 0x0D, 0xA0, 0x202F, 0x2000...0x200A: out.append(0x20)
            case 0x2011: out.append(0x2D)
            case 0x200B...0x200D, 0xAD, 0xFEFF: break
            case 0..<0x20, 0x7F: out.append(0x20)
            default: out += Array(String(scalar).utf8)
            }
            i += width
        }
        map[bytes.count] = out.count
        var start = 0
        while start < out.count && out[start] == 0x20 { start += 1 }
        var end = out.count
        while end > start && out[end - 1] == 0x20 { end -= 1 }
        let text = Array(out[start..<end])
        let clamp = { (o: Int) in min(max(o - start, 0), text.count) }
        let moved: [LineMark] = marks.compactMap { mark in
            switch mark {
            case .note(let offset, let id):
                return .noteRef(id, at: clamp(map[min(offset, bytes.count)]))
            case .link(let range, let target):
                let r = clamp(map[min(range.lowerBound, bytes.count)])..<clamp(map[min(range.upperBound, bytes.count)])
                return r.isEmpty ? nil : .link(r, target: target)
            }
        }
        return (text, moved)
    }
}
