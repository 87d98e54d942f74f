/// The names the program gives the parts of a document: "Vraag 3", "Antwoord op vraag 3",
/// "Mededeling". They are the documents' own Dutch terms and stay Dutch in both languages
/// of the interface, as a document's title or a minister's name does: a user reads
/// "Vraag 3" in the document, searches for it and says it to a colleague, so the reader
/// must not call it something else. What the program says about them ("answered in …",
/// "not answered") comes from the catalogue (`Catalogue.Parts`).
///
/// One answer has one name everywhere (the reader's link, its status line, the contents,
/// `outline`, the library's search): the numbers it covers in one normalised form, not
/// the heading as printed, which may be a bare "Antwoord" or "Antwoord vraag 4-7".
public enum PartNames {
    public static func question(_ number: QuestionNumber) -> String { "Vraag \(number)" }

    /// "Antwoord op vraag 3", "Antwoord op vragen 3 en 4"; an answer that names no
    /// number is called by its heading, or "Antwoord".
    public static func answer(_ answer: Answer) -> String {
        let numbers = questionNumbers(answer)
        switch numbers.count {
        case 0: return answer.headingIsEmpty ? bareAnswer : answer.heading
        case 1: return "Antwoord op vraag \(numbers[0])"
        default: return "Antwoord op vragen \(list(numbers))"
        }
    }

    /// The same name where a narrow screen has little room: "antw. 3 en 4".
    public static func shortAnswer(_ answer: Answer) -> String? {
        let numbers = questionNumbers(answer)
        return numbers.isEmpty ? nil : "antw. \(list(numbers))"
    }

    public static let bareAnswer = "Antwoord"
    public static let notice = "Mededeling"

    /// "3", "3 en 4", "1, 2 en 3": numbers listed as the documents list them.
    public static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        var out = ""
        for (k, item) in items.dropLast().enumerated() {
            if k > 0 { out += ", " }
            out += item
        }
        return out + " en " + items[items.count - 1]
    }

    private static func questionNumbers(_ answer: Answer) -> [String] {
        var numbers: [String] = []
        numbers.reserveCapacity(answer.questionCount)
        answer.forEachQuestion { numbers.append($0.description) }
        return numbers
    }

    /// The metadata as the header lines a document prints at its top, in its words.
    /// `join` is the caller's (the reader's avoids a slow generic path).
    public static func header(_ m: Metadata, join: ([String], String) -> String) -> [String] {
        var lines: [String] = []
        let ids = [m.aanhangsel.map { "Aanhangsel \($0)" }, m.publicationID, m.caseNumber, m.session].compactMap { $0 }
        if !ids.isEmpty { lines.append(join(ids, " · ")) }
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
    public static func date(_ d: ISODate) -> String {
        let months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                      "september", "oktober", "november", "december"]
        guard (1...12).contains(d.month) else { return d.description }
        return "\(d.day) \(months[d.month - 1]) \(d.year)"
    }
}
