import Foundation
import Testing
@testable import KamervragenLibrary
import KamervragenKit

/// Searches over the fixture library, on a real index. One index is shared by the
/// suite's tests, which therefore run one after the other (a connection is used by one
/// thread at a time).
@Suite(.serialized) struct SearchTests {
    nonisolated(unsafe) static let library: Result<(Scratch, Library), Error> = Result {
        let s = try Scratch()
        try s.addFixtures()
        // A document with ligatures and a decomposed accent, as some PDFs give them.
        try s.write("ligaturen.txt", sampleDocument(number: 9, word: "ĳsbeer en de ﬁets van het cre\u{65}\u{308}eren"))
        return (s, try s.open())
    }

    func lib() throws -> Library { try Self.library.get().1 }

    @Test func accentsAndLigaturesFold() throws {
        let l = try lib()
        #expect(try l.documentNames("creeren").contains("ah-tk-20232024-1031.txt"))
        #expect(try l.documentNames("creeren").contains("ah-tk-20232024-1197.txt"))
        #expect(try l.documentNames("creëren") == l.documentNames("creeren"))
        #expect(try l.documentNames("ijsbeer") == ["ligaturen.txt"])
        #expect(try l.documentNames("ĳsbeer") == ["ligaturen.txt"])
        #expect(try l.documentNames("fiets") == ["ligaturen.txt"])
        #expect(try l.documentNames("CONDUCTEUR") == ["ah-tk-20232024-1949.pdf"])
    }

    @Test func prefixPhraseExclusionAndOr() throws {
        let l = try lib()
        let prefix = try l.search(LibraryQuery("kamerbr*"))
        #expect(prefix.hitCount > 0)
        let snippets = try l.store.snippets(prefix.hits, query: prefix.query)
        #expect(snippets.allSatisfy { s in s.matches.contains { m in
            let word = String(Array(s.text)[m]).lowercased()
            return word.hasPrefix("kamerbr")
        } })
        #expect(try l.documentNames("\"Russische inspanningen\"") == ["ah-tk-20232024-1375.txt"])
        #expect(try l.documentNames("\"inspanningen Russische\"").isEmpty)
        let both = try Set(l.documentNames("conducteur OR netflix"))
        #expect(both == ["ah-tk-20232024-1949.pdf", "ah-tk-20232024-1197.txt"])
        #expect(try l.hitNames("conducteur") == ["ah-tk-20232024-1949.pdf:Vraag 1", "ah-tk-20232024-1949.pdf:Noot 1"])
        #expect(try l.hitNames("conducteur -mishandeld") == ["ah-tk-20232024-1949.pdf:Noot 1"])
    }

    @Test func filters() throws {
        let l = try lib()
        #expect(try l.documentNames("kamer party:D66") == ["ah-tk-20232024-1031.txt"])
        #expect(try l.documentNames("kamer* party:d66 party:sp").sorted() == ["ah-tk-20232024-1031.txt", "ah-tk-20232024-302.txt", "ah-tk-20232024-784.txt", "ah-tk-20242025-546.txt"])
        // A part of a joint party finds it: pvda finds GroenLinks-PvdA.
        #expect(try l.documentNames("kamer party:pvda").contains("ah-tk-20232024-1197.txt"))
        #expect(try l.documentNames("conducteur minister:yesilgoz") == ["ah-tk-20232024-1949.pdf"])
        #expect(try l.documentNames("conducteur minister:schippers").isEmpty)
        #expect(try l.documentNames("ziekenhuis* lid:bouwmeester") == ["ah-tk-20142015-698.txt"])
        #expect(try l.documentNames("ziekenhuis* lid:omtzigt").isEmpty)
        #expect(try l.documentNames("kamer to:2015").allSatisfy { $0 == "ah-tk-20142015-698.txt" })
        #expect(try l.documentNames("kamer from:2024-11-01").allSatisfy { ["AH604.txt", "AH605.txt", "ah-tk-20242025-546.txt", "ligaturen.txt"].contains($0) })
        let notes = try l.search(LibraryQuery("conducteur in:noot"))
        #expect(notes.hits.map(\.kind) == [.note])
        let questions = try l.search(LibraryQuery("conducteur in:vraag"))
        #expect(questions.hits.map(\.kind) == [.question])
    }

    @Test func hostileQueriesGiveResultsOrExplanationsNeverEngineErrors() throws {
        let l = try lib()
        for q in ["\"", "(", ")", "NEAR(kamer brief, 3)", "kamer*brief", "*", "-", "- -", "'; DROP TABLE documents; --",
                  "\" OR 1=1 --", "kamer: brief", "body:kamer", "{body}: kamer", "kamer AND", "NOT", "a OR OR b",
                  "\u{E000}kamer\u{E001}", "\u{0}", String(repeating: "(", count: 500), String(repeating: "kamer ", count: 300)] {
            do {
                let query = try LibraryQuery(q)
                _ = try l.search(query, limit: 5)
            } catch let e as QueryError {
                #expect(e != .engine, "the engine refused \(q)")
            }
        }
        // The index is unharmed.
        #expect(try l.documents().count == Scratch.fixtureCount + 1)
    }

    @Test func groupedByDocumentBestFirstAndHitsInReadingOrder() throws {
        let l = try lib()
        let r = try l.search(LibraryQuery("kamer"))
        #expect(r.total == r.hitCount)
        #expect(Set(r.groups.map(\.document.id)).count == r.groups.count)
        for g in r.groups {
            #expect(g.hits.map(\.position) == g.hits.map(\.position).sorted())
        }
        let best = r.groups.map { $0.hits.map(\.score).min()! }
        #expect(best == best.sorted())
        let capped = try l.search(LibraryQuery("kamer"), limit: 3)
        #expect(capped.hitCount == 3)
        #expect(capped.total == r.total)
    }

    @Test func privateUseCharactersInADocumentAreTextNotMarkers() throws {
        let s = try Scratch()
        try s.write("pua.txt", sampleDocument(number: 4, word: "pre\u{E000}fix\u{E001}post en \u{FFFF}teken"))
        let l = try s.open()
        let r = try l.search(LibraryQuery("teken"))
        let snippets = try l.store.snippets(r.hits, query: r.query)
        #expect(snippets.count == 2)
        for sn in snippets {
            #expect(sn.text.contains("pre\u{E000}fix\u{E001}post en \u{FFFF}teken"))
            #expect(sn.matches.map { String(Array(sn.text)[$0]) } == ["teken"])
        }
    }

    @Test func tiesRankNewerFirst() throws {
        let s = try Scratch()
        try s.write("old.txt", sampleDocument(number: 1, word: "tweeling", date: "3 maart 2021"))
        try s.write("new.txt", sampleDocument(number: 2, word: "tweeling", date: "3 maart 2024"))
        try s.write("mid.txt", sampleDocument(number: 3, word: "tweeling", date: "3 maart 2022"))
        let l = try s.open()
        #expect(try l.documentNames("tweeling") == ["new.txt", "mid.txt", "old.txt"])
    }

    /// The ranking keeps the best `limit` matches by bm25 alone and sorts ties by date
    /// afterwards; a tie that crosses the limit must still keep the newer documents.
    @Test func aTieAcrossTheLimitKeepsTheNewer() throws {
        let s = try Scratch()
        try s.write("old.txt", sampleDocument(number: 1, word: "tweeling", date: "3 maart 2021"))
        try s.write("new.txt", sampleDocument(number: 2, word: "tweeling", date: "3 maart 2024"))
        try s.write("mid.txt", sampleDocument(number: 3, word: "tweeling", date: "3 maart 2022"))
        let l = try s.open()
        let all = try l.search(LibraryQuery("tweeling"))
        #expect(all.hitCount == 6)
        let ranked = all.groups.flatMap { g in g.hits.map { (g.document, $0) } }.sorted { a, b in
            if a.1.score != b.1.score { return a.1.score < b.1.score }
            return (a.0.date?.description ?? "") > (b.0.date?.description ?? "")
        }
        for limit in 1...6 {
            let capped = try l.search(LibraryQuery("tweeling"), limit: limit)
            #expect(capped.total == 6)
            let names = Set(capped.groups.flatMap { g in g.hits.map { "\(g.document.fileName):\($0.label)" } })
            #expect(names == Set(ranked.prefix(limit).map { "\($0.0.fileName):\($0.1.label)" }), "limit \(limit)")
        }
        #expect(try l.search(LibraryQuery("tweeling"), limit: 1).groups.map(\.document.fileName) == ["new.txt"])
    }

    /// Snippets are read for many hits in one statement, over the range of rowids from
    /// the lowest to the highest: the matches in that range that were not asked for are
    /// not returned, and each hit gets its own.
    @Test func snippetsOfSomeHitsAreThoseOfEachAlone() throws {
        let l = try lib()
        let r = try l.search(LibraryQuery("kamer*"))
        let some = r.hits.enumerated().filter { $0.offset % 3 != 1 }.map(\.element)
        #expect(some.count > 3)
        let together = try l.store.snippets(some, query: r.query)
        let alone = try some.map { try l.store.snippets([$0], query: r.query)[0] }
        #expect(together == alone)
        #expect(together.allSatisfy { !$0.matches.isEmpty })
    }

    /// More hits than one statement takes (`snippetBatch`), in one document and in
    /// ranked order, not rowid order: each gets the snippet it gets alone.
    @Test func snippetsOfMoreHitsThanABatch() throws {
        let s = try Scratch()
        let n = LibraryStore.snippetBatch / 2 + 20
        var text = "AH 7\n2024Z10007\nAntwoord van minister Van Weel (Justitie en Veiligheid) (ontvangen 3 maart 2024)\n\n"
        for k in 1...n {
            text += "Vraag \(k)\nHoeveel ruimtevaart \(String(repeating: "ook ", count: k % 7)) is er in jaar \(k)?\n\n"
            text += "Antwoord op vraag \(k)\nDe ruimtevaart\(k % 3 == 0 ? "uitgaven" : "") van jaar \(k) is bekend.\n\n"
        }
        try s.write("veel.txt", text)
        let l = try s.open()
        let r = try l.search(LibraryQuery("ruimtevaart*"))
        #expect(r.hitCount == 2 * n)
        let ranked = try RankedSearch(r.query, in: l.store, limit: nil)
        try ranked.finish()
        let hits = try ranked.hits()
        #expect(hits.count > LibraryStore.snippetBatch)
        let together = try l.store.snippets(hits, query: r.query)
        #expect(together.count == hits.count)
        #expect(together.allSatisfy { sn in sn.matches.contains { String(Array(sn.text)[$0]).hasPrefix("ruimtevaart") } })
        for i in stride(from: 0, to: hits.count, by: 37) {
            #expect(together[i] == (try l.store.snippets([hits[i]], query: r.query)[0]), "hit \(i)")
        }
    }

    @Test func snippetsMarkTheMatches() throws {
        let l = try lib()
        let r = try l.search(LibraryQuery("conducteur"))
        let snippets = try l.store.snippets(r.hits, query: r.query)
        for s in snippets {
            #expect(!s.matches.isEmpty)
            for m in s.matches { #expect(String(Array(s.text)[m]).lowercased() == "conducteur") }
            #expect(!s.text.contains("\u{FFFD}") && !s.text.contains("\n"))
        }
    }
}

extension Scratch {
    static var fixtureCount: Int { (try? FileManager.default.contentsOfDirectory(atPath: fixtures.path).count) ?? 0 }
}
