extension Catalogue {
    /// Where the reader is: the `=` report and what the status line says in the notes.
    public enum Position: MessageSet {
        /// `=`: the lines on screen out of the document's.
        case lines
        /// `=` on a document with no lines at all.
        case empty
        /// `=`: how many questions there are and how many have an answer.
        case questions

        public var english: String {
            switch self {
            case .lines: "lines %1–%2 of %3"
            case .empty: "empty"
            case .questions: "%1 questions, %2 answered"
            }
        }

        public var dutch: String {
            switch self {
            case .lines: "regels %1–%2 van %3"
            case .empty: "leeg"
            case .questions: "%1 vragen, %2 beantwoord"
            }
        }
    }
}
