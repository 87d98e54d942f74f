/// A numbered question and where it is answered.
///
/// Line numbers and the answer index are kept as 32-bit integers (the `Int` properties
/// read and write them): a document has one `Question` per question, and the narrower
/// fields take a quarter off each.
public struct Question: Hashable, Sendable {
    public var number: QuestionNumber
    /// Empty when the document prints only a heading (the text is shared with a group).
    public var paragraphs: ParagraphList
    private var firstLine: Int32
    private var lastLine: Int32
    /// `noAnswer` when unanswered.
    private var answerIndex: Int32

    private static let noAnswer = Int32.min

    public init(number: QuestionNumber, paragraphs: [Paragraph], lines: LineRange, answer: Int? = nil) {
        self.number = number
        self.paragraphs = ParagraphList(paragraphs)
        firstLine = 0
        lastLine = 0
        answerIndex = Question.noAnswer
        self.lines = lines
        self.answer = answer
    }

    public var lines: LineRange {
        get { LineRange(Int(firstLine), Int(lastLine)) }
        set {
            firstLine = Int32(clamping: newValue.first)
            lastLine = Int32(clamping: newValue.last)
        }
    }

    /// Index into `Document.answers`, or nil when the document leaves it unanswered.
    public var answer: Int? {
        get { answerIndex == Question.noAnswer ? nil : Int(answerIndex) }
        set { answerIndex = newValue.map { Int32(clamping: $0) == Question.noAnswer ? Question.noAnswer + 1 : Int32(clamping: $0) } ?? Question.noAnswer }
    }

    public var plainText: String { paragraphs.map(\.plainText).joined(separator: "\n\n") }
}

/// A "Mededeling": a postponement or "answered by letter" notice instead of answers.
public struct Notice: Hashable, Sendable {
    public var paragraphs: ParagraphList
    public var lines: LineRange

    public init(paragraphs: [Paragraph], lines: LineRange) {
        self.paragraphs = ParagraphList(paragraphs)
        self.lines = lines
    }

    public var plainText: String { paragraphs.map(\.plainText).joined(separator: "\n\n") }
}

/// Something odd about the input that did not stop it from loading.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable, Codable {
        case note, warning, error
    }

    public var line: Int
    public var severity: Severity
    /// The English text: what the export writes, stable whatever the locale.
    public var message: String
    /// What it is, for the export's stable `code` and for `text(in:)`; nil for one made
    /// from a bare message, which is said as it is in both languages.
    public var kind: Catalogue.Diagnostics?
    public var arguments: [String]

    public init(line: Int, severity: Severity, message: String) {
        self.line = line
        self.severity = severity
        self.message = message
        self.kind = nil
        self.arguments = []
    }

    public init(line: Int, severity: Severity, _ kind: Catalogue.Diagnostics, _ arguments: String...) {
        self.line = line
        self.severity = severity
        self.message = kind.text(arguments: arguments, in: .english)
        self.kind = kind
        self.arguments = arguments
    }

    /// The message in `language`, for people (`outline --diagnostics`).
    public func text(in language: Language) -> String {
        kind.map { $0.text(arguments: arguments, in: language) } ?? message
    }

    /// The stable name of what it is, for scripts: "other" for a bare message.
    public var code: String { kind?.code ?? "other" }

    public var description: String { "line \(line): \(severity.rawValue): \(message)" }
}
