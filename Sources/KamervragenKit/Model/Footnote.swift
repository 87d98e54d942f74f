/// A footnote or endnote body and the URLs cited in it.
///
/// The body and the URLs live in the document's `TextStorage` (a note held three heap
/// objects of its own before: the text, the URL array and each URL). `text` and `urls`
/// make `String`s on request; setting either gives the note a storage of its own.
public struct Footnote: Hashable, Sendable {
    public var id: NoteID
    /// Where the body was found.
    public var line: Int
    let storage: TextStorage
    let textStart: UInt32
    let textEnd: UInt32
    /// Indices into the storage's URL spans.
    let urlStart: UInt32
    let urlEnd: UInt32

    public init(id: NoteID, text: String, urls: [String], line: Int) {
        let s = TextStorage()
        self.init(id: id, text: text, urls: urls, line: line, storage: s)
    }

    /// Writes the body and URLs into `storage` (the parser's, shared by all notes).
    init(id: NoteID, text: String, urls: [String], line: Int, storage: TextStorage) {
        self.init(id: id, stored: storage.appendText(text), urls: urls, line: line, storage: storage)
    }

    /// A note whose body is already in `storage`, at `range`.
    init(id: NoteID, stored range: Range<UInt32>, urls: [String], line: Int, storage: TextStorage) {
        let first = storage.spanCount
        for u in urls { storage.appendURL(u, within: range) }
        self.id = id
        self.line = line
        self.storage = storage
        self.textStart = range.lowerBound
        self.textEnd = range.upperBound
        self.urlStart = UInt32(first)
        self.urlEnd = UInt32(storage.spanCount)
    }

    public var text: String {
        get { storage.string(textStart..<textEnd) }
        set { self = Footnote(id: id, text: newValue, urls: urls, line: line) }
    }

    public var urls: [String] {
        get {
            (Int(urlStart)..<Int(urlEnd)).map { i in
                let s = storage.span(i)
                return storage.string(s.start..<s.end)
            }
        }
        set { self = Footnote(id: id, text: text, urls: newValue, line: line) }
    }

    /// The body's UTF-8, in place.
    public func withTextUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try storage.withBytes(textStart..<textEnd, body)
    }

    public var urlCount: Int { Int(urlEnd - urlStart) }

    public static func == (a: Footnote, b: Footnote) -> Bool {
        guard a.id == b.id, a.line == b.line else { return false }
        if a.storage === b.storage && a.textStart == b.textStart && a.textEnd == b.textEnd
            && a.urlStart == b.urlStart && a.urlEnd == b.urlEnd { return true }
        return a.text == b.text && a.urls == b.urls
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(text)
        hasher.combine(urls)
        hasher.combine(line)
    }
}
