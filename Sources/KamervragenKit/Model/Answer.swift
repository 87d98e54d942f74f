/// An answer block; one block may answer several questions ("Antwoord op vragen 3 en 4").
///
/// The heading and the question numbers live in the document's `TextStorage` (they were
/// two heap objects per answer: the heading is rarely short enough for an inline
/// `String`). `questions` and `heading` make their values on request; setting one to a
/// different value gives the answer a small storage of its own.
public struct Answer: Hashable, Sendable {
    public var paragraphs: ParagraphList
    public var lines: LineRange
    private var storage: TextStorage
    private var headingStart: UInt32
    private var headingEnd: UInt32
    private var numbersStart: UInt32
    private var numbersEnd: UInt32

    public init(questions: [QuestionNumber], heading: String, paragraphs: [Paragraph], lines: LineRange) {
        self.init(questions: questions, heading: heading, paragraphs: ParagraphList(paragraphs), lines: lines,
                  storage: TextStorage())
    }

    /// Writes the heading and numbers into `storage` (the parser's, shared by all blocks).
    init(questions: [QuestionNumber], heading: String, paragraphs: ParagraphList, lines: LineRange, storage: TextStorage) {
        let h = storage.appendText(heading)
        let n = storage.appendNumbers(questions)
        self.paragraphs = paragraphs
        self.lines = lines
        self.storage = storage
        headingStart = h.lowerBound
        headingEnd = h.upperBound
        numbersStart = n.lowerBound
        numbersEnd = n.upperBound
    }

    public var questions: [QuestionNumber] {
        get { storage.numbers(numbersStart..<numbersEnd) }
        set {
            guard !storage.numbers(numbersStart..<numbersEnd).elementsEqual(newValue) else { return }
            self = Answer(questions: newValue, heading: heading, paragraphs: paragraphs, lines: lines, storage: TextStorage())
        }
    }

    /// How many questions the answer covers, without building the array.
    public var questionCount: Int { Int(numbersEnd - numbersStart) }

    /// The `k`th number of `questions`, without building the array (the linker reads every
    /// answer's numbers; most answers name one).
    func question(_ k: Int) -> QuestionNumber { storage.number(Int(numbersStart) + k) }

    /// Each number `questions` holds, in order, without building the array (the browser
    /// asks for every answer's numbers several times while it lays out a document).
    public func forEachQuestion(_ body: (QuestionNumber) throws -> Void) rethrows {
        for i in numbersStart..<numbersEnd { try body(storage.number(Int(i))) }
    }

    /// The heading's UTF-8, in place.
    package func withHeadingUTF8<R>(_ body: (ByteText) throws -> R) rethrows -> R {
        try storage.withBytes(headingStart..<headingEnd, body)
    }

    public var headingIsEmpty: Bool { headingStart == headingEnd }

    /// The heading as written, trimmed ("Antwoord op vragen 3 en 4", or a bare "Antwoord").
    public var heading: String {
        get { storage.string(headingStart..<headingEnd) }
        set {
            guard storage.withBytes(headingStart..<headingEnd, { !$0.elementsEqual(newValue.utf8) }) else { return }
            self = Answer(questions: questions, heading: newValue, paragraphs: paragraphs, lines: lines, storage: TextStorage())
        }
    }

    public var plainText: String { paragraphs.map(\.plainText).joined(separator: "\n\n") }

    public static func == (a: Answer, b: Answer) -> Bool {
        a.lines == b.lines && a.questions == b.questions && a.heading == b.heading && a.paragraphs == b.paragraphs
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(questions)
        hasher.combine(heading)
        hasher.combine(paragraphs)
        hasher.combine(lines)
    }
}
