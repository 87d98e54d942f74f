import BrowserCore
import KamervragenKit
import KamervragenLibrary

/// The library view's `LibrarySource`, backed by the index: BrowserCore knows the library
/// only through this, so the pure core and its tests never touch SQLite.
final class LibraryCatalog: LibrarySource {
    let library: Library
    let limits: InputLimits
    /// At most this many hits are listed (the best ones); the title says how many there are.
    static let hitLimit = 5_000
    /// The last search's parsed query, for its snippets.
    private var lastQuery: LibraryQuery?
    /// The last search's hits as the index gave them, in the order of `LibraryHits.hits`.
    private var lastHits: [SearchHit] = []

    init(library: Library, limits: InputLimits) {
        self.library = library
        self.limits = limits
    }

    func rows() throws -> [LibraryRow] { try library.documents().map(Self.row) }

    static func row(_ d: LibraryDocument) -> LibraryRow {
        LibraryRow(key: d.id, id: d.publicationID ?? "", path: d.path, date: d.date?.description ?? "",
                   number: d.number ?? d.caseNumber ?? "", askers: d.askers ?? "",
                   answerer: d.answeredBy.map(ListFormatter.shortAnswerer) ?? d.askedTo ?? "",
                   subject: d.subject ?? "", questions: d.questions, answered: d.answered)
    }

    func search(_ text: String) -> Result<LibraryHits, LibraryFailure> {
        let query: LibraryQuery
        do {
            query = try LibraryQuery(text)
        } catch {
            return .failure(LibraryFailure(Catalogue.Library.queryProblem.text(error.description)))
        }
        let results: SearchResults
        do {
            results = try library.search(query, limit: Self.hitLimit)
        } catch let error as QueryError {
            return .failure(LibraryFailure(Catalogue.Library.queryProblem.text(error.description)))
        } catch {
            return .failure(LibraryFailure(Catalogue.Library.searchFailed.text()))
        }
        var documents: [LibraryRow] = []
        var hits: [LibraryHit] = []
        var raw: [SearchHit] = []
        for group in results.groups {
            let d = documents.count
            documents.append(Self.row(group.document))
            for h in group.hits {
                hits.append(LibraryHit(document: d, passage: Self.passage(h), label: h.label, key: h.passage))
                raw.append(h)
            }
        }
        lastQuery = query
        lastHits = raw
        return .success(LibraryHits(query: text, documents: documents, hits: hits, total: results.total,
                                    highlight: query.terms.first?.text))
    }

    static func passage(_ h: SearchHit) -> LibraryPassage {
        switch h.kind {
        case .question: .question(h.item)
        case .answer: .answer(h.item)
        case .note: .note(h.item)
        case .notice: .notice(h.item)
        }
    }

    func snippets(_ hits: [LibraryHit], of results: LibraryHits) -> [LibrarySnippet] {
        guard let query = lastQuery else { return [] }
        let byKey = Dictionary(lastHits.map { ($0.passage, $0) }, uniquingKeysWith: { a, _ in a })
        let raw = hits.compactMap { byKey[$0.key] }
        guard raw.count == hits.count, let got = try? library.store.snippets(raw, query: query, tokens: 24) else {
            return hits.map { _ in LibrarySnippet(text: "", matches: []) }
        }
        return got.map { LibrarySnippet(text: $0.text, matches: $0.matches) }
    }

    func open(_ row: LibraryRow) -> Result<Document, LibraryFailure> {
        do {
            return .success(try DocumentLoader.load(path: row.path, limits: limits))
        } catch {
            return .failure(LibraryFailure(error.message))
        }
    }
}
