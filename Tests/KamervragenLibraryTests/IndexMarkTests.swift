import Foundation
import Testing
@testable import KamervragenLibrary
import KamervragenKit

/// Hits ranked before the index changed: which rowids can still be read as they were
/// (`LibraryStore.read`, `rewritten(since:)`), on real files.
@Suite struct IndexMarkTests {
    /// The unread hits of a query, as the library view gets them.
    func unread(_ l: Library, _ text: String) throws -> [SearchHit] {
        let r = try RankedSearch(LibraryQuery(text), in: l.store, limit: nil)
        try r.finish()
        return r.unread()
    }

    @Test func aPassageGoneFromTheIndexIsReadAsNothingNotAsAPlaceholder() throws {
        let s = try Scratch()
        try s.write("a.txt", sampleDocument(number: 1, word: "appelboom"))
        try s.write("b.txt", sampleDocument(number: 2, word: "appelboom"))
        let l = try s.open()
        let hits = try unread(l, "appelboom")
        #expect(hits.count >= 2)
        let gone = try #require(l.documents().first { $0.fileName == "b.txt" }).id
        try l.store.apply([.remove(id: gone)])
        let read = try l.store.read(hits)
        #expect(read.count == hits.count)
        for (h, r) in zip(hits, read) {
            if h.document == gone {
                #expect(r == nil, "a passage of the removed document")
            } else {
                #expect(r?.label.isEmpty == false)
            }
        }
    }

    @Test func theDocumentsThisStoreWroteAgainAreKnownAnotherProcesssWritesAreNot() throws {
        let s = try Scratch()
        try s.write("a.txt", sampleDocument(number: 1, word: "appelboom"))
        try s.write("b.txt", sampleDocument(number: 2, word: "berkenboom"))
        try s.write("c.txt", sampleDocument(number: 3, word: "cederboom"))
        let options = Library.Options(cacheDirectory: s.cache.path)
        let l = try s.open()
        let ids = Dictionary(uniqueKeysWithValues: try l.documents().map { ($0.fileName, $0.id) })
        let mark = try l.store.mark()
        #expect(try l.store.rewritten(since: mark) == [])

        // a.txt changed (indexed again, same id), c.txt gone, d.txt new: b.txt's rowids
        // still name the passages they did.
        try s.write("a.txt", sampleDocument(number: 1, word: "abrikozenboom met meer tekst"))
        try FileManager.default.removeItem(atPath: s.path("c.txt"))
        try s.write("d.txt", sampleDocument(number: 4, word: "dennenboom"))
        guard case .done = try l.update(budget: .seconds(60), options: options) else {
            Issue.record("the update should end")
            return
        }
        #expect(try l.documents().first { $0.fileName == "a.txt" }?.id == ids["a.txt"], "a changed file keeps its id")
        let rewritten = try #require(try l.store.rewritten(since: mark))
        #expect(rewritten.isSuperset(of: [ids["a.txt"]!, ids["c.txt"]!]))
        #expect(!rewritten.contains(ids["b.txt"]!), "an unchanged document's rowids still name its passages")
        // The new document too: an id of a removed one may be given again.
        #expect(try rewritten.contains(#require(l.documents().first { $0.fileName == "d.txt" }).id))
        let later = try l.store.mark()
        #expect(try l.store.rewritten(since: later) == [])

        // Another process writes the index: which documents it changed is not known here.
        let other = try LibraryStore(file: try #require(l.store.file))
        try other.apply([.remove(id: ids["b.txt"]!)])
        #expect(try l.store.rewritten(since: later) == nil)
    }
}
