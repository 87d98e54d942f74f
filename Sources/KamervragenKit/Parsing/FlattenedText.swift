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

    static func splitIfFlattened(_ lines: [SourceLine]) -> [SourceLine] {
        guard lines.contains(where: { $0.text.utf8.count > 2000 }) else { return lines }
        for l in lines where HeadingParser.parse(l.text) != nil { return lines }
        var out: [SourceLine] = []
        for line in lines {
            guard line.text.utf8.count > 2000 else { out.append(line); continue }
            let b = Array(line.text.utf8)
            var start = 0
            var i = 0
            while i < b.count {
                if b[i] == 0x20, i + 1 < b.count, b[i + 1] == 0x56 || b[i + 1] == 0x41 || b[i + 1] == 0x4D || b[i + 1] == 0x61 || b[i + 1] == 0x49 || b[i + 1] == 0x54,
                   let t = tokens.first(where: { b[i...].starts(with: $0.0) }) {
                    if !t.1 || HeadingParser.parse(b[(i + 1)...].prefix(60).string) != nil {
                        var piece = line
                        piece.text = b[start..<i].string
                        out.append(piece)
                        start = i + 1
                    }
                }
                i += 1
            }
            var piece = line
            piece.text = b[start...].string
            out.append(piece)
        }
        return out
    }
}
