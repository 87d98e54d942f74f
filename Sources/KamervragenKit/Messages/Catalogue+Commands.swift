extension Catalogue {
    /// What the commands (`outline`, `show`, `export`, `list`, `search`) print besides the
    /// document: their errors on standard error and the words of `show`'s text.
    public enum Commands: MessageSet {
        /// `FILE: ` then this: a document with nothing `outline` or `show` could print.
        case noQuestionsFound
        /// `show FILE N` with no question N: %1 the number, %2 the valid ones (below).
        case noSuchQuestion
        case documentHasNoQuestions
        /// %1 is the one number.
        case onlyQuestion
        /// %1 and %2 are the first and last.
        case questionRange
        /// %1 is the list.
        case questionList
        /// After a question `show` prints because its answer covers it too.
        case sameAnswer
        case emptyAnswer
        /// `show`'s marker of a note: %1 its number.
        case footnoteMarker
        case endnoteMarker
        case noteTextMissing
        /// Writing to standard output failed; %1 is the system's reason.
        case standardOutput

        public var english: String {
            switch self {
            case .noQuestionsFound: "no questions found"
            case .noSuchQuestion: "no question %1 (%2)"
            case .documentHasNoQuestions: "the document has no questions"
            case .onlyQuestion: "the only question is %1"
            case .questionRange: "questions are %1–%2"
            case .questionList: "questions are %1"
            case .sameAnswer: " (same answer)"
            case .emptyAnswer: "(empty answer)"
            case .footnoteMarker: "[footnote %1]"
            case .endnoteMarker: "[endnote %1]"
            case .noteTextMissing: "(text missing)"
            case .standardOutput: "standard output: %1"
            }
        }

        public var dutch: String {
            switch self {
            case .noQuestionsFound: "geen vragen gevonden"
            case .noSuchQuestion: "geen vraag %1 (%2)"
            case .documentHasNoQuestions: "het document heeft geen vragen"
            case .onlyQuestion: "de enige vraag is %1"
            case .questionRange: "de vragen zijn %1–%2"
            case .questionList: "de vragen zijn %1"
            case .sameAnswer: " (zelfde antwoord)"
            case .emptyAnswer: "(leeg antwoord)"
            case .footnoteMarker: "[voetnoot %1]"
            case .endnoteMarker: "[eindnoot %1]"
            case .noteTextMissing: "(tekst ontbreekt)"
            case .standardOutput: "standaarduitvoer: %1"
            }
        }
    }
}
