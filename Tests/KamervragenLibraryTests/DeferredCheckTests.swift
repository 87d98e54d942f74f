import Foundation
import Testing
@testable import KamervragenLibrary
import KamervragenKit

/// Re-opening from the index alone and checking the files afterwards, on real files.
@Suite struct DeferredCheckTests {
    @Test func noIndexYetMeansTheOrdinaryOpen() throws {
        let s = try Scratch()
        try s.addFixtures()
        #expect(Library.openIndexed([s.docs.path], options: Library.Options(cacheDirectory: s.cache.path)) == nil)
        #expect(Library.openIndexed([s.path("no-such-folder")], options: Library.Options(cacheDirectory: s.cache.path)) == nil)
    }

    @Test func changedRemovedAndNewFilesShowAfterTheCheck() throws {
        let s = try Scratch()
        try s.write("a.txt", sampleDocument(number: 1, word: "appelboom"))
        try s.write("b.txt", sampleDocument(number: 2, word: "berkenboom"))
        try s.write("c.txt", sampleDocument(number: 3, word: "cederboom"))
        let first = try s.open()
        #expect(try first.documents().count == 3)

        // Changed, removed and new while the library was closed.
        try s.write("a.txt", sampleDocument(number: 1, word: "abrikozenboom en meer tekst"))
        try FileManager.default.removeItem(atPath: s.path("b.txt"))
        try s.write("d.txt", sampleDocument(number: 4, word: "dennenboom"))

        let options = Library.Options(cacheDirectory: s.cache.path)
        let l = try #require(Library.openIndexed([s.docs.path], options: options))
        // The list at once, as the index holds it: the files are not looked at yet.
        #expect(try Set(l.documents().map(\.fileName)) == ["a.txt", "b.txt", "c.txt"])
        #expect(try l.documentNames("appelboom") == ["a.txt"])

        // A step with no time left stops before the first file; the next goes on.
        guard case .more = try l.update(budget: .zero, options: options) else {
            Issue.record("a step without time should leave work")
            return
        }
        guard case .done(let report) = try l.update(budget: .seconds(60), options: options) else {
            Issue.record("the check should end")
            return
        }
        #expect(report.indexed == 2)
        #expect(report.removed == 1)
        #expect(report.changesTheList)
        #expect(try Set(l.documents().map(\.fileName)) == ["a.txt", "c.txt", "d.txt"])
        #expect(try l.documentNames("appelboom").isEmpty)
        #expect(try l.documentNames("abrikozenboom") == ["a.txt"])
        #expect(try l.documentNames("dennenboom") == ["d.txt"])
        #expect(try l.documentNames("berkenboom").isEmpty)
    }

    @Test func anUnchangedLibraryChangesNothing() throws {
        let s = try Scratch()
        try s.addFixtures()
        _ = try s.open()
        let options = Library.Options(cacheDirectory: s.cache.path)
        let l = try #require(Library.openIndexed([s.docs.path], options: options))
        guard case .done(let report) = try l.update(budget: .seconds(60), options: options) else {
            Issue.record("the check should end")
            return
        }
        #expect(!report.changesTheList)
        #expect(report.unchanged == Scratch.fixtureCount)
    }
}
