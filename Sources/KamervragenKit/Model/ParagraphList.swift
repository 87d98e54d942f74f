/// The paragraphs of a question, answer or notice: a range of consecutive paragraphs in
/// the document's `TextStorage`, so a block's text costs no array allocation of its own
/// (most blocks have exactly one paragraph, and an array per block was a heap object
/// per question and per answer). Reads like an array of `Paragraph`.
public struct ParagraphList: RandomAccessCollection, Hashable, Sendable, ExpressibleByArrayLiteral {
    /// nil when empty.
    let storage: TextStorage?
    let start: UInt32
    let end: UInt32

    init(storage: TextStorage, range: Range<Int>) {
        self.storage = range.isEmpty ? nil : storage
        self.start = UInt32(range.lowerBound)
        self.end = UInt32(range.isEmpty ? range.lowerBound : range.upperBound)
    }

    public init() {
        storage = nil
        start = 0
        end = 0
    }

    /// Shares the paragraphs' storage when they are consecutive in one storage (as the
    /// parser writes them); otherwise copies them into a storage of their own.
    public init(_ paragraphs: [Paragraph]) {
        guard let first = paragraphs.first else { self.init(); return }
        let consecutive = paragraphs.indices.allSatisfy {
            paragraphs[$0].storage === first.storage && Int(paragraphs[$0].index) == Int(first.index) + $0
        }
        if consecutive {
            self.init(storage: first.storage, range: Int(first.index)..<(Int(first.index) + paragraphs.count))
            return
        }
        let s = TextStorage()
        let base = s.paragraphCount
        for p in paragraphs { _ = s.appendCopy(of: Int(p.index), from: p.storage) }
        self.init(storage: s, range: base..<s.paragraphCount)
    }

    public init(arrayLiteral elements: Paragraph...) { self.init(elements) }

    public var startIndex: Int { 0 }
    public var endIndex: Int { Int(end - start) }

    public subscript(i: Int) -> Paragraph {
        precondition(i >= 0 && i < endIndex, "paragraph index out of range")
        return Paragraph(storage: storage!, index: Int(start) + i)
    }

    public static func == (a: ParagraphList, b: ParagraphList) -> Bool {
        if a.storage === b.storage && a.start == b.start && a.end == b.end { return true }
        return a.elementsEqual(b)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for p in self { hasher.combine(p) }
    }
}
