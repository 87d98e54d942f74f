import Testing
@testable import KamervragenLibrary
import KamervragenKit

/// The ranking a slice at a time (what the library view's first page and idle steps use)
/// against SQLite's own ORDER BY over the same matches: bm25, the newer document, rowid.
@Suite(.serialized) struct RankedSearchTests {
    nonisolated(unsafe) static let library: Result<(Scratch, Library), Error> = Result {
        let s = try Scratch()
        try s.addFixtures()
        // Equal scores in documents of different dates, and one without a date.
        for (k, date) in ["3 maart 2021", "3 maart 2024", "3 maart 2022", "3 maart 2023"].enumerated() {
            try s.write("tweeling-\(k).txt", sampleDocument(number: 40 + k, word: "tweeling kamer", date: date))
        }
        return (s, try s.open())
    }

    func lib() throws -> Library { try Self.library.get().1 }

    /// SQLite's ranking of the matches with rowid at most `upTo`, best `limit` first.
    func oracle(_ l: Library, _ q: LibraryQuery, limit: Int, upTo: Int64 = .max) throws -> [Int64] {
        let (conditions, values) = LibraryStore.conditions(q)
        let s = try l.store.db.prepare("""
            SELECT passages.rowid FROM passages JOIN documents AS d ON d.id = (passages.rowid >> 20)
            WHERE \(conditions) AND passages.rowid <= ?\(values.count + 1)
            ORDER BY bm25(passages), d.date DESC, passages.rowid LIMIT ?\(values.count + 2)
            """)
        s.bind(values + [.integer(upTo), .integer(Int64(limit))])
        var out: [Int64] = []
        while try s.step() { out.append(s.int64(0)) }
        return out
    }

    /// Every match's rowid, in the order FTS5 gives them.
    func matches(_ l: Library, _ q: LibraryQuery) throws -> [Int64] {
        let (conditions, values) = LibraryStore.conditions(q)
        let s = try l.store.db.prepare("SELECT passages.rowid \(LibraryStore.from(q)) WHERE \(conditions)")
        s.bind(values)
        var out: [Int64] = []
        while try s.step() { out.append(s.int64(0)) }
        return out
    }

    @Test(arguments: ["kamer", "kamer*", "tweeling", "minister OR kabinet", "kamer* party:sp", "vraag -kamer"])
    func rankedInStepsIsSQLitesRanking(_ text: String) throws {
        let l = try lib()
        let q = try LibraryQuery(text)
        let all = try matches(l, q)
        #expect(all.count > 3, "\(text) has matches enough to rank in steps")
        for limit in [1, 3, 10, 1_000] {
            for step in [1, 3, 1_000] {
                let r = try RankedSearch(q, in: l.store, limit: limit)
                var seen = 0
                while !(try r.advance(matches: step)) {
                    seen += step
                    #expect(r.matched == seen)
                    #expect(!r.isComplete)
                    // So far: the best of the matches ranked, as SQLite ranks those.
                    if seen % 7 == 0 || seen == step {
                        #expect(try r.hits().map(\.passage) == oracle(l, q, limit: limit, upTo: all[seen - 1]), "\(text) \(limit)/\(step) after \(seen)")
                    }
                }
                #expect(r.isComplete)
                #expect(r.matched == all.count)
                #expect(try r.hits().map(\.passage) == oracle(l, q, limit: limit), "\(text) limit \(limit), step \(step)")
            }
        }
    }

    /// The first page ranks its floor of matches, then goes on while its time lasts:
    /// with no time left it stops at the floor; with time enough it ranks every match,
    /// and the page is SQLite's own full ranking.
    @Test(arguments: ["kamer*", "minister OR kabinet"])
    func theFirstPageRanksItsFloorThenWhileItsTimeLasts(_ text: String) throws {
        let l = try lib()
        let q = try LibraryQuery(text)
        let all = try matches(l, q)
        #expect(all.count > 3)
        let stopped = try RankedSearch(q, in: l.store, limit: 1_000)
        #expect(try !stopped.advanceFirstPage(atLeast: 3, budget: .zero))
        #expect(stopped.matched == 3)
        #expect(try stopped.hits().map(\.passage) == oracle(l, q, limit: 1_000, upTo: all[2]))
        let finished = try RankedSearch(q, in: l.store, limit: 1_000)
        #expect(try finished.advanceFirstPage(atLeast: 3, budget: .seconds(60)))
        #expect(finished.isComplete && finished.matched == all.count)
        #expect(try finished.hits().map(\.passage) == oracle(l, q, limit: 1_000))
    }

    @Test func hitsCarryTheirPassagesColumns() throws {
        let l = try lib()
        let q = try LibraryQuery("conducteur")
        let r = try RankedSearch(q, in: l.store, limit: nil)
        try r.finish()
        let hits = try r.hits()
        #expect(Set(hits.map(\.label)) == ["Vraag 1", "Noot 1"])
        #expect(Set(hits.map(\.kind)) == [.question, .note])
        #expect(hits.allSatisfy { $0.document == $0.passage >> 20 && $0.position == Int($0.passage & 0xFFFFF) })
        #expect(try r.hits(count: 1).count == 1)
    }

    @Test func aQueryTheEngineRefusesIsAQueryErrorAtTheFirstStep() throws {
        let l = try lib()
        // Built by hand: the parser never makes an expression FTS5 refuses.
        let q = LibraryQuery(match: "\"kamer\" AND", filters: .init(), terms: [])
        let r = try RankedSearch(q, in: l.store, limit: 5)
        #expect(throws: QueryError.engine) { try r.advance(matches: 10) }
    }
}

/// The ranking's tie-break reads every document's date once and keeps it; another
/// instance writing the same index must not leave it ranking by the old dates.
@Suite struct RankedSearchDatesTests {
    @Test func datesWrittenByAnotherInstanceAreReadAgain() throws {
        let s = try Scratch()
        try s.write("a.txt", sampleDocument(number: 41, word: "drieling", date: "3 maart 2021"))
        try s.write("b.txt", sampleDocument(number: 42, word: "drieling", date: "3 maart 2022"))
        let first = try s.open()
        // Equal bm25: the newer document first.
        #expect(try first.hitNames("drieling").first == "b.txt:Vraag 1")
        // Another instance finds a.txt made the newest and indexes it again.
        try s.write("a.txt", sampleDocument(number: 41, word: "drieling", date: "3 maart 2025"))
        let second = try s.open()
        #expect(try second.hitNames("drieling").first == "a.txt:Vraag 1")
        // The first instance has not written, yet ranks by the new date.
        #expect(try first.hitNames("drieling").first == "a.txt:Vraag 1")
        #expect(try first.search(LibraryQuery("drieling")).groups.first?.document.received?.year == 2025)
    }
}
