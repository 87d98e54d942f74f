import Foundation
import Testing
@testable import KamervragenLibrary
import KamervragenKit

/// A damaged index is rebuilt; a cache that cannot be written gives an in-memory index.
/// Both say so, and both still answer.
@Suite struct CacheTests {
    func indexFile(_ s: Scratch) throws -> URL {
        let name = try #require(FileManager.default.contentsOfDirectory(atPath: s.cache.path).first { $0.hasSuffix(".sqlite") })
        return s.cache.appendingPathComponent(name)
    }

    @Test func anIndexThatIsNotADatabaseIsRebuilt() throws {
        let s = try Scratch()
        try s.addFixtures(["AH604.txt", "AH605.txt"])
        _ = try s.open()
        let file = try indexFile(s)
        try Data(repeating: 0x5A, count: 8192).write(to: file)
        var notices: [String] = []
        let library = try s.open(notices: &notices)
        #expect(notices.count == 1)
        #expect(Catalogue.Library.indexDamaged.matches(notices[0]), "\(notices)")
        #expect(notices[0].contains(file.path))
        // SQLite's own words ("file is not a database") are not shown.
        #expect(!notices[0].contains("file is not a database") && !notices[0].contains("SQLite"))
        #expect(library.report.indexed == 2)
        #expect(try library.documents().count == 2)
        #expect(!library.store.isInMemory)
    }

    @Test func anIndexWithDamagedPagesIsRebuilt() throws {
        let s = try Scratch()
        try s.addFixtures()
        _ = try s.open()
        let file = try indexFile(s)
        // Keep the header, scramble everything after the first pages.
        var bytes = try Data(contentsOf: file)
        #expect(bytes.count > 64 * 1024)
        for i in stride(from: 4096, to: bytes.count, by: 7) { bytes[i] = UInt8(truncatingIfNeeded: i * 31) }
        try bytes.write(to: file)
        var notices: [String] = []
        let library = try s.open(notices: &notices)
        #expect(notices.contains { Catalogue.Library.indexDamaged.matches($0) }, "\(notices)")
        #expect(try library.documents().count == Scratch.fixtureCount)
        #expect(try library.hitNames("conducteur").count == 2)
    }

    @Test func aTruncatedIndexIsRebuilt() throws {
        let s = try Scratch()
        try s.addFixtures()
        _ = try s.open()
        let file = try indexFile(s)
        let bytes = try Data(contentsOf: file)
        try bytes.prefix(bytes.count / 3).write(to: file)
        var notices: [String] = []
        let library = try s.open(notices: &notices)
        #expect(try library.documents().count == Scratch.fixtureCount)
        #expect(try library.hitNames("conducteur").count == 2)
    }

    @Test func anIndexOfAnotherVersionIsMadeAnew() throws {
        let s = try Scratch()
        try s.addFixtures(["AH605.txt"])
        _ = try s.open()
        let db = try SQLiteConnection(path: indexFile(s).path)
        try db.execute("PRAGMA user_version = 99")
        let library = try s.open()
        #expect(library.report.indexed == 1)
        #expect(try library.documents().count == 1)
    }

    @Test func aCacheFolderThatCannotBeMadeGivesAnInMemoryIndex() throws {
        let s = try Scratch()
        try s.addFixtures(["AH604.txt", "ah-tk-20232024-1949.pdf"])
        // A file where the cache folder should be: mkdir fails, even for root.
        try Data("x".utf8).write(to: s.root.appendingPathComponent("blocked"))
        var notices: [String] = []
        let library = try s.open(cache: s.root.appendingPathComponent("blocked/kamervragen").path, notices: &notices)
        #expect(library.store.isInMemory)
        #expect(notices.count == 1 && Catalogue.Library.cannotCreateCache.matches(notices[0]), "\(notices)")
        #expect(try library.hitNames("conducteur").count == 2)
        #expect(try library.documents().count == 2)
    }

    @Test func aReadOnlyCacheGivesAnInMemoryIndex() throws {
        // Permission bits do not stop root, and the tests may run as root; /proc is
        // read-only for everyone, so a cache folder there cannot be made by anyone.
        let s = try Scratch()
        try s.addFixtures(["AH605.txt"])
        var notices: [String] = []
        let library = try s.open(cache: "/proc/kamervragen-cache", notices: &notices)
        #expect(library.store.isInMemory)
        #expect(notices.first?.contains("/proc/kamervragen-cache") == true)
        #expect(notices.first.map(Catalogue.Library.cannotCreateCache.matches) == true, "\(notices)")
        #expect(try library.documents().count == 1)
    }
}
