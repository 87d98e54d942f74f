import Foundation
import Testing

/// URLs reach the terminal as OSC 8 hyperlinks (issue 11): the whole target on every
/// piece of a wrapped URL, percent-encoded where it must be, never with document text in
/// the sequence; off with KAMERVRAGEN_HYPERLINKS=0; and the screen looks the same with
/// them as without.
@Suite(.serialized)
struct TmuxHyperlinkTests {
    static let url = "https://example.org/pagina/met/een/lange/weg?a=1&b=2"

    struct Run {
        let tmux: TmuxSession
        let output: String
        let document: String

        /// The bytes written since recording began, as text.
        func written() -> String {
            (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        }

        func waitForOutput(_ what: String, _ condition: (String) -> Bool) throws -> String {
            let deadline = Date().addingTimeInterval(10)
            var text = ""
            while Date() < deadline {
                text = written()
                if condition(text) { return text }
                usleep(50_000)
            }
            throw TmuxSession.Failure(description: "timed out waiting for \(what); output was:\n\(text.debugDescription)")
        }

        func close() {
            tmux.close()
            unlink(output)
            unlink(document)
        }
    }

    func start(_ text: String, columns: Int = 30, environment: [String: String] = [:], name: String? = nil) throws -> Run {
        let id = UInt64.random(in: 0...UInt64.max)
        let document = NSTemporaryDirectory() + (name ?? "kv-osc8-\(id).txt")
        let output = NSTemporaryDirectory() + "kv-osc8-\(id).out"
        try text.write(toFile: document, atomically: true, encoding: .utf8)
        let tmux = try TmuxSession(TmuxSession.command([document], environment: environment), columns: columns, rows: 10)
        try tmux.waitFor(text: "Vraag 1/")
        try tmux.recordOutput(to: output)
        return Run(tmux: tmux, output: output, document: document)
    }

    static func open(_ target: String) -> String { "\u{1B}]8;;\(target)\u{1B}\\" }
    static let close = "\u{1B}]8;;\u{1B}\\"

    @Test func aWrappedURLIsOneLinkOnEachOfItsLines() throws {
        let run = try start("Vraag 1\nZie \(Self.url) voor meer.\n\nAntwoord op vraag 1\nJa.\n")
        defer { run.close() }
        // Inside tmux the hyperlinks are on by default. Tab selects the URL, so its cells
        // are drawn again.
        try run.tmux.send("Tab")
        let out = try run.waitForOutput("two linked pieces") { $0.components(separatedBy: Self.open(Self.url)).count >= 3 }
        let pieces = out.components(separatedBy: Self.open(Self.url)).dropFirst().map { $0.components(separatedBy: Self.close)[0] }
        // The screen split the URL in two lines; each piece carries the whole target.
        let shown = pieces.prefix(2).map { piece in
            String(piece.unicodeScalars.filter { $0.value >= 0x20 && $0.value < 0x7F }.map(Character.init))
        }
        #expect(shown[0].hasSuffix("https://example.org/pagina/"))
        #expect(shown[1].hasSuffix("met/een/lange/weg?a=1&b=2"))
        // Curses' picture of the screen is still right: the screen shows the text once.
        let screen = try run.tmux.capture()
        #expect(screen.contains("https://example.org/pagina/\nmet/een/lange/weg?a=1&b=2 voor"))
    }

    @Test func aTargetIsPercentEncodedAndTheShownTextStaysAsWritten() throws {
        let run = try start("Vraag 1\nZie https://example.org/créer voor meer.\n\nAntwoord op vraag 1\nJa.\n", columns: 60)
        defer { run.close() }
        try run.tmux.send("Tab")
        let out = try run.waitForOutput("the link") { $0.contains("\u{1B}]8;;https://") }
        #expect(out.contains(Self.open("https://example.org/cr%C3%A9er")))
        #expect(!out.contains("\u{1B}]8;;https://example.org/cré"))
        try run.tmux.waitFor(text: "https://example.org/créer voor meer.")
    }

    @Test func hyperlinksCanBeTurnedOff() throws {
        let run = try start("Vraag 1\nZie \(Self.url) voor meer.\n\nAntwoord op vraag 1\nJa.\n",
                            environment: ["KAMERVRAGEN_HYPERLINKS": "0"])
        defer { run.close() }
        try run.tmux.send("Tab")
        try run.tmux.send("j")
        try run.tmux.waitFor(text: "100%")
        _ = try run.waitForOutput("some output") { !$0.isEmpty }
        usleep(300_000)
        #expect(!run.written().contains("\u{1B}]8;"))
    }

    @Test func theScreenIsTheSameWithAndWithoutHyperlinks() throws {
        let text = "Vraag 1\nZie \(Self.url) voor meer, en zie ook https://example.org/tweede.\n\n"
            + "Vraag 2\nEen tweede vraag met wat tekst die de regel vult.\n\n"
            + "Antwoord op vraag 1\nJa, https://example.org/antwoord.\n\nAntwoord op vraag 2\nNee.\n"
        var screens: [String] = []
        for setting in ["1", "0"] {
            // The same file name (it is in the title line) and colours on.
            let run = try start(text, environment: ["KAMERVRAGEN_HYPERLINKS": setting, "NO_COLOR": ""], name: "kv-osc8-same.txt")
            defer { run.close() }
            for key in ["Tab", "Tab", "j", "j", "Tab", "k", "Escape", "G", "g"] {
                try run.tmux.send(key)
                usleep(60_000)
            }
            try run.tmux.send("Tab")
            try run.tmux.waitFor("the selection") { $0.contains("https://example.org/pagi") }
            usleep(200_000)
            screens.append(try run.tmux.capture(escapes: true))
            if setting == "1" { #expect(run.written().contains("\u{1B}]8;;")) }
        }
        #expect(screens[0] == screens[1])
    }
}
