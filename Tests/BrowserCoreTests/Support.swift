import Foundation
import Testing
@testable import BrowserCore
import KamervragenKit
import TestSupport

/// This target's fixtures, copied into its bundle.
enum Fixture: FixtureBundle {
    static let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)

    static func seed() throws -> Document {
        DocumentParser.parse(try text("seed.txt"), source: "seed.txt")
    }
}

/// Compares a screen with a stored snapshot. With `KAMERVRAGEN_RECORD=1` it rewrites the
/// file in the SOURCE tree instead, so snapshots can be re-recorded and reviewed after
/// the parser changes; without it the comparison is strict.
func expectSnapshot(_ grid: ScreenGrid, _ name: String, roles: Bool = false, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try expectSnapshot(text: grid.text + "\n", name, sourceLocation: sourceLocation)
    if roles { try expectSnapshot(text: roleMap(grid) + "\n", name + ".roles", sourceLocation: sourceLocation) }
}

/// The grid's roles as one letter per cell, so styling can be reviewed like the text:
/// `.` text, `T` title, `S` status, `Q` question heading, `A` answer heading, `a` answer
/// link, `n` note marker, `u` URL, `*` selected link, `m` match, `M` current match,
/// `d` dim, `b`/`p` pane border/title, `>` prompt, `!` message, `E` error, `?` replacement.
func roleMap(_ grid: ScreenGrid) -> String {
    let letters: [Role: Character] = [
        .text: ".", .titleBar: "T", .statusBar: "S", .questionHeading: "Q", .answerHeading: "A",
        .answerLink: "a", .noteMarker: "n", .url: "u", .selectedLink: "*", .searchMatch: "m",
        .currentMatch: "M", .metadata: "h", .notice: "N", .dim: "d", .paneBorder: "b", .paneTitle: "p",
        .prompt: ">", .message: "!", .error: "E", .replacement: "?",
    ]
    var lines: [String] = []
    for r in 0..<grid.rows {
        var line = ""
        for c in 0..<grid.columns {
            let cell = grid[r, c]
            line.append(cell.role == .text && cell.character == " " ? " " : letters[cell.role] ?? "#")
        }
        while line.last == " " { line.removeLast() }
        lines.append(line)
    }
    return lines.joined(separator: "\n")
}

func expectSnapshot(text actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
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
