import KamervragenKit

/// The library view: the list of a library's documents, the hits of a full-text search
/// over them, and the reader opened from either. Like `Browser`, a value with one function
/// from a key to the next state (`handle`) and a `render()` that changes nothing; what it
/// needs from the library (a search, snippets, a document) it asks a `LibrarySource`.
///
/// The reader is an ordinary `Browser`, kept while it shows; the library takes from it only
/// the keys that lead out of it (`q`, `←` with no earlier position) and, after a search,
/// `n`/`N` to go on through the hits, across documents.
public struct LibraryBrowser {
    let source: any LibrarySource
    public private(set) var rows: Int
    public private(set) var columns: Int

    var list: DocumentList
    var hits: HitList?

    enum Showing: Hashable, Sendable { case documents, hits, reader }
    var showing = Showing.documents
    /// Where `q` in the reader goes back to.
    var returnTo = Showing.documents

    var reader: Browser?
    /// The document the reader shows, and the hit it was opened at.
    var readerDocument: LibraryRow?
    /// The readers a followed reference left, newest last: `←` with no earlier place
    /// returns to the last one, where it was.
    var referrers: [(reader: Browser, document: LibraryRow, followsHits: Bool)] = []
    /// The ids of the library's documents, for references between them.
    var documentIDs: Set<String>
    /// The list came from the index alone and the files are still to be checked.
    var checkingFiles: Bool
    var readerHit: Int?
    /// `n`/`N` in the reader step through the library's hits until the reader starts a
    /// search of its own.
    var readerFollowsHits = false

    /// The help, scrolled this far, over the list or the hits.
    var helpScroll: Int?

    enum PromptKind: Hashable, Sendable { case filter, search }
    struct Prompt: Hashable, Sendable {
        var kind: PromptKind
        var text = ""
    }
    var prompt: Prompt?

    var message: (text: String, role: Role)?

    /// The language of everything the view and its reader say.
    public let language: Language

    /// `checkFiles`: the rows are the index's, not yet checked against the files; the view
    /// asks the source to check them in idle steps after the first screen.
    public init(source: any LibrarySource, documents: [LibraryRow], rows: Int, columns: Int, language: Language = .english,
                checkFiles: Bool = false) {
        self.language = language
        self.source = source
        self.rows = max(0, rows)
        self.columns = max(0, columns)
        list = DocumentList(documents)
        documentIDs = Self.ids(documents)
        checkingFiles = checkFiles
    }

    public mutating func resize(rows: Int, columns: Int) {
        self.rows = max(0, rows)
        self.columns = max(0, columns)
        reader?.resize(rows: rows, columns: columns)
        settle()
        // A taller screen shows hits whose snippets were not asked for yet.
        if showing == .hits { fetchSnippets() }
    }

    public mutating func showMessage(_ text: String) {
        if showing == .reader {
            reader?.showMessage(text)
        } else {
            message = (text, .message)
        }
    }

    public var hasIdleWork: Bool { checkingFiles || isRanking || (showing == .reader && reader?.hasIdleWork == true) }

    @discardableResult
    public mutating func doIdleWork() -> Bool {
        // A search's ranking first: it reads the index, which the file check may write.
        if isRanking {
            rankStep()
            return hasIdleWork
        }
        if checkingFiles {
            fileCheckStep()
            return hasIdleWork
        }
        guard showing == .reader, var r = reader else { return false }
        let more = r.doIdleWork()
        reader = r
        return more
    }

    // MARK: Geometry

    var titleRows: Int { rows >= 3 ? 1 : 0 }
    /// The column headings of the list.
    var headerRows: Int { rows >= 4 && showing == .documents ? 1 : 0 }
    var statusRows: Int { rows >= 1 ? 1 : 0 }
    var bodyRows: Int { max(0, rows - titleRows - headerRows - statusRows) }

    /// Keeps the selection within the rows and on screen.
    mutating func settle() {
        let page = max(1, bodyRows)
        if list.shown.isEmpty {
            list.selected = 0
            list.scroll = 0
        } else {
            list.selected = min(max(0, list.selected), list.shown.count - 1)
            if list.selected < list.scroll { list.scroll = list.selected }
            if list.selected >= list.scroll + page { list.scroll = list.selected - page + 1 }
            list.scroll = max(0, min(list.scroll, max(0, list.shown.count - page)))
        }
        if var h = hits {
            h.current = min(max(0, h.current), max(0, h.count - 1))
            h.keepCurrentVisible(rows: page)
            hits = h
        }
    }
}

/// The one terminal loop drives either the reader of one document or the library view.
extension LibraryBrowser: TerminalApp {}
extension Browser: TerminalApp {}
