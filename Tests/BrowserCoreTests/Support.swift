import Foundation
import Testing
@testable import BrowserCore
import KamervragenKit

/// Reads fixtures copied into the test bundle; tests never read ../shared.
enum Fixture {
    static func text(_ name: String) throws -> String {
        guard let url = Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil) else {
            throw FixtureError.missing(name)
        }
        return String(decoding: try Data(contentsOf: url), as: UTF8.self)
    }

    static func seed() throws -> Document {
        DocumentParser.parse(try text("seed.txt"), source: "seed.txt")
    }

    enum FixtureError: Error { case missing(String) }
}

/// Compares a screen with a stored snapshot. With `KAMERVRAGEN_RECORD=1` it rewrites the
/// file in the SOURCE tree instead, so snapshots can be re-recorded and reviewed after
/// the parser changes; without it the comparison is strict.
func expectSnapshot(_ grid: ScreenGrid, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let actual = grid.text + "\n"
    if ProcessInfo.processInfo.environment["KAMERVRAGEN_RECORD"] == "1" {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/snapshots")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try actual.write(to: dir.appendingPathComponent("\(name).txt"), atomically: true, encoding: .utf8)
        return
    }
    let expected = try Fixture.text("snapshots/\(name).txt")
    #expect(actual == expected, "snapshot \(name) differs; re-record with KAMERVRAGEN_RECORD=1 and review", sourceLocation: sourceLocation)
}

extension Browser {
    /// Feeds keys as the terminal would; `"3g"` types characters, other keys go as given.
    mutating func press(_ keys: Key...) { for k in keys { _ = handle(k) } }

    mutating func type(_ text: String) { for c in text { _ = handle(.character(c)) } }

    /// The text of screen row `row`, trimmed.
    func row(_ row: Int) -> String {
        render().text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)[row]
    }
}

/// A small document in the seed's heading style, so tests can say exactly what is in it.
func makeDocument(_ text: String) -> Document { DocumentParser.parse(text, source: "test.txt") }

func questions(_ count: Int, combined: Set<Int> = [], words: Int = 30) -> String {
    var out = ""
    var q = 1
    while q <= count {
        let body = (1...words).map { "woord\($0)" }.joined(separator: " ")
        out += "Vraag \(q)\nTekst van vraag \(q) \(body)\n\n"
        if combined.contains(q), q < count {
            out += "Vraag \(q + 1)\nTekst van vraag \(q + 1)\n\nAntwoord op vragen \(q) en \(q + 1)\nDit is het antwoord op \(q) \(body)\n\n"
            q += 2
        } else {
            out += "Antwoord op vraag \(q)\nDit is het antwoord op \(q) \(body)\n\n"
            q += 1
        }
    }
    return out
}
