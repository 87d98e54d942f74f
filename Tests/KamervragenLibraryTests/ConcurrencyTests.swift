import Foundation
import Testing
@testable import KamervragenLibrary
import KamervragenKit

/// Two instances on one library: they take turns (a lock file) and the index holds
/// each document once.
@Suite struct ConcurrencyTests {
    @Test func twoIndexersOnOneLibraryLeaveOneConsistentIndex() throws {
        let s = try Scratch()
        for n in 1...120 { try s.write("doc\(n).txt", sampleDocument(number: n, word: "vleermuis\(n) gedeeld")) }
        let path = s.docs.path, cache = s.cache.path
        let outcomes = Mutex2<[String]>([])
        let threads = (0..<2).map { _ in
            Thread {
                do {
                    let l = try Library.open([path], options: Library.Options(cacheDirectory: cache))
                    let r = l.report
                    outcomes.withLock { $0.append("\(r.indexed + r.unchanged)") }
                } catch {
                    outcomes.withLock { $0.append("error \(error)") }
                }
            }
        }
        threads.forEach { $0.start() }
        while !threads.allSatisfy(\.isFinished) { usleep(10_000) }
        #expect(outcomes.withLock { $0 } == ["120", "120"])
        let library = try s.open()
        #expect(library.report.unchanged == 120)
        #expect(try library.documents().count == 120)
        // Each document's passages once: a word in every document, once in its question
        // and once in its answer.
        #expect(try library.search(LibraryQuery("gedeeld")).hitCount == 240)
        #expect(try library.search(LibraryQuery("vleermuis77")).hitCount == 2)
    }
}

/// A lock around a value, for the test's threads.
final class Mutex2<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: T
    init(_ v: T) { value = v }
    func withLock<R>(_ body: (inout T) -> R) -> R {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}
