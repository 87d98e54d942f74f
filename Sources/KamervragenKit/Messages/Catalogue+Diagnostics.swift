extension Catalogue {
    /// The parser's diagnostics. The export JSON carries each one's English text and its
    /// case name as a stable `code` (a contract for scripts); `outline --diagnostics`,
    /// `show --diagnostics` and the reader say it in the user's language
    /// (`Diagnostic.text(in:)`).
    public enum Diagnostics: MessageSet {
        /// %1 the heading, %2 the highest number.
        case numberTooLarge
        /// %1 the heading.
        case answerWithoutQuestion
        /// %1 the heading, %2 the number.
        case namesAbsentQuestion
        /// %1 the heading, %2 and %3 the first and last number.
        case namesAbsentQuestions
        /// %1 the heading, %2 the limit.
        case rangeCut
        /// %1 the number.
        case questionHeadingMissing
        /// %1 the note.
        case secondNoteBody
        /// %1 the number, %2 the other line.
        case questionTwice
        /// %1 the number, %2 the other answer's heading.
        case answeredTwice
        /// %1 the number.
        case notAnswered
        /// %1 the missing number, %2 the number it should precede.
        case questionMissing
        /// %1 and %2 the first and last missing number, %3 the number they should precede.
        case questionsMissing
        /// %1 the note.
        case markerWithoutNote
        /// %1 the note.
        case neverCited
        case notUTF8
        /// %1–%2 the repeated lines, %3–%4 the lines they repeat.
        case textExtractedTwice

        /// The stable name the export writes beside the English text.
        public var code: String { String(describing: self) }

        public var english: String {
            switch self {
            case .numberTooLarge: "'%1': question numbers go up to %2; a larger one is read as text"
            case .answerWithoutQuestion: "'%1' does not follow a question"
            case .namesAbsentQuestion: "'%1' names question %2, which is not in the document"
            case .namesAbsentQuestions: "'%1' names questions %2–%3, which are not in the document"
            case .rangeCut: "'%1' names more than %2 questions; only the first %2 are linked"
            case .questionHeadingMissing: "answer to question %1, whose heading is missing; question %1 kept without text"
            case .secondNoteBody: "%1 has a second body; the first is kept"
            case .questionTwice: "question %1 appears twice (also at line %2)"
            case .answeredTwice: "question %1 is answered twice (also in '%2')"
            case .notAnswered: "question %1 is not answered in this document"
            case .questionMissing: "question %1 is missing before question %2"
            case .questionsMissing: "questions %1–%2 are missing before question %3"
            case .markerWithoutNote: "marker for %1 has no note text"
            case .neverCited: "%1 is never cited"
            case .notUTF8: "not valid UTF-8; read as Windows-1252"
            case .textExtractedTwice: "lines %1–%2 repeat lines %3–%4 word for word (text extracted twice); the repetition is left out"
            }
        }

        public var dutch: String {
            switch self {
            case .numberTooLarge: "'%1': vraagnummers gaan tot %2; een groter nummer wordt als tekst gelezen"
            case .answerWithoutQuestion: "'%1' volgt niet op een vraag"
            case .namesAbsentQuestion: "'%1' noemt vraag %2, die niet in het document staat"
            case .namesAbsentQuestions: "'%1' noemt vragen %2–%3, die niet in het document staan"
            case .rangeCut: "'%1' noemt meer dan %2 vragen; alleen de eerste %2 zijn gekoppeld"
            case .questionHeadingMissing: "antwoord op vraag %1, waarvan de kop ontbreekt; vraag %1 is zonder tekst bewaard"
            case .secondNoteBody: "%1 heeft een tweede tekst; de eerste is bewaard"
            case .questionTwice: "vraag %1 komt twee keer voor (ook op regel %2)"
            case .answeredTwice: "vraag %1 is twee keer beantwoord (ook in '%2')"
            case .notAnswered: "vraag %1 wordt in dit document niet beantwoord"
            case .questionMissing: "vraag %1 ontbreekt vóór vraag %2"
            case .questionsMissing: "vragen %1–%2 ontbreken vóór vraag %3"
            case .markerWithoutNote: "verwijzing naar %1 heeft geen notentekst"
            case .neverCited: "%1 wordt nergens aangehaald"
            case .notUTF8: "geen geldige UTF-8; gelezen als Windows-1252"
            case .textExtractedTwice: "regels %1–%2 herhalen regels %3–%4 woord voor woord (tekst twee keer uitgelezen); de herhaling is weggelaten"
            }
        }
    }
}
