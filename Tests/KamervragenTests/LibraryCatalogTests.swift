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
}
