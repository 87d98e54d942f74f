/// A parsed document: everything downstream reads this, nothing re-parses text.
public struct Document: Hashable, Sendable {
    /// The parts of the document in source order.
    public enum Item: Hashable, Sendable {
        /// Header text that is not metadata (cover text, introductions).
        case preamble([Paragraph])
        case question(Int)
        case answer(Int)
        case notice(Int)
        /// Closing text after the last answer (a signature, "Hoogachtend").
        case closing([Paragraph])
    }

    /// The file name or `-`, used in messages.
    public var source: String
    public var metadata: Metadata
    public var items: [Item]
    public var questions: [Question]
    public var answers: [Answer]
    public var notices: [Notice]
    public var footnotes: [Footnote]
    public var diagnostics: [Diagnostic]

    public init(
        source: String,
        metadata: Metadata = Metadata(),
        items: [Item] = [],
        questions: [Question] = [],
        answers: [Answer] = [],
        notices: [Notice] = [],
        footnotes: [Footnote] = [],
        diagnostics: [Diagnostic] = []
    ) {
        self.source = source
        self.metadata = metadata
        self.items = items
        self.questions = questions
        self.answers = answers
        self.notices = notices
        self.footnotes = footnotes
        self.diagnostics = diagnostics
    }

    /// The index of the first question with this number.
    public func questionIndex(_ number: QuestionNumber) -> Int? {
        questions.firstIndex { $0.number == number }
    }

    public func footnote(_ id: NoteID) -> Footnote? {
        footnotes.first { $0.id == id }
    }

    /// The questions an answer covers that exist in the document, as indices.
    public func questionIndices(ofAnswer index: Int) -> [Int] {
        answers[index].questions.compactMap { questionIndex($0) }
    }
}
