import Foundation
import Testing
@testable import KamervragenLibrary
import KamervragenKit

@Suite struct IndexingTests {
    @Test func indexesEveryFixtureDocumentWithItsMetadata() throws {
        let s = try Scratch()
        let names = try s.addFixtures()
        let library = try s.open()
        #expect(library.report.indexed == names.count)
        #expect(library.report.problems == 0)
        let docs = try library.documents()
        #expect(docs.count == names.count)
        let byName = Dictionary(uniqueKeysWithValues: docs.map { ($0.fileName, $0) })
        let d1031 = try #require(byName["ah-tk-20232024-1031.txt"])
        #expect(d1031.publicationID == "ah-tk-20232024-1031")
        #expect(d1031.number == "1031")
        #expect(d1031.askers == "Tjeerd de Groot, Sneller (D66)")
        #expect(d1031.parties == ["D66"])
        #expect(d1031.received == ISODate(year: 2024, month: 2, day: 14))
        #expect(d1031.questions == 16 && d1031.answered == 16)
        // A Word text without a header: the id comes from its number and its date.
        let d604 = try #require(byName["AH604.txt"])
        #expect(d604.publicationID == "ah-tk-20242025-604")
        #expect(d604.caseNumber == "2024Z18294")
        #expect(d604.answeredBy == "minister Van Weel (Justitie en Veiligheid)")
        // The PDF went through pdftotext.
        let pdf = try #require(byName["ah-tk-20232024-1949.pdf"])
        #expect(pdf.publicationID == "ah-tk-20232024-1949")
        #expect(pdf.questions == 5)
        // Newest first.
        let dates = docs.compactMap(\.date)
        #expect(dates == dates.sorted(by: >))
    }

    @Test func theIndexLivesInTheCacheWithPrivateModesAndTheDocumentsAreNotWritten() throws {
        let s = try Scratch()
        try s.addFixtures(["AH604.txt", "AH605.txt"])
        let before = try FileManager.default.contentsOfDirectory(atPath: s.docs.path).sorted()
        let bytes = try before.map { try Data(contentsOf: s.docs.appendingPathComponent($0)) }
        let times = try before.map { try FileManager.default.attributesOfItem(atPath: s.path($0))[.modificationDate] as? Date }
        _ = try s.open()
        #expect(try FileManager.default.contentsOfDirectory(atPath: s.docs.path).sorted() == before)
        #expect(try before.map { try Data(contentsOf: s.docs.appendingPathComponent($0)) } == bytes)
        #expect(try before.map { try FileManager.default.attributesOfItem(atPath: s.path($0))[.modificationDate] as? Date } == times)
        let dir = s.cache.path
        let files = try FileManager.default.contentsOfDirectory(atPath: dir)
        let index = try #require(files.first { $0.hasSuffix(".sqlite") })
        #expect(try FileManager.default.attributesOfItem(atPath: dir)[.posixPermissions] as? Int == 0o700)
        for f in files {
            #expect(try FileManager.default.attributesOfItem(atPath: dir + "/" + f)[.posixPermissions] as? Int == 0o600, "\(f)")
        }
        // A real SQLite file with the documents in it.
        let header = try Data(contentsOf: URL(fileURLWithPath: dir + "/" + index)).prefix(15)
        #expect(String(decoding: header, as: UTF8.self) == "SQLite format 3")
    }

    @Test func otherFilesAreSkippedAndCountedAndUnreadableOnesRemembered() throws {
        let s = try Scratch()
        try s.addFixtures(["AH605.txt"])
        try s.write("README.md", "# not a document\n")
        try s.write("notes.docx.bak", "x")
        try FileManager.default.createDirectory(at: s.docs.appendingPathComponent(".hidden"), withIntermediateDirectories: true)
        try s.write(".hidden/AH1.txt", sampleDocument(number: 1, word: "verborgen"))
        try s.write("binary.txt", String(repeating: "\u{0}\u{1}\u{2}", count: 100))
        let first = try s.open()
        #expect(first.report.skipped == 2)
        #expect(first.report.indexed == 1)
        #expect(first.report.problems == 1)
        #expect(try first.store.problems().map(\.fileName) == ["binary.txt"])
        #expect(try first.documents().map(\.fileName) == ["AH605.txt"])
        #expect(try first.hitNames("verborgen").isEmpty)
        // Not read again while it stays the same.
        let second = try s.open()
        #expect(second.report.unchanged == 2)
        #expect(second.report.indexed == 0 && second.report.problems == 0)
    }

    /// The walk resolves paths only for what it reaches through a symbolic link: a file
    /// reached twice (by its name and by a link, or through a linked folder) is one
    /// entry under its real path, a link out of the library gives the file's own path,
    /// and a link back up the tree does not loop.
    @Test func linksAreFollowedAndResolvedAndLoopsEnd() throws {
        let s = try Scratch()
        let fm = FileManager.default
        try s.write("AH1.txt", sampleDocument(number: 1, word: "eerste"))
        try fm.createDirectory(at: s.docs.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try s.write("sub/AH2.txt", sampleDocument(number: 2, word: "tweede"))
        let outside = s.root.appendingPathComponent("outside")
        try fm.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data(sampleDocument(number: 3, word: "derde").utf8).write(to: outside.appendingPathComponent("AH3.txt"))
        try fm.createSymbolicLink(atPath: s.path("link-to-1.txt"), withDestinationPath: s.path("AH1.txt"))
        try fm.createSymbolicLink(atPath: s.path("alias"), withDestinationPath: s.path("sub"))
        try fm.createSymbolicLink(atPath: s.path("sub/up"), withDestinationPath: s.docs.path)
        try fm.createSymbolicLink(atPath: s.path("third.txt"), withDestinationPath: outside.appendingPathComponent("AH3.txt").path)
        try fm.createSymbolicLink(atPath: s.path("readme.md"), withDestinationPath: s.path("AH1.txt"))
        let files = try LibraryFiles.discover([s.docs.path])
        let real = { (p: String) in URL(fileURLWithPath: p).resolvingSymlinksInPath().path }
        #expect(files.files.map(\.path) == [real(s.path("AH1.txt")), real(s.path("sub/AH2.txt")),
                                            real(outside.appendingPathComponent("AH3.txt").path)].sorted())
        #expect(files.skipped == 1)
        let library = try s.open()
        #expect(try library.documents().count == 3)
        #expect(try library.hitNames("derde") == ["AH3.txt:Vraag 1", "AH3.txt:Antwoord op vraag 1"])
    }

    @Test func aFileNamedExplicitlyIsTakenWhateverItsName() throws {
        let s = try Scratch()
        try s.write("vragen.md", sampleDocument(number: 7, word: "markdown"))
        let library = try s.open([s.path("vragen.md")])
        #expect(try library.hitNames("markdown") == ["vragen.md:Vraag 1", "vragen.md:Antwoord op vraag 1"])
    }

    @Test func aPathThatDoesNotExistIsAnError() throws {
        let s = try Scratch()
        #expect(throws: LibraryError.self) { try s.open([s.path("nowhere")]) }
        do {
            _ = try s.open([s.path("nowhere")])
        } catch let e as LibraryError {
            #expect(e.kind == .noInput)
            #expect(e.message.contains("nowhere") && e.message.contains(Catalogue.Library.noSuchPath.text()))
        }
    }

    @Test func passagesAreQuestionsAnswersAndNotesInReadingOrder() throws {
        let s = try Scratch()
        try s.addFixtures(["ah-tk-20232024-1949.pdf"])
        let library = try s.open()
        let results = try library.search(LibraryQuery("conducteur"))
        let labels = results.hits.map(\.label)
        #expect(labels == ["Vraag 1", "Noot 1"])
        #expect(results.hits.map(\.kind) == [.question, .note])
    }
}
