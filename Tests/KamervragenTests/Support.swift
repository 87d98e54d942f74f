import Foundation
@testable import BrowserCore
@testable import KamervragenLibrary
import KamervragenKit
@testable import kamervragen

/// A library of small documents in a temporary folder, its index in a scratch cache: the
/// library view's source (`LibraryCatalog`) on a real SQLite file.
final class Scratch {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("kamervragen-catalog-\(UUID().uuidString)")
    var docs: URL { root.appendingPathComponent("docs") }
    var cache: String { root.appendingPathComponent("cache").path }

    /// `count` documents, each a question and its answer that both name `word` (two hits
    /// a document), and `extra(k)` in the answer of document `k`.
    init(documents count: Int, word: String = "ruimtevaart", extra: (Int) -> String = { _ in "" }) throws {
        try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
        for k in 1...count { try write(k, word: word, extra: extra(k)) }
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    func write(_ k: Int, word: String = "ruimtevaart", extra: String = "") throws {
        let text = "Vraag 1\nHoeveel \(word) is er in provincie \(k)?\n\nAntwoord op vraag 1\nVeel \(word), zo'n \(k) bedrijven. \(extra)\n"
        try Data(text.utf8).write(to: docs.appendingPathComponent("doc-\(k).txt"))
    }

    var options: Library.Options { Library.Options(cacheDirectory: cache) }

    func library() throws -> Library { try Library.open([docs.path], options: options) }

    /// The view on the index, as `kamervragen DIR` makes it.
    func view(_ catalog: LibraryCatalog, rows: Int = 24, columns: Int = 80) throws -> LibraryBrowser {
        LibraryBrowser(source: catalog, documents: try catalog.rows(), rows: rows, columns: columns)
    }
}

extension LibraryCatalog {
    convenience init(_ library: Library) { self.init(library: library, limits: InputLimits()) }
}

extension LibraryBrowser {
    mutating func press(_ keys: Key...) { for k in keys { _ = handle(k) } }

    mutating func search(_ text: String) {
        press(.character("/"))
        for c in text { _ = handle(.character(c)) }
        press(.enter)
    }

    /// Idle steps until none is left (the ranking, the file check).
    mutating func idle() { while hasIdleWork && doIdleWork() {} }

    var lines: [String] { render().text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
}
