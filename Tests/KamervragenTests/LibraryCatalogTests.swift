import Foundation
import Testing
@testable import BrowserCore
@testable import KamervragenLibrary
import KamervragenKit
@testable import kamervragen

/// The library view over its real source: `LibraryCatalog` on an index in a temporary
/// folder, driven by keys as the terminal drives it.
@Suite struct LibraryCatalogTests {
    /// A search that fails after its ranking has begun leaves the list shown, and that
    /// list's own ranking, as they were: the failed search's hits never take its place.
    @Test func aFailedSearchLeavesTheListShownAndItsRanking() throws {
        let s = try Scratch(documents: 60, extra: { $0 <= 20 ? "satelliet" : "" })
        let library = try s.library()
        let catalog = LibraryCatalog(library)
        // A first page of ten matches: the rest are ranked in idle steps.
        catalog.firstPage = (matches: 10, budget: .zero)
        var v = try s.view(catalog)
        v.search("ruimtevaart")
        #expect(v.isRanking)
        #expect(v.hits?.count == 10)

        // The passages' columns cannot be read: the next search fails once its ranking began.
        try library.store.db.execute("ALTER TABLE passages_content RENAME TO hidden")
        v.search("satelliet")
        #expect(v.lines.last?.contains("failed while searching") == true, "\(v.lines.last ?? "")")
        #expect(v.hits?.results.query == "ruimtevaart")
        try library.store.db.execute("ALTER TABLE hidden RENAME TO passages_content")

        v.idle()
        let h = try #require(v.hits)
        #expect(h.results.isComplete)
        #expect(h.results.query == "ruimtevaart")
        #expect(h.count == 120, "the shown search's own hits, ranked to the end")
        #expect(h.results.total == 120)
        #expect(v.lines[0].contains("120 hits in 60 documents"), "\(v.lines[0])")
    }

    /// A search with no hits says so and leaves the hits shown: those not read yet (past
    /// the first 200) are still read as they come on screen, with their labels, snippets
    /// and places, from the search they belong to.
    @Test func afterASearchWithNoHitsTheListShownStaysReadable() throws {
        let s = try Scratch(documents: 130)
        let catalog = LibraryCatalog(try s.library())
        var v = try s.view(catalog)
        v.search("ruimtevaart")
        #expect(v.hits?.count == 260)
        #expect(v.hits?.results.hits.last?.isPending == true)

        v.search("xyzzy")
        #expect(v.lines.last?.contains("nothing found for xyzzy") == true)
        #expect(v.hits?.results.query == "ruimtevaart")

        v.press(.character("G"))
        let h = try #require(v.hits)
        #expect(h.current == 259)
        let shown = h.hitsOnScreen(rows: 22)
        #expect(shown.contains(259))
        #expect(shown.allSatisfy { !h.results.hits[$0].isPending && !h.results.hits[$0].label.isEmpty })
        let hitLines = v.lines.filter { $0.hasPrefix("  ") }
        #expect(hitLines.count > 10)
        #expect(hitLines.allSatisfy { $0.contains("Vraag 1") || $0.contains("Antwoord op vraag 1") }, "\(hitLines)")
        #expect(hitLines.allSatisfy { $0.contains("ruimtevaart") }, "each with its snippet: \(hitLines)")

        // Enter: the reader at the hit's own passage, named as it is.
        let last = h.results.hits[259]
        v.press(.enter)
        #expect(v.showing == .reader)
        let status = v.lines.last ?? ""
        #expect(status.contains("hit 260/260 · \(last.label) ·"), "\(status)")
        #expect(last.passage == (last.label == "Vraag 1" ? .question(0) : .answer(0)))
        // N, back through hits read as they are opened.
        v.press(.character("N"))
        #expect(v.hits?.current == 258)
        #expect(v.hits?.results.hits[258].label.isEmpty == false)
        #expect(v.lines.last?.contains("hit 259/260 · \(v.hits?.results.hits[258].label ?? "?") ·") == true)
    }
}
