extension Catalogue {
    /// The program's own words about the parts of a document, in the reader, the plain-text
    /// dump and `outline`. The parts' names themselves ("Vraag 3") are `PartNames`.
    public enum Parts: MessageSet {
        /// %1 is the answer's name.
        case answeredIn
        case unanswered
        /// `unanswered` where a narrow contents line has little room.
        case unansweredShort
        case unansweredAdjective
        /// Before the questions a combined answer covers: "← beantwoordt Vraag 3 en Vraag 4".
        case covers
        /// Between the last two of the questions `covers` lists.
        case lastJoin
        case oneQuestion
        /// %1 is how many.
        case questions
        /// %1 is how many.
        case answeredCount
        /// The reader's heading over the notes it gathers at the end.
        case notes
        case contents
        /// What comes before the first question.
        case introduction
        /// The notes pane's title when no note is cited on screen.
        case notesPaneEmpty
        /// %1 is how many notes.
        case notesPaneCount
        /// `outline` for a question with no text of its own.
        case noOwnText
        /// A note in the library's search results: %1 is its number.
        case note
        case endnote

        public var english: String {
            switch self {
            case .answeredIn: "answered in %1"
            case .unanswered: "not answered"
            case .unansweredShort: "no answer"
            case .unansweredAdjective: "unanswered"
            case .covers: "← answers "
            case .lastJoin: " and "
            case .oneQuestion: "1 question"
            case .questions: "%1 questions"
            case .answeredCount: "%1 answered"
            case .notes: "Notes"
            case .contents: "Contents"
            case .introduction: "Introduction"
            case .notesPaneEmpty: "─ Notes: none on this screen "
            case .notesPaneCount: "─ Notes (%1) "
            case .noOwnText: "(no text of its own)"
            case .note: "Note %1"
            case .endnote: "Endnote %1"
            }
        }

        public var dutch: String {
            switch self {
            case .answeredIn: "beantwoord in %1"
            case .unanswered: "niet beantwoord"
            case .unansweredShort: "geen antw."
            case .unansweredAdjective: "onbeantwoord"
            case .covers: "← beantwoordt "
            case .lastJoin: " en "
            case .oneQuestion: "1 vraag"
            case .questions: "%1 vragen"
            case .answeredCount: "%1 beantwoord"
            case .notes: "Noten"
            case .contents: "Inhoud"
            case .introduction: "Inleiding"
            case .notesPaneEmpty: "─ Noten: geen op dit scherm "
            case .notesPaneCount: "─ Noten (%1) "
            case .noOwnText: "(geen eigen tekst)"
            case .note: "Noot %1"
            case .endnote: "Eindnoot %1"
            }
        }
    }
}
