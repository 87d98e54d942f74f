import Foundation
import Testing
@testable import KamervragenLibrary
import KamervragenKit

/// The index follows the folder: changed, touched, removed and renamed files, each with
/// the least work (a file is read only when its size or time changed, and parsed only
/// when its content did).
@Suite struct IncrementalTests {
    @Test func anUnchangedLibraryIsNotReadAgain() throws {
        let s = try Scratch()
        let names = try s.addFixtures()
        _ = try s.open()
        let again = try s.open()
        #expect(again.report.unchanged == names.count)
        #expect(again.report.indexed == 0 && again.report.touched == 0 && again.report.removed == 0)
        #expect(try again.documents().count == names.count)
    }

    @Test func aChangedFileIsIndexedAgain() throws {
        let s = try Scratch()
        try s.write("a.txt", sampleDocument(number: 1, word: "zandzuiger"))
        try s.write("b.txt", sampleDocument(number: 2, word: "moerasvaren"))
        let first = try s.open()
        #expect(try first.hitNames("zandzuiger").count == 2)
        try s.write("a.txt", sampleDocument(number: 1, word: "veenmos") + "\n")
        let second = try s.open()
        #expect(second.report.indexed == 1)
        #expect(second.report.unchanged == 1)
        #expect(try second.hitNames("zandzuiger").isEmpty)
        #expect(try second.hitNames("veenmos") == ["a.txt:Vraag 1", "a.txt:Antwoord op vraag 1"])
        #expect(try second.hitNames("moerasvaren").count == 2)
        // One row per file still: the old passages went with the old text.
        #expect(try second.documents().count == 2)
        #expect(try second.hitNames("debat").count == 2)
    }

    @Test func aTouchedFileIsReadButNotParsedAgain() throws {
        let s = try Scratch()
        try s.write("a.txt", sampleDocument(number: 1, word: "zandzuiger"))
        _ = try s.open()
        let later = Date().addingTimeInterval(120)
        try FileManager.default.setAttributes([.modificationDate: later], ofItemAtPath: s.path("a.txt"))
        let second = try s.open()
        #expect(second.report.touched == 1)
        #expect(second.report.indexed == 0)
        // And the new time is remembered: the next run does not even read it.
        let third = try s.open()
        #expect(third.report.unchanged == 1 && third.report.touched == 0)
        #expect(try third.hitNames("zandzuiger").count == 2)
    }

    @Test func aRemovedFileLeavesTheIndex() throws {
        let s = try Scratch()
        try s.write("a.txt", sampleDocument(number: 1, word: "zandzuiger"))
        try s.write("b.txt", sampleDocument(number: 2, word: "moerasvaren"))
        _ = try s.open()
        try FileManager.default.removeItem(atPath: s.path("a.txt"))
        let second = try s.open()
        #expect(second.report.removed == 1)
        #expect(try second.hitNames("zandzuiger").isEmpty)
        #expect(try second.documents().map(\.fileName) == ["b.txt"])
        #expect(try second.hitNames("debat") == ["b.txt:Vraag 2"])
    }

    @Test func aRenamedFileKeepsItsEntryWithoutBeingParsedAgain() throws {
        let s = try Scratch()
        try s.write("a.txt", sampleDocument(number: 1, word: "zandzuiger"))
        try s.write("b.txt", sampleDocument(number: 2, word: "moerasvaren"))
        let first = try s.open()
        let id = try #require(first.documents().first { $0.fileName == "a.txt" }?.id)
        try FileManager.default.createDirectory(at: s.docs.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try FileManager.default.moveItem(atPath: s.path("a.txt"), toPath: s.path("sub/renamed.txt"))
        let second = try s.open()
        #expect(second.report.moved == 1)
        #expect(second.report.indexed == 0 && second.report.removed == 0)
        let moved = try #require(second.documents().first { $0.id == id })
        #expect(moved.path.hasSuffix("/sub/renamed.txt"))
        #expect(try second.hitNames("zandzuiger") == ["renamed.txt:Vraag 1", "renamed.txt:Antwoord op vraag 1"])
    }

    @Test func twoCopiesOfOneMovedFileAreBothIndexed() throws {
        let s = try Scratch()
        try s.write("a.txt", sampleDocument(number: 1, word: "zandzuiger"))
        _ = try s.open()
        try FileManager.default.copyItem(atPath: s.path("a.txt"), toPath: s.path("c.txt"))
        try FileManager.default.moveItem(atPath: s.path("a.txt"), toPath: s.path("b.txt"))
        let second = try s.open()
        #expect(second.report.moved == 1)
        #expect(second.report.indexed == 1)
        #expect(try second.documentNames("zandzuiger").sorted() == ["b.txt", "c.txt"])
    }

    @Test func aFileThatBecomesReadableIsIndexed() throws {
        let s = try Scratch()
        try s.write("a.txt", "no questions here\n")
        let first = try s.open()
        #expect(first.report.problems == 1)
        try s.write("a.txt", sampleDocument(number: 1, word: "zandzuiger"))
        let second = try s.open()
        #expect(second.report.indexed == 1)
        #expect(try second.store.problems().isEmpty)
        #expect(try second.hitNames("zandzuiger").count == 2)
    }
}
