import KamervragenKit

/// Every name the reader gives a part of the document, in one place: note markers,
/// question and answer labels, the header lines, the words of the status line, the
/// contents and the notes pane. Shared by the reader and the plain-text dump, so each
/// part is called the same everywhere. The parts' names are the documents' own Dutch
/// terms in both languages (`PartNames`: a question is "Vraag 3" as the document prints
/// it); the program's words around them follow the reader's language (`Catalogue.Parts`).
enum Labels {
    // MARK: Parts of the document

    /// How a note's marker is shown: `[1]`, or `[e1]` for an endnote when both kinds occur
    /// in the document (Word numbers footnotes and endnotes apart).
    static func note(_ id: NoteID, both: Bool) -> String {
        id.kind == .endnote && both ? "[e\(id.label)]" : "[\(id.label)]"
    }

    static func question(_ question: Question) -> String { PartNames.question(question.number) }

    /// "Vraag 3/9": a question and how many there are, for the status line.
    static func question(_ question: Question, of total: Int) -> String { "\(Labels.question(question))/\(total)" }

    /// The answer as the reader should know it, from the numbers it covers rather than
    /// the heading as written (which may be a bare "Antwoord"): the one name `outline`
    /// and the library use too.
    static func answer(_ answer: Answer) -> String { PartNames.answer(answer) }

    /// An answer where a narrow screen has little room: "antw. 3 en 4".
    static func shortAnswer(_ answer: Answer) -> String? { PartNames.shortAnswer(answer) }

    static var bareAnswer: String { PartNames.bareAnswer }
    static var notice: String { PartNames.notice }

    // MARK: The program's words, in the reader's language

    static func notes(_ l: Language) -> String { Catalogue.Parts.notes.text(in: l) }
    static func introduction(_ l: Language) -> String { Catalogue.Parts.introduction.text(in: l) }
    static func contents(_ l: Language) -> String { Catalogue.Parts.contents.text(in: l) }

    static func unanswered(_ l: Language) -> String { Catalogue.Parts.unanswered.text(in: l) }
    static func unansweredShort(_ l: Language) -> String { Catalogue.Parts.unansweredShort.text(in: l) }
    static func unansweredAdjective(_ l: Language) -> String { Catalogue.Parts.unansweredAdjective.text(in: l) }
    static func answered(in label: String, _ l: Language) -> String { Catalogue.Parts.answeredIn.text(label, in: l) }
    /// Before the questions a combined answer covers: "← beantwoordt Vraag 3 en Vraag 4".
    static func covers(_ l: Language) -> String { Catalogue.Parts.covers.text(in: l) }
    static func lastJoin(_ l: Language) -> String { Catalogue.Parts.lastJoin.text(in: l) }
    static func questionCount(_ n: Int, _ l: Language) -> String {
        n == 1 ? Catalogue.Parts.oneQuestion.text(in: l) : Catalogue.Parts.questions.text(String(n), in: l)
    }
    static func answeredCount(_ n: Int, _ l: Language) -> String { Catalogue.Parts.answeredCount.text(String(n), in: l) }

    // MARK: The notes pane

    static func notesPaneTitle(count: Int, _ l: Language) -> String {
        count == 0 ? Catalogue.Parts.notesPaneEmpty.text(in: l) : Catalogue.Parts.notesPaneCount.text(String(count), in: l)
    }

    // MARK: The header

    /// The metadata as the header lines at the top of the document.
    static func header(_ m: Metadata) -> [String] { PartNames.header(m) { join($0, separator: $1) } }

    // MARK: Lists

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
