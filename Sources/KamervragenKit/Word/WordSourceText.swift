import OpenXMLPackage

/// The Word walk's output in the reader boundary's form: each Word paragraph becomes its
/// lines (one more at each break) and a blank line, so the grammar sees Word's own
/// paragraph ends; marks move with the text as it is normalised the way the text reader
/// normalises lines; note bodies are one line each; the cover letter's facts are metadata.
enum WordSourceText {
    static func make(_ content: WordContent, source: String) throws(PackageError) -> SourceText {
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
        try CoverLetter.read(content.lines.lazy.map(\.string), header: content.headerLines, into: &facts)
        var text = SourceText(source: source, lines: lines, notes: notes)
        text.exactFacts = facts
        return text
    }

    /// The text reader's line rules on one line's bytes (tabs and no-break spaces a space,
    /// U+2011 a hyphen, zero-width characters and soft hyphens dropped, other control
    /// characters a space, the ends trimmed), with each mark moved to where its bytes went.
    static func normalised(_ bytes: [UInt8], _ marks: [WordMark]) -> ([UInt8], [LineMark]) {
        if marks.isEmpty, let text = normalisedWithoutMarks(bytes) { return (text, []) }
        if let (out, map) = byteRules(bytes, mapping: true) { return trimmed(out, map: map, marks, count: bytes.count) }
        return normalisedInGeneral(bytes, marks)
    }

    /// `normalised` scalar by scalar, with a map of where each byte went for the marks.
    static func normalisedInGeneral(_ bytes: [UInt8], _ marks: [WordMark]) -> ([UInt8], [LineMark]) {
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
        return trimmed(out, map: map, marks, count: bytes.count)
    }

    /// The rules' output trimmed of its end spaces, and the marks moved through `map`
    /// (where each input byte offset landed, one past the end included).
    private static func trimmed(_ out: [UInt8], map: [Int], _ marks: [WordMark], count: Int) -> ([UInt8], [LineMark]) {
        var start = 0
        while start < out.count && out[start] == 0x20 { start += 1 }
        var end = out.count
        while end > start && out[end - 1] == 0x20 { end -= 1 }
        let text = Array(out[start..<end])
        let clamp = { (o: Int) in min(max(o - start, 0), text.count) }
        let moved: [LineMark] = marks.compactMap { mark in
            switch mark {
            case .note(let offset, let id):
                return .noteRef(id, at: clamp(map[min(offset, count)]))
            case .link(let range, let target):
                let r = clamp(map[min(range.lowerBound, count)])..<clamp(map[min(range.upperBound, count)])
                return r.isEmpty ? nil : .link(r, target: target)
            }
        }
        return (text, moved)
    }

    /// The same rules on a line without marks (nearly every line), byte by byte: ASCII and
    /// the few multi-byte characters the rules name are handled where they stand, every
    /// other character copied as it is. nil when a sequence is not well-formed UTF-8,
    /// which the general path repairs.
    static func normalisedWithoutMarks(_ b: [UInt8]) -> [UInt8]? {
        guard let (out, _) = byteRules(b, mapping: false) else { return nil }
        var start = 0
        while start < out.count && out[start] == 0x20 { start += 1 }
        var end = out.count
        while end > start && out[end - 1] == 0x20 { end -= 1 }
        if start == 0 && end == out.count { return out }
        return Array(out[start..<end])
    }

    /// The rules byte by byte, untrimmed, with the map `normalisedInGeneral` makes when
    /// `mapping` (lines with marks; empty otherwise). nil on UTF-8 that is not well-formed.
    static func byteRules(_ b: [UInt8], mapping: Bool) -> (out: [UInt8], map: [Int])? {
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var map: [Int] = []
        if mapping { map = [Int](repeating: 0, count: b.count + 1) }
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 {
                if mapping { map[i] = out.count }
                out.append(c < 0x20 || c == 0x7F ? 0x20 : c)
                i += 1
                continue
            }
            let width = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0
            guard width > 0, c < 0xF5, i + width <= n else { return nil }
            for k in 1..<width where b[i + k] & 0xC0 != 0x80 { return nil }
            if mapping { for k in 0..<width { map[i + k] = out.count } }
            if width == 2, c == 0xC2, b[i + 1] == 0xA0 || b[i + 1] == 0xAD {
                // U+00A0 a space, U+00AD dropped.
                if b[i + 1] == 0xA0 { out.append(0x20) }
            } else if width == 3, c == 0xE2, b[i + 1] == 0x80, b[i + 2] <= 0x8D || b[i + 2] == 0x91 || b[i + 2] == 0xAF {
                // U+2000–U+200A and U+202F a space, U+200B–U+200D dropped, U+2011 a hyphen.
                let low = b[i + 2]
                if low == 0x91 { out.append(0x2D) } else if low <= 0x8A || low == 0xAF { out.append(0x20) }
            } else if width == 3, c == 0xEF, b[i + 1] == 0xBB, b[i + 2] == 0xBF {
                // U+FEFF dropped.
            } else {
                if width == 3, c == 0xE0, b[i + 1] < 0xA0 { return nil }
                if width == 3, c == 0xED, b[i + 1] >= 0xA0 { return nil }
                if width == 4, c == 0xF0, b[i + 1] < 0x90 { return nil }
                if width == 4, c == 0xF4, b[i + 1] >= 0x90 { return nil }
                out.append(contentsOf: b[i..<(i + width)])
            }
            i += width
        }
        if mapping { map[n] = out.count }
        return (out, map)
    }
}
