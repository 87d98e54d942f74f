/// Expands the ranges of an answer heading against the document.
///
/// `Antwoord op vragen 1 tot en met 9999` in a document of three questions answers 1, 2
/// and 3: the range is cut at the document's highest question number, and what it named
/// past that is reported rather than linked (or silently dropped). A bare `tot` ("1 tot
/// 4") is read by where the answer stands: a combined answer follows the last question of
/// its group, so the end is included when that question was printed before the heading,
/// and not when it comes later ("tot" in its strict sense, up to).
enum AnswerRanges {
    /// The most numbers one heading names, however its ranges run.
    static let limit = 1000

    struct Resolved {
        var numbers: [QuestionNumber]
        /// The stretches named past the document's last question, one per range.
        var beyond: [ClosedRange<Int>]
        /// More than `limit` numbers were named; the rest are not linked.
        var cut = false
    }

    /// - Parameters:
    ///   - printed: the highest question number printed before the heading.
    ///   - highest: the highest question number in the whole document.
    static func resolve(_ h: Heading, printed: Int, highest: Int) -> Resolved {
        var out = Resolved(numbers: [], beyond: [])
        let written = h.numbers.count
        var r = 0
        for (k, n) in h.numbers.enumerated() {
            // A range that starts past the document is reported whole, its lower end too.
            let startsBeyond = r < h.ranges.count && h.ranges[r].after == k && n.value > highest && n.suffix.isEmpty
            if !startsBeyond { out.numbers.append(n) }
            var unreported: Int? = startsBeyond ? n.value : nil
            while r < h.ranges.count && h.ranges[r].after == k {
                let range = h.ranges[r]
                r += 1
                let end = range.includesEnd || range.through <= printed ? range.through : range.through - 1
                // Empty ("4 tot 5" with 5 still to come): only its lower end was named.
                let from = range.from + 1
                guard from <= end else {
                    if let lower = unreported { out.beyond.append(lower...lower) }
                    unreported = nil
                    continue
                }
                let top = min(end, highest)
                if from <= top {
                    // Room is kept for the numbers written after the range.
                    let room = limit - out.numbers.count - (written - k - 1)
                    let last = min(top, from + max(room, 0) - 1)
                    if last < top { out.cut = true }
                    if from <= last { for v in from...last { out.numbers.append(QuestionNumber(v)) } }
                }
                if end > highest { out.beyond.append((unreported ?? max(from, highest + 1))...end) }
                unreported = nil
            }
        }
        return out
    }

    /// The diagnostic for a stretch named past the document's last question.
    static func diagnostic(line: Int, heading: String, beyond: ClosedRange<Int>) -> Diagnostic {
        beyond.count == 1
            ? Diagnostic(line: line, severity: .warning, .namesAbsentQuestion, heading, String(beyond.lowerBound))
            : Diagnostic(line: line, severity: .warning, .namesAbsentQuestions, heading, String(beyond.lowerBound), String(beyond.upperBound))
    }
}
