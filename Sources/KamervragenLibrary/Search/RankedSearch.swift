import KamervragenKit

#if canImport(Glibc)
import Glibc
#endif

/// A search ranked a slice of its matches at a time, so the library view can show a first
/// page at once and finish the ranking in idle steps, between keys.
///
/// FTS5 gives the matches in rowid order, each with its bm25 score; the best `limit` of
/// them are kept in a heap here rather than sorted by SQLite, so the ranking can stop
/// after any number of matches and go on later. The order is the index's one order: bm25,
/// then the newer document (a document without a date last), then the passage's rowid.
/// The dates come from a table of every document's date read once per store, not from a
/// join per match. Until every match is ranked the hits kept are the best of those seen,
/// and `matched` counts those; once `isComplete`, the hits and the count are exact.
package final class RankedSearch {
    /// Matches ranked before the library view's first page shows, however slow the
    /// machine: a floor under `firstPageBudget`, not a part of the first page's time. It
    /// is kept small because the matches a budget reaches vary by query (a prefix or an
    /// `in:` filter costs more a match), and a floor that outlasts the budget made those
    /// queries the slowest first pages while their page was not final anyway.
    package static let firstPageMatches = 1_000
    /// After `firstPageMatches`, the first page goes on ranking until it has taken this
    /// much processor time: that ranks every match of most queries, so their first page
    /// is final, and keeps a page of the commonest words (tens of thousands of matches)
    /// within the time a first page may take; the rest are ranked in idle steps of
    /// `stepMatches` each. Processor time, not the clock's, so the same queries get a
    /// final page on a busy machine as on an idle one (where the two are the same).
    package static let firstPageBudget = Duration.milliseconds(15)
    package static let stepMatches = 2_000
    /// Hits listed on a first page that is not final yet: enough to scroll through while
    /// the rest are ranked, few enough to be read quickly.
    package static let provisionalHits = 500
    /// Hits of a page whose kind, item and label the library view reads with the page
    /// (a few screens); the rest are read as they come on screen. Reading them all cost a
    /// complete page of 4,000 hits more than its ranking (docs/benchmarks.md, library).
    package static let readWithThePage = 200

    package let query: LibraryQuery
    let store: LibraryStore
    /// How many hits are kept; nil keeps every match.
    let limit: Int?
    private let statement: SQLiteStatement
    /// The hits kept: with a limit, a heap whose root is the worst of them.
    private var kept: [Candidate] = []
    private let dates: [Int64: Int32]
    /// Matches ranked so far.
    package private(set) var matched = 0
    package private(set) var isComplete = false

    struct Candidate {
        var rowid: Int64
        var score: Double
        /// `YYYYMMDD`, 0 without a date.
        var date: Int32

        /// Ranks before `other`: lower bm25, then newer, then the lower rowid.
        func precedes(_ other: Candidate) -> Bool {
            if score != other.score { return score < other.score }
            if date != other.date { return date > other.date }
            return rowid < other.rowid
        }
    }

    /// Prepares the ranking; no match is read yet.
    package init(_ query: LibraryQuery, in store: LibraryStore, limit: Int?) throws {
        self.query = query
        self.store = store
        self.limit = limit.map { max(0, $0) }
        let (conditions, values) = LibraryStore.conditions(query)
        do {
            dates = try store.documentDates()
            statement = try store.db.prepare("SELECT passages.rowid, bm25(passages) \(LibraryStore.from(query)) WHERE \(conditions)")
        } catch {
            throw LibraryStore.searchError(error)
        }
        statement.bind(values)
    }

    /// Ranks up to `matches` more matches; true once every match is ranked. Throws
    /// `QueryError.engine` when FTS5 refuses the expression, else SQLite's error.
    @discardableResult
    package func advance(matches: Int) throws -> Bool {
        guard !isComplete else { return true }
        var n = 0
        do {
            while n < matches {
                guard try statement.step() else {
                    isComplete = true
                    statement.reset()
                    return true
                }
                n += 1
                matched += 1
                let rowid = statement.int64(0)
                let c = Candidate(rowid: rowid, score: statement.double(1), date: dates[rowid >> Schema.positionBits] ?? 0)
                keep(c)
            }
        } catch {
            statement.reset()
            throw LibraryStore.searchError(error)
        }
        return false
    }

    /// The library view's first page: at least `floor` matches, then more until this
    /// thread has spent `budget` of processor time since the call; true when every match
    /// is ranked (the page is final).
    package func advanceFirstPage(atLeast floor: Int = firstPageMatches, budget: Duration = firstPageBudget) throws -> Bool {
        let (seconds, attoseconds) = budget.components
        let deadline = Self.threadTime() + seconds * 1_000_000_000 + attoseconds / 1_000_000_000
        if try advance(matches: floor) { return true }
        while Self.threadTime() < deadline {
            if try advance(matches: 256) { return true }
        }
        return false
    }

    /// The calling thread's processor time in nanoseconds.
    private static func threadTime() -> Int64 {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Int64(t.tv_sec) * 1_000_000_000 + Int64(t.tv_nsec)
    }

    /// Ranks every match left.
    package func finish() throws {
        while try !advance(matches: 1 << 20) {}
    }

    private func keep(_ c: Candidate) {
        guard let limit else {
            kept.append(c)
            return
        }
        if kept.count < limit {
            kept.append(c)
            siftUp(kept.count - 1)
        } else if limit > 0, c.precedes(kept[0]) {
            kept[0] = c
            siftDown(0)
        }
    }

    // A max-heap by rank: the root is the hit that would be dropped first.
    private func siftUp(_ i: Int) {
        var i = i
        while i > 0 {
            let parent = (i - 1) / 2
            guard kept[parent].precedes(kept[i]) else { return }
            kept.swapAt(parent, i)
            i = parent
        }
    }

    private func siftDown(_ i: Int) {
        var i = i
        while true {
            let l = 2 * i + 1, r = l + 1
            var worst = i
            if l < kept.count, kept[worst].precedes(kept[l]) { worst = l }
            if r < kept.count, kept[worst].precedes(kept[r]) { worst = r }
            if worst == i { return }
            kept.swapAt(i, worst)
            i = worst
        }
    }

    /// The best `count` hits ranked so far (all kept when nil), best first, with the
    /// columns a hit needs.
    package func hits(count: Int? = nil) throws -> [SearchHit] {
        let best = kept.sorted { $0.precedes($1) }.prefix(count ?? kept.count)
        do {
            return try store.hits(best.map { ($0.rowid, $0.score) })
        } catch {
            throw LibraryStore.searchError(error)
        }
    }

    /// The best `count` hits ranked so far, best first, with only what their rowid says
    /// (document, position, score): kind, item and label are placeholders until
    /// `LibraryStore.read` reads them. Reading them costs a lookup in the content table
    /// per hit (several microseconds: a passage's row holds its text), so the library
    /// view reads them only for the hits it shows.
    package func unread(count: Int? = nil) -> [SearchHit] {
        kept.sorted { $0.precedes($1) }.prefix(count ?? kept.count).map {
            SearchHit(passage: $0.rowid, document: $0.rowid >> Schema.positionBits, kind: .answer, item: 0,
                      position: Int($0.rowid & (Int64(Schema.maxPassages) - 1)), label: "", score: $0.score)
        }
    }
}

extension LibraryStore {
    /// What went wrong in a search: SQLITE_ERROR is FTS5 refusing the expression (the
    /// parser should never build one it refuses); anything else is the index's.
    static func searchError(_ error: SQLiteError) -> any Error {
        error.primary == 1 ? QueryError.engine : error
    }

    /// Every document's date as `YYYYMMDD` (0 without one), by id: the ranking's
    /// tie-break, read once rather than joined for every match. Read again after the
    /// index changes, here or in another process (`PRAGMA data_version`, a read of the
    /// WAL index in memory: no page of the file is read for it).
    func documentDates() throws(SQLiteError) -> [Int64: Int32] {
        let version = try db.integer("PRAGMA data_version") ?? 0
        if let cachedDates, version == cachedDatesVersion { return cachedDates }
        let s = try db.prepare("SELECT id, date FROM documents WHERE problem IS NULL")
        var out: [Int64: Int32] = [:]
        while try s.step() {
            guard let d = s.string(1).flatMap(Self.parseDate) else { continue }
            out[s.int64(0)] = Int32(clamping: d.year * 10_000 + d.month * 100 + d.day)
        }
        cachedDates = out
        cachedDatesVersion = version
        return out
    }

    /// `hits` with their kind, item and label read (`RankedSearch.unread`), in the same
    /// order; nil for a hit whose passage is no longer in the index, never the placeholder
    /// (which would open at an answer that is not the hit). A rowid still there may name
    /// another passage than it did when ranked: `rewritten(since:)` says whose.
    package func read(_ hits: [SearchHit]) throws(SQLiteError) -> [SearchHit?] {
        let got = try self.hits(hits.map { ($0.passage, $0.score) })
        guard got.count != hits.count else { return got }
        var byPassage: [Int64: SearchHit] = [:]
        for h in got { byPassage[h.passage] = h }
        return hits.map { byPassage[$0.passage] }
    }

    /// The kind, item and label of ranked passages, read from FTS5's content table
    /// (`passages_content`, columns `c0`… in the order of the table's) by rowid: through
    /// the full-text table each lookup would set up a full-text cursor.
    func hits(_ ranked: [(rowid: Int64, score: Double)]) throws(SQLiteError) -> [SearchHit] {
        try db.reading { () throws(SQLiteError) in try passageColumns(ranked) }
    }

    private func passageColumns(_ ranked: [(rowid: Int64, score: Double)]) throws(SQLiteError) -> [SearchHit] {
        let s = try db.prepare("SELECT c1, c2, c4 FROM passages_content WHERE id = ?1")
        var out: [SearchHit] = []
        out.reserveCapacity(ranked.count)
        for (rowid, score) in ranked {
            s.reset()
            s.bind(rowid, at: 1)
            guard try s.step() else { continue }
            out.append(SearchHit(passage: rowid, document: rowid >> Schema.positionBits,
                                 kind: PassageKind(rawValue: s.int(0)) ?? .answer, item: s.int(1),
                                 position: Int(rowid & (Int64(Schema.maxPassages) - 1)),
                                 label: s.string(2) ?? "", score: score))
        }
        return out
    }
}
