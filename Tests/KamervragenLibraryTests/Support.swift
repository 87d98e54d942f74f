import Foundation
@testable import KamervragenLibrary
import KamervragenKit

/// A scratch folder per test, with a library of fixture documents in `docs/` and the
/// cache in `cache/`: every test works on a real SQLite file in a temporary directory.
final class Scratch {
    let root: URL
    var docs: URL { root.appendingPathComponent("docs") }
    var cache: URL { root.appendingPathComponent("cache") }

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("kamervragen-library-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("docs"), withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// Copies fixture documents (all when `names` is empty) into `docs/`.
    @discardableResult
    func addFixtures(_ names: [String] = []) throws -> [String] {
        let all = try FileManager.default.contentsOfDirectory(atPath: Self.fixtures.path).sorted()
        let chosen = names.isEmpty ? all : names
        for name in chosen {
            try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent(name), to: docs.appendingPathComponent(name))
        }
        return chosen
    }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: docs.appendingPathComponent(name))
    }

    func path(_ name: String) -> String { docs.appendingPathComponent(name).path }

    /// Opens the library of `docs/` with the cache in `cache/`; notices are collected.
    func open(_ paths: [String]? = nil, cache: String? = nil, notices: inout [String]) throws -> Library {
        var collected: [String] = []
        let library = try Library.open(paths ?? [docs.path], options: Library.Options(cacheDirectory: cache ?? self.cache.path),
                                       notice: { collected.append($0) })
        notices += collected
        return library
    }

    func open(_ paths: [String]? = nil) throws -> Library {
        var notices: [String] = []
        return try open(paths, notices: &notices)
    }

    static var fixtures: URL {
        Bundle.module.url(forResource: "Fixtures/library", withExtension: nil)!
    }
}

extension Library {
    /// The hits of a query, as "file:label" in list order.
    func hitNames(_ query: String) throws -> [String] {
        try search(LibraryQuery(query)).groups.flatMap { g in g.hits.map { "\(g.document.fileName):\($0.label)" } }
    }

    /// The names of the documents with hits, in list order.
    func documentNames(_ query: String) throws -> [String] {
        try search(LibraryQuery(query)).groups.map(\.document.fileName)
    }
}

/// A fake-free document text in the seed's conventions, with a word of our choosing.
func sampleDocument(number: Int, word: String, date: String = "20 november 2024") -> String {
    """
    AH \(number)
    2024Z\(10000 + number)
    Antwoord van minister Van Weel (Justitie en Veiligheid) (ontvangen \(date))

    Vraag 1
    Wat vindt u van het bericht over \(word) in de krant?

    Antwoord op vraag 1
    Ik vind het bericht over \(word) belangrijk en zal de Kamer informeren.

    Vraag 2
    Bent u bereid de vragen voor het debat te beantwoorden?

    Antwoord op vraag 2
    Ja.
    """
}

extension MessageSet {
    /// True when `line` is this message with some arguments: the template's words, in
    /// order, in the process's language (the tests do not fix the locale).
    func matches(_ line: String) -> Bool {
        var rest = line[...]
        var template = self.template(in: .current)[...]
        while !template.isEmpty {
            let literal: Substring
            if let p = template.firstIndex(of: "%"), template.index(after: p) < template.endIndex {
                literal = template[..<p]
                template = template[template.index(p, offsetBy: 2)...]
            } else {
                literal = template
                template = template[template.endIndex...]
            }
            guard !literal.isEmpty else { continue }
            guard let r = rest.range(of: literal) else { return false }
            rest = rest[r.upperBound...]
        }
        return true
    }
}
