import Foundation
import Testing

/// Double-width and combining characters reach the terminal through the wide-character
/// API intact: each CJK character or emoji takes two columns, accents stay on their letter,
/// and nothing spills past the edge of a narrow pane.
struct TmuxWideTextTests {
    @Test func wideAndCombiningCharactersAtFortyColumns() throws {
        let path = NSTemporaryDirectory() + "kv-wide-\(UInt64.random(in: 0...UInt64.max)).txt"
        let filler = String(repeating: "woord ", count: 30)
        try "Vraag 1\nWat vindt u van 日本語のテキスト en ca\u{301}fe\u{301} en 👍 duim? \(filler)\n\nAntwoord op vraag 1\nPrima.\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let tmux = try TmuxSession(TmuxSession.command([path]), columns: 40, rows: 12)
        defer { tmux.close() }
        let screen = try tmux.waitFor(text: "Vraag 1/1")
        let lines = screen.components(separatedBy: "\n")
        // 16 + 8 double-width characters × 2 + " en cáfé" fill exactly the 40 columns.
        #expect(lines[2] == "Wat vindt u van 日本語のテキスト en cáfé")
        #expect(lines[3].hasPrefix("en 👍 duim? woord"))
        for line in lines {
            let columns = line.unicodeScalars.reduce(0) { width, scalar in
                if scalar.properties.generalCategory == .nonspacingMark { return width }
                return width + (scalar.properties.isEmojiPresentation || (0x3000...0x9FFF).contains(scalar.value) || (0x30A0...0x30FF).contains(scalar.value) ? 2 : 1)
            }
            #expect(columns <= 40, "\(line)")
        }
    }
}
