import KamervragenKit

/// Every name the reader gives a part of the document, in one place: note markers,
/// question and answer labels, the header lines, the words of the status line, the
/// contents and the notes pane. Shared by the reader and the plain-text dump, so each
/// part is called the same everywhere. These are the documents' own Dutch terms (a
/// question is "Vraag 3" as the document prints it); what the program says about them
/// in sentences comes from the message catalogue.
enum Labels {
    // MARK: Parts of the document

    /// How a note's marker is shown: `[1]`, or `[e1]` for an endnote when both kinds occur
    /// in the document (Word numbers footnotes and endnotes apart).
    static func note(_ id: NoteID, both: Bool) -> String {
        id.kind == .endnote && both ? "[e\(id.label)]" : "[\(id.label)]"
    }

    static func question(_ question: Question) -> String { "Vraag \(question.number)" }

    /// "Vraag 3/9": a question and how many there are, for the status line.
    static func question(_ question: Question, of total: Int) -> String { "\(Labels.question(question))/\(total)" }

    /// The answer as the reader should know it, from the numbers it covers rather than
    /// the heading as written (which may be a bare "Antwoord").
    static func answer(_ answer: Answer) -> String {
        let numbers = questionNumbers(answer)
        switch numbers.count {
        case 0: return answer.heading.isEmpty ? bareAnswer : answer.heading
        case 1: return "Antwoord op vraag \(numbers[0])"
        default: return "Antwoord op vragen \(list(numbers))"
        }
    }

    /// An answer where a narrow screen has little room: "antw. 3 en 4".
    static func shortAnswer(_ answer: Answer) -> String? {
        let numbers = questionNumbers(answer)
        return numbers.isEmpty ? nil : "antw. \(list(numbers))"
    }

    private static func questionNumbers(_ answer: Answer) -> [String] {
        var numbers: [String] = []
        numbers.reserveCapacity(answer.questionCount)
        answer.forEachQuestion { numbers.append($0.description) }
        return numbers
    }

    static let bareAnswer = "Antwoord"
    static let notes = "Noten"
    static let notice = "Mededeling"
    static let introduction = "Inleiding"
    static let contents = "Inhoud"

    // MARK: Whether a question is answered

    static let unanswered = "niet beantwoord"
    static let unansweredShort = "geen antw."
    static let unansweredAdjective = "onbeantwoord"
    static func answered(in label: String) -> String { "beantwoord in \(label)" }
    /// Before the questions a combined answer covers: "← beantwoordt Vraag 3 en Vraag 4".
    static let covers = "← beantwoordt "
    static func questionCount(_ n: Int) -> String { n == 1 ? "1 vraag" : "\(n) vragen" }
    static func answeredCount(_ n: Int) -> String { "\(n) beantwoord" }

    // MARK: The notes pane

    static func notesPaneTitle(count: Int) -> String {
        count == 0 ? "─ \(notes): geen op dit scherm " : "─ \(notes) (\(count)) "
    }

    // MARK: The header

    /// The metadata as the header lines at the top of the document.
    static func header(_ m: Metadata) -> [String] {
        var lines: [String] = []
        let ids = [m.aanhangsel.map { "Aanhangsel \($0)" }, m.publicationID, m.caseNumber, m.session].compactMap { $0 }
        if !ids.isEmpty { lines.append(join(ids, separator: " · ")) }
        if let by = m.askedBy {
            var s = "Vragen van \(by)"
            if let to = m.askedTo { s += " aan \(to)" }
            if let subject = m.subject { s += " over \(subject)" }
            if let d = m.submitted { s += " (ingezonden \(date(d)))" }
            lines.append(s)
        }
        if let by = m.answeredBy {
            var s = "Antwoord van \(by)"
            if let d = m.received { s += " (ontvangen \(date(d)))" }
            lines.append(s)
        }
        return lines
    }

    /// "17 oktober 2024", as the documents themselves write dates.
    static func date(_ d: ISODate) -> String {
        let months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                      "september", "oktober", "november", "december"]
        guard (1...12).contains(d.month) else { return d.description }
        return "\(d.day) \(months[d.month - 1]) \(d.year)"
    }

    // MARK: Lists

    /// "3", "3 en 4", "1, 2 en 3": the Dutch way of listing numbers.
    static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return join(items.dropLast(), separator: ", ") + " en " + items.last!
    }

    /// `joined(separator:)` written out. The standard library's version runs unspecialised
    /// here, and its first call per collection type looks up associated types at run time,
    /// which the way to the first screen would pay twice.
    static func join(_ parts: ArraySlice<String>, separator: String) -> String {
        var out = ""
        for (k, part) in zip(parts.indices, parts) {
            if k != parts.startIndex { out += separator }
            out += part
        }
        return out
    }

    static func join(_ parts: [String], separator: String) -> String {
        join(parts[...], separator: separator)
    }
}
