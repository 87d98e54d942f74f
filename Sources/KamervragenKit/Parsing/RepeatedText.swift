/// Extractors sometimes emit a stretch of text twice in a row (a page read twice): the
/// same question and answer lines again, which would make a second question 2 and a
/// second answer. A stretch that starts at a question line and is followed at once by the
/// same lines again (blank lines aside) is kept once; the copy is left out with a warning.
///
/// The check starts only where a question number comes back, so a document without
/// repeats costs nothing beyond the heading index it already makes.
enum RepeatedText {
    /// A stretch left out: the copy's line range in the input, and the first stretch's
    /// first and last line numbers (for the diagnostic).
    struct Repeat {
        var drop: Range<Int>
        var copy: ClosedRange<Int>
        var original: ClosedRange<Int>
    }

    /// The passes over the lines; each leaves out at least half of a run of identical
    /// stretches, so a hostile file of one line repeated stays cheap.
    static let maxPasses = 8

    /// Where a question starts: the line's index and its (first) number.
    struct Start {
        var line: Int
        var number: Int
    }

    /// `starts`: where the questions start, in order. Only a start whose number came
    /// before, on a line with the same bytes, is looked at further.
    static func find(_ lines: [SourceLine], starts: [Start]) -> [Repeat] {
        // The latest earlier start with each number.
        var latest: [Int: Int] = [:]
        var found: [Repeat] = []
        var droppedEnd = 0
        for start in starts {
            let k = start.line
            guard let j = latest.updateValue(k, forKey: start.number), same(lines[j], lines[k]),
                  j >= droppedEnd, k >= droppedEnd, let end = copyEnd(lines, first: j..<k) else { continue }
            let firstLast = lastText(lines, in: j..<k)
            let copyLast = lastText(lines, in: k..<end)
            found.append(Repeat(drop: k..<end, copy: lines[k].number...lines[copyLast].number,
                                original: lines[j].number...lines[firstLast].number))
            droppedEnd = end
        }
        return found
    }

    /// `2. Hoeveel …`: the number of a question's start in a document without `Vraag`
    /// headings (the byte test only; whether it is the next question is the parser's to
    /// say).
    static func numberedStart(_ line: SourceLine) -> Int? {
        guard let f = line.firstByte, isDigit(f) else { return nil }
        return line.withBytes { b in
            var p = 0
            var value = 0
            while p < b.count && p < HeadingParser.maxDigits && isDigit(b[p]) { value = value * 10 + Int(b[p] - 0x30); p += 1 }
            return p + 2 < b.count && b[p] == 0x2E && b[p + 1] == 0x20 ? value : nil
        }
    }

    /// Where the copy of `first` that starts at `first.upperBound` ends (past its last
    /// text line), when every text line of `first` comes again in order; nil otherwise.
    /// A stretch of one line (a heading printed twice) is not a repeat of text.
    static func copyEnd(_ lines: [SourceLine], first: Range<Int>) -> Int? {
        var p = first.lowerBound, q = first.upperBound
        var matched = 0
        while true {
            while p < first.upperBound && lines[p].isBlank { p += 1 }
            if p == first.upperBound { break }
            while q < lines.count && lines[q].isBlank { q += 1 }
            guard q < lines.count, same(lines[p], lines[q]) else { return nil }
            matched += 1
            p += 1; q += 1
        }
        return matched >= 2 ? q : nil
    }

    private static func same(_ a: SourceLine, _ b: SourceLine) -> Bool {
        a.byteCount == b.byteCount && a.withBytes { x in b.withBytes { y in x.elementsEqual(y) } }
    }

    private static func lastText(_ lines: [SourceLine], in range: Range<Int>) -> Int {
        range.last { !lines[$0].isBlank } ?? range.lowerBound
    }

    /// The lines without the copies.
    static func removing(_ repeats: [Repeat], from lines: [SourceLine]) -> [SourceLine] {
        var out: [SourceLine] = []
        out.reserveCapacity(lines.count)
        var from = 0
        for r in repeats {
            out.append(contentsOf: lines[from..<r.drop.lowerBound])
            from = r.drop.upperBound
        }
        out.append(contentsOf: lines[from...])
        return out
    }
}
