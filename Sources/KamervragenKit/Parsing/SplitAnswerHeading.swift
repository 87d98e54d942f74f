/// Extractors sometimes break an answer heading over two lines where the typesetter
/// wrapped it: `Antwoord op vragen 2, 3` + `en 4:`, or `Antwoord` + `vraag 5:`. Read
/// apart, the first line answers too few questions (or none) and the second is answer
/// text. The two are joined before the headings are read.
enum SplitAnswerHeading {
    /// The most a heading's second line holds: the rest of a number list and a colon.
    static let maxRest = 40

    /// Whether `line`, an answer heading, goes on at `next`: the heading stops without
    /// its colon or full stop, the next line is short, starts the way the rest of a
    /// number list does (a digit, a dash, or a lower-case `en`, `t/m`, `tot`, `op`,
    /// `vraag`) and ends in a colon, and the two read together name more questions than
    /// the first alone, with nothing after the colon.
    static func continues(_ line: SourceLine, numbers: Int, next: SourceLine) -> Bool {
        guard line.marks.isEmpty, next.marks.isEmpty, next.byteCount <= maxRest,
              let last = line.withBytes({ $0.last }), last != 0x3A && last != 0x2E,
              let f = next.firstByte, isDigit(f) || isLower(f) || f == 0x2D || f == 0xE2,
              next.withBytes({ $0.last }) == 0x3A else { return false }
        guard let joined = HeadingParser.parse(SourceLine(text: joinedText(line, next), number: line.number,
                                                          pageBreak: false, trailingSpace: false), text: true)
        else { return false }
        return joined.kind == .answer && joined.numbers.count > numbers && joined.rest.isEmpty
    }

    static func joinedText(_ line: SourceLine, _ next: SourceLine) -> String { line.text + " " + next.text }

    /// The lines with each split heading joined onto its first line; the second line is
    /// left blank, so line numbers stay those of the input.
    static func join(_ lines: consuming [SourceLine], at firstLines: [Int]) -> [SourceLine] {
        var out = lines
        for k in firstLines where k + 1 < out.count {
            let text = joinedText(out[k], out[k + 1])
            out[k].text = text
            out[k + 1].text = ""
        }
        return out
    }
}
