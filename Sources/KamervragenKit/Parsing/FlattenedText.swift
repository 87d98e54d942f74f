/// Some extractions flatten a whole document onto one line. When no line starts with a
/// heading, long lines are cut before every inline heading and furniture token, so the
/// line-based parser sees them again. Linear in the input: one scan per long line.
enum FlattenedText {
    /// (token, must parse as a heading where it starts)
    private static let tokens: [([UInt8], Bool)] = [
        (" Vraag ", true), (" Antwoorden ", true), (" Antwoord ", true), (" Mededeling ", true),
        (" Vragen van ", false), (" Antwoord van ", false),
        (" ah-tk-", false), (" ISSN 0921", false), (" Tweede Kamer, vergaderjaar", false),
    ].map { (Array($0.0.utf8), $0.1) }

    /// Returns the lines, cut where needed, and whether the text was flattened.
    static func splitIfFlattened(_ lines: [SourceLine]) -> ([SourceLine], Bool) {
        guard lines.contains(where: { $0.byteCount > 2000 }) else { return (lines, false) }
        for l in lines where HeadingParser.parse(l, text: false) != nil { return (lines, false) }
        var out: [SourceLine] = []
        for line in lines {
            guard line.byteCount > 2000 else { out.append(line); continue }
            // Pieces are narrower views of the line's bytes (cut at spaces, so on character
            // boundaries), not strings of their own.
            let b = line.withBytes(Array.init)
            var start = 0
            var i = 0
            while i < b.count {
                if b[i] == 0x20, i + 1 < b.count, b[i + 1] == 0x56 || b[i + 1] == 0x41 || b[i + 1] == 0x4D || b[i + 1] == 0x61 || b[i + 1] == 0x49 || b[i + 1] == 0x54,
                   let t = tokens.first(where: { b.hasBytes($0.0, at: i) }) {
                    if !t.1 || HeadingParser.parse(b[(i + 1)...].prefix(60).string, text: false) != nil {
                        var piece = line
                        piece.narrow(to: start..<i)
                        out.append(piece)
                        start = i + 1
                    }
                }
                i += 1
            }
            var piece = line
            piece.narrow(to: start..<b.count)
            out.append(piece)
        }
        return (splitNoteBodies(out), true)
    }

    private static let ahtk = Array("ah-tk-".utf8)
    private static let issn = Array("ISSN".utf8)

    /// Flattened page feet read `… wordt 1 Financieel Dagblad, … 2 De Telegraaf, …` right
    /// before the `ah-tk-` id: cut before each next note number followed by a capital, only
    /// in the piece that precedes the furniture, so the note scanner sees one body per line.
    private static func splitNoteBodies(_ pieces: [SourceLine]) -> [SourceLine] {
        var out: [SourceLine] = []
        var expected = 1
        for (k, piece) in pieces.enumerated() {
            let nextIsFurniture = k + 1 < pieces.count
                && (pieces[k + 1].hasPrefix(ahtk) || pieces[k + 1].hasPrefix(issn))
            guard nextIsFurniture else { out.append(piece); continue }
            let b = piece.withBytes(Array.init)
            var cuts: [Int] = []
            var i = 0
            var label = Array(" \(expected) ".utf8)
            while i < b.count {
                if b[i] == 0x20, b[i...].starts(with: label), i + label.count < b.count, isUpper(b[i + label.count]) {
                    cuts.append(i + 1)
                    i += label.count
                    expected += 1
                    label = Array(" \(expected) ".utf8)
                    continue
                }
                i += 1
            }
            var start = 0
            for c in cuts + [b.count] {
                // Cut after a space and trimmed of spaces: a view of the piece's bytes.
                var end = c
                while end > start && b[end - 1] == 0x20 { end -= 1 }
                if end > start {
                    var p = piece
                    p.narrow(to: start..<end)
                    out.append(p)
                }
                start = c
            }
        }
        return out
    }
}

