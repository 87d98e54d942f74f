/// Text extracted from a PDF may put a footnote marker from the end of one paragraph
/// before the heading that follows it, on the heading's line: `1  Antwoord 1 Ja.`,
/// `2 Vraag 3 …`. Read as it stands, the heading is lost (the line starts with a digit)
/// and in the spaced conventions the line even looks like note 1's body. Cut in two, the
/// number is a line of markers only (cited where it was printed, after the text before)
/// and the heading is read as any other.
enum NoteNumberBeforeHeading {
    /// The most digits such a number has: notes run to a few dozen per document.
    static let maxDigits = 3

    /// The lines with every such line cut in two (both halves keep its line number); the
    /// array is rebuilt only when one is found, which is rare.
    static func split(_ lines: [SourceLine]) -> [SourceLine] {
        var out: [SourceLine]?
        for k in lines.indices {
            guard let cut = headingStart(lines[k]) else {
                out?.append(lines[k])
                continue
            }
            if out == nil {
                out = Array(lines[0..<k])
                out!.reserveCapacity(lines.count + 4)
            }
            var number = lines[k], heading = lines[k]
            number.narrow(to: 0..<cut.digits)
            heading.narrow(to: cut.heading..<lines[k].byteCount)
            heading.pageBreak = false
            out!.append(number)
            out!.append(heading)
        }
        return out ?? lines
    }

    /// Where the number ends and the heading starts, when the line is a short number, one
    /// or more spaces and a heading.
    static func headingStart(_ line: SourceLine) -> (digits: Int, heading: Int)? {
        guard let f = line.firstByte, isDigit(f) else { return nil }
        let found: (Int, Int)? = line.withBytes { b in
            var p = 0
            while p < b.count && isDigit(b[p]) { p += 1 }
            guard p <= maxDigits, p < b.count, b[p] == 0x20 else { return nil }
            var q = p
            while q < b.count && b[q] == 0x20 { q += 1 }
            guard q < b.count, b[q] == 0x56 || b[q] == 0x41 || b[q] == 0x4D else { return nil }
            return (p, q)
        }
        guard let (digits, start) = found else { return nil }
        var rest = line
        rest.narrow(to: start..<line.byteCount)
        return HeadingParser.parse(rest, text: false) == nil ? nil : (digits, start)
    }
}
