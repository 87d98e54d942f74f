import Foundation
import Testing

/// The light palette reaches the terminal (issue 11): `--palette light`,
/// `KAMERVRAGEN_PALETTE=light` and a light `COLORFGBG` draw the question heading in blue and
/// URLs in blue, where the dark palette draws them yellow and cyan; plain text keeps the
/// terminal's own colours in both.
@Suite(.serialized)
struct TmuxPaletteTests {
    static let document = "Vraag 1\nZie https://example.org/pagina voor meer.\n\nAntwoord op vraag 1\nJa.\n"

    /// The screen with its SGR codes, once the reader has drawn it.
    func screen(arguments: [String], environment: [String: String] = [:]) throws -> [String] {
        let path = NSTemporaryDirectory() + "kv-palette-\(UInt64.random(in: 0...UInt64.max)).txt"
        try Self.document.write(toFile: path, atomically: true, encoding: .utf8)
        defer { unlink(path) }
        // The test runner's environment has been seen with NO_COLOR set, which the pane
        // would inherit; empty means colours, unless a test asks otherwise.
        let env = ["NO_COLOR": "", "COLORFGBG": "", "KAMERVRAGEN_PALETTE": ""].merging(environment) { _, new in new }
        let tmux = try TmuxSession(TmuxSession.command(arguments + [path], environment: env), columns: 80, rows: 10)
        defer { tmux.close() }
        try tmux.waitFor(text: "Vraag 1/1")
        return try tmux.capture(escapes: true).components(separatedBy: "\n")
    }

    func line(_ lines: [String], containing text: String) -> String {
        lines.first { $0.contains(text) } ?? ""
    }

    @Test func theLightPaletteDrawsHeadingAndURLInBlue() throws {
        let lines = try screen(arguments: ["--palette", "light"])
        #expect(line(lines, containing: "Vraag 1").contains("\u{1B}[34m"))
        #expect(!line(lines, containing: "Vraag 1").contains("\u{1B}[33m"))
        let url = line(lines, containing: "https://example.org/pagina")
        #expect(url.contains("\u{1B}[34mhttps://"))
        #expect(!url.contains("\u{1B}[36m"))
    }

    @Test func theDarkPaletteDrawsThemYellowAndCyan() throws {
        let lines = try screen(arguments: ["--palette", "dark"])
        #expect(line(lines, containing: "Vraag 1").contains("\u{1B}[33m"))
        #expect(line(lines, containing: "https://example.org/pagina").contains("\u{1B}[36mhttps://"))
    }

    @Test func theEnvironmentVariableAndALightBackgroundChooseLight() throws {
        let byVariable = try screen(arguments: [], environment: ["KAMERVRAGEN_PALETTE": "light"])
        #expect(line(byVariable, containing: "Vraag 1").contains("\u{1B}[34m"))
        let byBackground = try screen(arguments: [], environment: ["COLORFGBG": "0;15"])
        #expect(line(byBackground, containing: "Vraag 1").contains("\u{1B}[34m"))
        // The option wins over the variable.
        let both = try screen(arguments: ["--palette", "dark"], environment: ["KAMERVRAGEN_PALETTE": "light"])
        #expect(line(both, containing: "Vraag 1").contains("\u{1B}[33m"))
    }

    @Test func plainTextKeepsTheTerminalsColoursAndNoColorStillWins() throws {
        let lines = try screen(arguments: ["--palette", "light"])
        // "voor meer." is plain text: tmux shows it in the default colours (39/49), never
        // with a colour of the program's choosing.
        let text = line(lines, containing: "voor meer.")
        let plain = text.components(separatedBy: "voor meer.")[0].components(separatedBy: "\u{1B}[").last ?? ""
        #expect(plain.hasPrefix("0m") || plain.hasPrefix("39m") || plain.hasPrefix("49m"), "\(text.debugDescription)")
        let none = try screen(arguments: ["--palette", "light"], environment: ["NO_COLOR": "1"])
        let joined = none.joined(separator: "\n")
        for code in 31...37 { #expect(!joined.contains("\u{1B}[\(code)m"), "colour \(code) with NO_COLOR") }
    }
}
