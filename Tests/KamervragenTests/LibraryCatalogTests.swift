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

    /// A document indexed again while its hits are listed (the file check after
    /// re-opening) keeps its id, so the rowids of its unread hits name the new text's
    /// passages: those hits show that they changed and do not open, never another
    /// passage's label or place; the other documents' hits read as ever.
    @Test func unreadHitsOfADocumentIndexedAgainShowThatTheyChanged() throws {
        let s = try Scratch(documents: 130)
        _ = try s.library()
        let library = try #require(Library.openIndexed([s.docs.path], options: s.options))
        let catalog = LibraryCatalog(library)
        var v = LibraryBrowser(source: catalog, documents: try catalog.rows(), rows: 24, columns: 80, checkFiles: true)
        v.search("ruimtevaart")
        let before = try #require(v.hits)
        #expect(before.count == 260)
        let last = before.results.documents[before.results.hits[259].document]
        #expect(before.results.hits[258].document == before.results.hits[259].document)
        #expect(before.results.hits[259].isPending)

        // The last document changes: its second passage is now another question.
        let changed = "Vraag 1\nHoeveel ruimtevaart?\n\nVraag 2\nEn hoeveel ruimtevaart nog meer?\n\n"
            + "Antwoord op vraag 1\nVeel ruimtevaart.\n\nAntwoord op vraag 2\nNog meer ruimtevaart.\n"
        try Data(changed.utf8).write(to: URL(fileURLWithPath: last.path))
        v.idle()
        #expect(v.lines.last?.contains("1 new or changed") == true, "\(v.lines.last ?? "")")

        v.press(.character("G"))
        let h = try #require(v.hits)
        #expect(h.current == 259)
        for k in [258, 259] {
            #expect(h.results.hits[k].label.isEmpty, "hit \(k) is not given another passage's label: \(h.results.hits[k].label)")
            #expect(!h.results.hits[k].isPending)
        }
        let lines = v.lines
        let rows = lines.indices.filter { lines[$0].contains(last.subject.isEmpty ? last.fileName : last.subject) }
        let row = try #require(rows.last)
        #expect(lines[row + 1].contains("changed since the search") && lines[row + 2].contains("changed since the search"),
                "\(lines[row...])")
        #expect(!lines.contains { $0.contains("Vraag 2") })
        // Enter does not open it: it says why.
        v.press(.enter)
        #expect(v.showing == .hits)
        #expect(v.lines.last?.contains("hit 260 changed since the search") == true, "\(v.lines.last ?? "")")
        // The hits of the other documents read as ever.
        v.press(.up, .up)
        #expect(v.hits?.current == 257)
        #expect(v.hits?.results.hits[257].label.isEmpty == false)
        #expect(v.hits.map { h in h.results.hits[257].document != h.results.hits[259].document } == true)
    }
}
