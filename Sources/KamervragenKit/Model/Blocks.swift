/// A numbered question and where it is answered.
public struct Question: Hashable, Sendable {
    public var number: QuestionNumber
    /// Empty when the document prints only a heading (the text is shared with a group).
    public var paragraphs: ParagraphList
    public var lines: LineRange
    /// Index into `Document.answers`, or nil when the document leaves it unanswered.
    public var answer: Int?

    public init(number: QuestionNumber, paragraphs: [Paragraph], lines: LineRange, answer: Int? = nil) {
        self.number = number
        self.paragraphs = ParagraphList(paragraphs)
        self.lines = lines
        self.answer = answer
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
    public var message: String

    public init(line: Int, severity: Severity, message: String) {
        self.line = line
        self.severity = severity
        self.message = message
    }

    public var description: String { "line \(line): \(severity.rawValue): \(message)" }
}
