extension Catalogue {
    /// What the reader says in its status line, prompts and panes while a document is
    /// read: answers to keys that cannot do what they ask, searches, links.
    public enum Reader: MessageSet {
        case noNotes
        /// %1 is the number typed.
        case noSuchQuestion
        case noNextQuestion
        case noPreviousQuestion
        case answerNamesNoQuestion
        case noQuestions
        case noQuestionHereYet
        /// %1 is the question's name ("Vraag 3").
        case questionHasNoAnswer
        case noEarlierPosition
        case noLaterPosition
        /// %1 is the query.
        case patternNotFound
        /// A search that ran off the end and went on at the start; `…Short` on a narrow screen.
        case wrappedToTop
        case wrappedToTopShort
        case wrappedToBottom
        case wrappedToBottomShort
        case noSearch
        /// Beside the search prompt while the query matches nothing.
        case noMatch
        case noLinksOnScreen
        /// A cited note the document lacks, as the status line describes the link; %1 is its marker.
        case noteNotInDocument
        /// Enter on such a link; %1 is its marker.
        case noteMissing
        /// %1 is the URL, made safe to show.
        case notOpening
        /// %1 is the URL.
        case opening
        /// The notes pane with no note cited on screen.
        case paneCloses
        /// A count typed in the reader: %1 is the number.
        case countPrompt
        /// A count typed in the contents: %1 is the number.
        case contentsCountPrompt
        case noQuestionsFound
        /// The contents' status line; %1 is "3/9 · " or nothing.
        case contentsStatus

        public var english: String {
            switch self {
            case .noNotes: "this document has no notes"
            case .noSuchQuestion: "no question %1 in this document"
            case .noNextQuestion: "no next question"
            case .noPreviousQuestion: "no previous question"
            case .answerNamesNoQuestion: "this answer names no question in the document"
            case .noQuestions: "no questions in this document"
            case .noQuestionHereYet: "no question here yet · ] goes to the first"
            case .questionHasNoAnswer: "%1 has no answer in this document"
            case .noEarlierPosition: "no earlier position"
            case .noLaterPosition: "no later position"
            case .patternNotFound: "Pattern not found: %1"
            case .wrappedToTop: "search hit BOTTOM, continuing at TOP"
            case .wrappedToTopShort: "wrapped to TOP"
            case .wrappedToBottom: "search hit TOP, continuing at BOTTOM"
            case .wrappedToBottomShort: "wrapped to BOTTOM"
            case .noSearch: "no search: type / to search"
            case .noMatch: "no match"
            case .noLinksOnScreen: "no links on this screen"
            case .noteNotInDocument: "note %1 (not in the document)"
            case .noteMissing: "note %1 is not in the document"
            case .notOpening: "not opening %1: only http and https links open"
            case .opening: "opening %1"
            case .paneCloses: "f or Esc closes the pane"
            case .countPrompt: "%1 · g or Enter: Vraag %1 · j or k: %1 lines"
            case .contentsCountPrompt: "%1 · g or Enter: Vraag %1"
            case .noQuestionsFound: "no questions found in this document"
            case .contentsStatus: "%1Enter jump · q close"
            }
        }

        public var dutch: String {
            switch self {
            case .noNotes: "dit document heeft geen noten"
            case .noSuchQuestion: "geen vraag %1 in dit document"
            case .noNextQuestion: "geen volgende vraag"
            case .noPreviousQuestion: "geen vorige vraag"
            case .answerNamesNoQuestion: "dit antwoord noemt geen vraag uit het document"
            case .noQuestions: "geen vragen in dit document"
            case .noQuestionHereYet: "hier nog geen vraag · ] gaat naar de eerste"
            case .questionHasNoAnswer: "%1 heeft geen antwoord in dit document"
            case .noEarlierPosition: "geen eerdere plek"
            case .noLaterPosition: "geen latere plek"
            case .patternNotFound: "Niet gevonden: %1"
            case .wrappedToTop: "EINDE bereikt, verder bij het BEGIN"
            case .wrappedToTopShort: "verder bij BEGIN"
            case .wrappedToBottom: "BEGIN bereikt, verder bij het EINDE"
            case .wrappedToBottomShort: "verder bij EINDE"
            case .noSearch: "geen zoekopdracht: typ / om te zoeken"
            case .noMatch: "niets gevonden"
            case .noLinksOnScreen: "geen links op dit scherm"
            case .noteNotInDocument: "noot %1 (niet in het document)"
            case .noteMissing: "noot %1 staat niet in het document"
            case .notOpening: "%1 gaat niet open: alleen http- en https-links openen"
            case .opening: "%1 wordt geopend"
            case .paneCloses: "f of Esc sluit het paneel"
            case .countPrompt: "%1 · g of Enter: Vraag %1 · j of k: %1 regels"
            case .contentsCountPrompt: "%1 · g of Enter: Vraag %1"
            case .noQuestionsFound: "geen vragen gevonden in dit document"
            case .contentsStatus: "%1Enter springt · q sluit"
            }
        }
    }
}
