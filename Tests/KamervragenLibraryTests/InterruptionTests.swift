import Foundation
import Synchronization
import Testing
@testable import KamervragenLibrary
import KamervragenKit

/// Stopping the indexer at random points (as Ctrl-C does) leaves whole documents: every
/// document in the index has all its passages, and the next run does only the rest.
@Suite struct InterruptionTests {
    final class StopAfter: Sendable {
        let remaining: Atomic<Int>
        init(_ n: Int) { remaining = Atomic(n) }
        func ask() -> Bool { remaining.wrappingSubtract(1, ordering: .relaxed).oldValue <= 0 }
    }

    @Test(arguments: [0, 1, 37, 150, 299])
    func stoppedAfterSomeFilesTheIndexHoldsWholeDocuments(stopAfter: Int) throws {
        let s = try Scratch()
        let count = 300
        for n in 1...count { try s.write("d\(n).txt", sampleDocument(number: n, word: "gedeeld nummer\(n)")) }
        var options = Library.Options(cacheDirectory: s.cache.path)
        let stop = StopAfter(stopAfter)
        options.indexer.shouldStop = { stop.ask() }
        options.indexer.batchSize = 16
        let first = try Library.open([s.docs.path], options: options)
        #expect(first.report.interrupted)
        let indexed = try first.documents().count
        #expect(indexed == first.report.indexed)
        #expect(indexed < count)
        // Every document present has both of its passages with the word.
        #expect(try first.search(LibraryQuery("gedeeld")).hitCount == 2 * indexed)
        let second = try s.open()
        #expect(!second.report.interrupted)
        #expect(second.report.unchanged == indexed)
        #expect(second.report.indexed == count - indexed)
        #expect(try second.documents().count == count)
        #expect(try second.search(LibraryQuery("gedeeld")).hitCount == 2 * count)
    }
}
