/// The `outline` command's lines: one per question, saying where it is answered.
///
/// Lives in the library rather than the executable so that it is unit-tested without
/// spawning a process. Every line is terminal-safe.
public enum OutlineFormatter {
    /// Columns given to a question's opening words; the arrows line up after them.
    public static let openingWidth = 60

    public static func lines(_ doc: Document) -> [String] {
        let numberWidth = doc.questions.map { DisplayWidth.of($0.number.description) }.max() ?? 1
        var out: [String] = []
        for q in doc.questions {
            let number = q.number.description
            let pad = String(repeating: " ", count: max(0, numberWidth - number.count))
            var opening = SafeText.line(PlainText.text(of: q.paragraphs).split(separator: "\n").first.map(String.init) ?? "")
            if opening.isEmpty { opening = "(geen eigen tekst)" }
            opening = TextWrapper.truncate(opening, width: openingWidth)
            let fill = String(repeating: " ", count: max(0, openingWidth - DisplayWidth.of(opening)))
            out.append("\(pad)\(number)  \(opening)\(fill)  → \(whereAnswered(q, in: doc))")
        }
        for n in doc.notices {
            let text = TextWrapper.truncate(SafeText.line(PlainText.text(of: n.paragraphs)), width: openingWidth)
            out.append("Mededeling  \(text)")
        }
        return out
    }

    /// "Antwoord op vragen 3 en 4" as written, or "niet beantwoord". A heading that names
    /// no number (a bare "Antwoord") gets the numbers it was linked to, so the line still
    /// says which answer it is.
    public static func whereAnswered(_ q: Question, in doc: Document) -> String {
        guard let i = q.answer, doc.answers.indices.contains(i) else { return "niet beantwoord" }
        let a = doc.answers[i]
        let heading = SafeText.line(PlainText.normalised(a.heading))
        if heading.contains(where: \.isNumber) { return heading }
        let numbers = a.questions.map(\.description)
        let label = numbers.count == 1 ? "vraag" : "vragen"
        return "\(heading.isEmpty ? "Antwoord" : heading) (op \(label) \(dutchList(numbers)))"
    }

    /// "3", "3 en 4", "3, 4 en 5".
    public static func dutchList(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " en " + items[items.count - 1]
        }
    }
}
