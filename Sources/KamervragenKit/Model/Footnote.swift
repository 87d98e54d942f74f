/// A URL a note cites: `range` is where its text shows it (UTF-8 offsets into the note's
/// `text`; nil when the URL is not printed there), `url` what it opens (`www.…` shown,
/// `https://www.…` opened).
public struct NoteLink: Hashable, Sendable {
    public var range: Range<Int>?
    public var url: String

    public init(range: Range<Int>?, url: String) {
        self.range = range
        self.url = url
    }
}

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

    /// Writes the body and URLs into `storage` (the parser's, shared by all notes); each
    /// URL is shown where it is first printed after the one before, if anywhere.
    init(id: NoteID, text: String, urls: [String], line: Int, storage: TextStorage) {
        let range = storage.appendText(text)
        var links: [NoteLink] = []
        var from = 0
        for u in urls {
            let shown = storage.find(u, within: range, from: from)
            if let shown { from = shown.upperBound }
            links.append(NoteLink(range: shown, url: u))
        }
        self.init(id: id, stored: range, links: links, line: line, storage: storage)
    }

    /// A note whose body is already in `storage`, at `range`, with its links (their
    /// ranges are byte offsets into the body).
    init(id: NoteID, stored range: Range<UInt32>, links: [NoteLink], line: Int, storage: TextStorage) {
        let first = storage.noteLinkCount
        for link in links { storage.appendNoteLink(link.url, shown: link.range, within: range) }
        self.id = id
        self.line = line
        self.storage = storage
        self.textStart = range.lowerBound
        self.textEnd = range.upperBound
        self.urlStart = UInt32(first)
        self.urlEnd = UInt32(storage.noteLinkCount)
    }

    public var text: String {
        get { storage.string(textStart..<textEnd) }
        set { self = Footnote(id: id, text: newValue, urls: urls, line: line) }
    }

    public var urls: [String] {
        get {
            (Int(urlStart)..<Int(urlEnd)).map { i in storage.string(storage.noteLink(i).target.range) }
        }
        set { self = Footnote(id: id, text: text, urls: newValue, line: line) }
    }

    /// The URLs with where each is shown in `text`, in order: what the browser styles as
    /// a link, without searching the text for it again.
    public var links: [NoteLink] {
        (Int(urlStart)..<Int(urlEnd)).map { i in
            let record = storage.noteLink(i)
            let url = storage.string(record.target.range)
            guard record.shown.start != NoteLinkRecord.notShown else { return NoteLink(range: nil, url: url) }
            let lower = Int(record.shown.start - textStart), upper = Int(record.shown.end - textStart)
            return NoteLink(range: lower..<upper, url: url)
        }
    }

    /// The body's UTF-8, in place.
    package func withTextUTF8<R>(_ body: (ByteText) throws -> R) rethrows -> R {
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
