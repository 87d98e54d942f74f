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
    /// The search whose hits the view shows: the last one that found something. A search
    /// with no hits, or one that fails, leaves the view's list as it is, and so this.
    private var shown: Shown?

    private struct Shown {
        /// The query as typed, for the title of the final hits.
        var text: String
        /// The parsed query, for the snippets.
        var query: LibraryQuery
        /// The hits as the index gave them, by passage (the pending ones as placeholders).
        var hits: [Int64: SearchHit]
        /// Where the index stood before the search: a document written again since keeps
        /// its id, so its rowids may name other passages than the ones ranked.
        var mark: IndexMark
    }

    /// The shown search while its ranking goes on in idle steps.
    private var ranking: RankedSearch?
    /// What a search ranks before its first page (`RankedSearch.advanceFirstPage`).
    var firstPage = (matches: RankedSearch.firstPageMatches, budget: RankedSearch.firstPageBudget)
    /// Every document's row, by key, for grouping hits without reading them again.
    private var rowsByKey: [Int64: LibraryRow] = [:]

    init(library: Library, limits: InputLimits) {
        self.library = library
        self.limits = limits
    }

    func rows() throws -> [LibraryRow] {
        let rows = try library.documents().map(Self.row)
        rowsByKey = Dictionary(rows.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        return rows
    }

    static func row(_ d: LibraryDocument) -> LibraryRow {
        LibraryRow(key: d.id, id: d.publicationID ?? "", path: d.path, date: d.date?.description ?? "",
                   number: d.number ?? d.caseNumber ?? "", askers: d.askers ?? "",
                   answerer: d.answeredBy.map(ListFormatter.shortAnswerer) ?? d.askedTo ?? "",
                   subject: d.subject ?? "", questions: d.questions, answered: d.answered)
    }

    /// Ranks the first page's matches (`RankedSearch.advanceFirstPage`): all of them for
    /// most queries, whose hits are then final; for a common word the best of those, the
    /// rest in `continueRanking`. A search that fails changes nothing: the view keeps the
    /// hits it shows, and their ranking goes on.
    func search(_ text: String) -> Result<LibraryHits, LibraryFailure> {
        let query: LibraryQuery
        do {
            query = try LibraryQuery(text)
        } catch {
            return .failure(LibraryFailure(Catalogue.Library.queryProblem.text(error.description)))
        }
        do {
            let mark = try library.store.mark()
            let ranking = try RankedSearch(query, in: library.store, limit: Self.hitLimit)
            let complete = try ranking.advanceFirstPage(atLeast: firstPage.matches, budget: firstPage.budget)
            let hits = ranking.unread(count: complete ? nil : RankedSearch.provisionalHits)
            let (results, raw) = try listed(hits, text: text, query: query, total: ranking.matched, complete: complete)
            // Only once its hits are listed (`listed` can throw), and only when there are
            // any: else the view keeps the list it shows, whose hits `details` and
            // `snippets` read and whose ranking `continueRanking` goes on with.
            guard !results.hits.isEmpty else { return .success(results) }
            shown = Shown(text: text, query: query, hits: raw, mark: mark)
            self.ranking = complete ? nil : ranking
            return .success(results)
        } catch let error as QueryError {
            return .failure(LibraryFailure(Catalogue.Library.queryProblem.text(error.description)))
        } catch {
            return .failure(LibraryFailure(Catalogue.Library.searchFailed.text()))
        }
    }

    func continueRanking() -> LibraryRankingStep {
        guard let ranking, let text = shown?.text else { return .failed(LibraryFailure("")) }
        do {
            guard try ranking.advance(matches: RankedSearch.stepMatches) else { return .more }
            self.ranking = nil
            let (results, raw) = try listed(ranking.unread(), text: text, query: ranking.query, total: ranking.matched, complete: true)
            shown?.hits = raw
            return .done(results)
        } catch {
            self.ranking = nil
            return .failed(LibraryFailure(Catalogue.Library.searchFailed.text()))
        }
    }

    /// Ranked hits (`RankedSearch.unread`) grouped by document for the view: documents in
    /// the order of their best hit, each one's hits in reading order; the first
    /// `RankedSearch.readWithThePage` of them read, the rest pending.
    private func listed(_ ranked: [SearchHit], text: String, query: LibraryQuery, total: Int,
                        complete: Bool) throws -> (LibraryHits, [Int64: SearchHit]) {
        var order: [Int64] = []
        var byDocument: [Int64: [SearchHit]] = [:]
        for h in ranked {
            if byDocument[h.document] == nil { order.append(h.document) }
            byDocument[h.document, default: []].append(h)
        }
        var documents: [LibraryRow] = []
        var inOrder: [(document: Int, hit: SearchHit)] = []
        for id in order {
            // A document the list does not hold (the index changed since) is read.
            guard let row = rowsByKey[id] ?? (try? library.store.document(id: id)).flatMap({ $0.map(Self.row) }) else { continue }
            let d = documents.count
            documents.append(row)
            for h in byDocument[id]!.sorted(by: { $0.position < $1.position }) { inOrder.append((d, h)) }
        }
        let head = try library.store.read(inOrder.prefix(RankedSearch.readWithThePage).map(\.hit))
        var hits: [LibraryHit] = []
        var raw: [Int64: SearchHit] = [:]
        hits.reserveCapacity(inOrder.count)
        for (k, entry) in inOrder.enumerated() {
            guard k < head.count else {
                hits.append(LibraryHit(document: entry.document, passage: Self.passage(entry.hit), label: "", key: entry.hit.passage,
                                       isPending: true))
                raw[entry.hit.passage] = entry.hit
                continue
            }
            guard let h = head[k] else {
                // Gone from the index since it was ranked.
                hits.append(LibraryHit(document: entry.document, passage: Self.passage(entry.hit), label: "", key: entry.hit.passage,
                                       isGone: true))
                continue
            }
            hits.append(LibraryHit(document: entry.document, passage: Self.passage(h), label: h.label, key: h.passage))
            raw[h.passage] = h
        }
        return (LibraryHits(query: text, documents: documents, hits: hits, total: total,
                            highlight: query.terms.first?.text, isComplete: complete), raw)
    }

    static func passage(_ h: SearchHit) -> LibraryPassage {
        switch h.kind {
        case .question: .question(h.item)
        case .answer: .answer(h.item)
        case .note: .note(h.item)
        case .notice: .notice(h.item)
        }
    }

    /// Reads pending hits; one whose passage is gone, or whose document was written again
    /// since the search (its rowid may name another passage now), comes back `isGone`.
    func details(_ hits: [LibraryHit], of results: LibraryHits) -> [LibraryHit] {
        guard let shown else { return hits }
        let rewritten: Set<Int64>?
        do {
            rewritten = try library.store.rewritten(since: shown.mark)
        } catch {
            return hits
        }
        // Nil: another process wrote the index, which documents is not known.
        let trusted = hits.compactMap { shown.hits[$0.key] }.filter { rewritten?.contains($0.document) == false }
        guard let read = try? library.store.read(trusted) else { return hits }
        var found: [Int64: SearchHit] = [:]
        for case let h? in read { found[h.passage] = h }
        return hits.map { hit in
            guard let h = found[hit.key] else {
                return LibraryHit(document: hit.document, passage: hit.passage, label: "", key: hit.key, isGone: true)
            }
            self.shown?.hits[h.passage] = h
            return LibraryHit(document: hit.document, passage: Self.passage(h), label: h.label, key: h.passage)
        }
    }

    /// The snippets of hits, none for a hit whose passage its rowid may no longer name
    /// (as in `details`).
    func snippets(_ hits: [LibraryHit], of results: LibraryHits) -> [LibrarySnippet] {
        let none = LibrarySnippet(text: "", matches: [])
        guard let shown else { return hits.map { _ in none } }
        let rewritten = try? library.store.rewritten(since: shown.mark)
        let raw = hits.compactMap { hit -> SearchHit? in
            guard !hit.isGone, let h = shown.hits[hit.key], rewritten?.contains(h.document) == false else { return nil }
            return h
        }
        guard let got = try? library.store.snippets(raw, query: shown.query, tokens: 24) else { return hits.map { _ in none } }
        var byPassage: [Int64: LibrarySnippet] = [:]
        for (h, s) in zip(raw, got) { byPassage[h.passage] = LibrarySnippet(text: s.text, matches: s.matches) }
        return hits.map { byPassage[$0.key] ?? none }
    }

    /// One step of the file check of a library opened from its index alone: a walk of
    /// the files and at most `checkBudget` of indexing; the rows again when the list changed.
    func checkFiles() -> LibraryCheckStep {
        do {
            switch try library.update(budget: Self.checkBudget) {
            case .more: return .more
            case .done(let report):
                guard report.changesTheList else { return .done(rows: nil, message: nil) }
                let rows = try rows()
                return .done(rows: rows, message: Catalogue.FileCheck.listUpdated.text(
                    String(report.indexed + report.problems + report.moved), String(report.removed)))
            }
        } catch let error as LibraryError {
            return .failed(LibraryFailure(error.message))
        } catch {
            return .failed(LibraryFailure(Catalogue.Library.listFailed.text()))
        }
    }

    /// Indexing done in one step of the file check at most (a step stops at the next file
    /// after it): keys wait no longer than this and the walk.
    static let checkBudget = Duration.milliseconds(100)

    func open(_ row: LibraryRow) -> Result<Document, LibraryFailure> {
        do {
            return .success(try DocumentLoader.load(path: row.path, limits: limits))
        } catch {
            return .failure(LibraryFailure(error.message))
        }
    }
}
