import KamervragenKit

/// What the library view needs from a library, and nothing more: BrowserCore does not
/// import the index module (SQLite stays out of the pure core and its tests). The
/// executable hands the view a source backed by the real index; the core's tests hand it
/// one that answers from a few documents in memory.
///
/// Calls are made while a key is handled (a search, the snippets of the hits coming on
/// screen, a document opened), never while rendering.
public protocol LibrarySource: AnyObject {
    /// Runs a query of the library's query language; hits grouped by document. The view
    /// shows the hits of a search that found some and keeps the list it shows otherwise
    /// (no hits, a failure), so `details`, `snippets` and `continueRanking` answer for the
    /// last search that found something.
    func search(_ query: String) -> Result<LibraryHits, LibraryFailure>
    /// The snippets of some hits of `results`, in the same order.
    func snippets(_ hits: [LibraryHit], of results: LibraryHits) -> [LibrarySnippet]
    /// The document of a row, parsed as the reader opens a file.
    func open(_ row: LibraryRow) -> Result<Document, LibraryFailure>
    /// Hits given `isPending` (their passage and label not read yet) with those read, in
    /// the same order; asked for the hits on screen and for a hit about to be opened. A
    /// hit whose passage is no longer what the search found (its document changed or left
    /// the library since) comes back `isGone`.
    func details(_ hits: [LibraryHit], of results: LibraryHits) -> [LibraryHit]
    /// One short step of ranking the last search further, after it came back with
    /// `LibraryHits.isComplete` false; called between keys, never while rendering.
    func continueRanking() -> LibraryRankingStep
    /// One step of bringing the library up to date with its files, for a view whose list
    /// came from the index alone (`LibraryBrowser(checkFiles: true)`); called between keys.
    func checkFiles() -> LibraryCheckStep
}

/// What a step of the file check gives.
public enum LibraryCheckStep: Sendable {
    /// Files are left to look at or to index.
    case more
    /// The index matches the files: the list's rows again when a document was added,
    /// changed, moved or removed (nil when none was), and a line to say so.
    case done(rows: [LibraryRow]?, message: String?)
    /// The check could not be done; the list stays as it is.
    case failed(LibraryFailure)
}

/// What a step of ranking gives.
public enum LibraryRankingStep: Sendable {
    /// Matches are left to rank.
    case more
    /// Every match is ranked: the hits in their final order.
    case done(LibraryHits)
    /// The ranking could not go on; the hits shown stay.
    case failed(LibraryFailure)
}

extension LibrarySource {
    /// A source that gives every hit with its passage and label has nothing to add.
    public func details(_ hits: [LibraryHit], of results: LibraryHits) -> [LibraryHit] { hits }
    /// A source whose searches always come back fully ranked has nothing to go on with.
    public func continueRanking() -> LibraryRankingStep { .failed(LibraryFailure("")) }
    /// A source whose list is always up to date has nothing to check.
    public func checkFiles() -> LibraryCheckStep { .done(rows: nil, message: nil) }
}

/// A one-line explanation, already in the user's language.
public struct LibraryFailure: Error, Hashable, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
}

/// One document of the list, as the view shows and sorts it.
public struct LibraryRow: Hashable, Sendable {
    /// The library's own key for the document (its row in the index).
    public var key: Int64
    /// The id other answers cite it by (`ah-tk-20232024-730`), or empty.
    public var id: String
    public var path: String
    /// `YYYY-MM-DD`, or empty when the document names no date.
    public var date: String
    /// The Aanhangsel number, else the case number, else empty.
    public var number: String
    /// "Van Nispen (SP), Lahlah (GroenLinks-PvdA)".
    public var askers: String
    /// Who answers, short: "minister Van Weel".
    public var answerer: String
    public var subject: String
    public var questions: Int
    public var answered: Int

    public init(key: Int64, id: String = "", path: String, date: String = "", number: String = "", askers: String = "",
                answerer: String = "", subject: String = "", questions: Int = 0, answered: Int = 0) {
        self.key = key
        self.id = id
        self.path = path
        self.date = date
        self.number = number
        self.askers = askers
        self.answerer = answerer
        self.subject = subject
        self.questions = questions
        self.answered = answered
    }

    /// The file name, shown where the document names no subject.
    public var fileName: String {
        path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
    }
}

/// What a hit is in its document: the grain the reader opens at.
public enum LibraryPassage: Hashable, Sendable {
    case question(Int)
    case answer(Int)
    case note(Int)
    case notice(Int)
}

/// One question, answer, note or notice that matches.
public struct LibraryHit: Hashable, Sendable {
    /// Its document, as an index into `LibraryHits.documents`.
    public var document: Int
    public var passage: LibraryPassage
    /// How the reader names it: "Vraag 3", "Antwoord op vragen 3 en 4", "Noot 2".
    public var label: String
    /// The source's own key for the passage (for its snippet).
    public var key: Int64
    /// `passage` and `label` are not read yet (placeholders): the view asks the source's
    /// `details` before it shows or opens the hit. A source may give a long list so, its
    /// order and grouping final, and read a hit's passage only when it is needed.
    public var isPending: Bool
    /// The passage the search found is no longer in the index as it was (its document
    /// was indexed again or left the library since): `passage` and `label` say nothing,
    /// and the view says so rather than open it.
    public var isGone: Bool

    public init(document: Int, passage: LibraryPassage, label: String, key: Int64, isPending: Bool = false,
                isGone: Bool = false) {
        self.document = document
        self.passage = passage
        self.label = label
        self.key = key
        self.isPending = isPending
        self.isGone = isGone
    }
}

/// A search's hits, grouped by document (documents in the order of their best hit, each
/// document's hits in reading order).
public struct LibraryHits: Sendable {
    public var query: String
    public var documents: [LibraryRow]
    public var hits: [LibraryHit]
    /// How many passages match in all; more than `hits.count` when the source capped them.
    public var total: Int
    /// A word the reader highlights in the opened document (the query's first term), or
    /// nil when the query has none the reader can find as text.
    public var highlight: String?
    /// False for a first page ranked from part of the matches (`total` then counts the
    /// matches ranked so far): the view asks `continueRanking` in idle steps for the rest.
    public var isComplete: Bool

    public init(query: String, documents: [LibraryRow], hits: [LibraryHit], total: Int, highlight: String?,
                isComplete: Bool = true) {
        self.query = query
        self.documents = documents
        self.hits = hits
        self.total = total
        self.highlight = highlight
        self.isComplete = isComplete
    }
}

/// A stretch of a passage around its matches, on one line.
public struct LibrarySnippet: Hashable, Sendable {
    public var text: String
    /// The matched words, as ranges of `Character`s in `text`.
    public var matches: [Range<Int>]

    public init(text: String, matches: [Range<Int>]) {
        self.text = text
        self.matches = matches
    }
}
