import Foundation
import Testing

/// `o` on a selected URL starts `$BROWSER` (no shell, detached, output kept off the screen),
/// and a missing opener is a message, not a failure.
@Suite(.serialized)
struct TmuxURLOpeningTests {
    /// A document with one URL, beside the fake browser.
    static func setup() throws -> FakeBrowser {
        try FakeBrowser(documentName: "url.txt",
                        bytes: Array("Vraag 1\nZie https://example.org/pagina?a=1&b=2 voor meer.\n\nAntwoord op vraag 1\nJa.\n".utf8))
    }

    @Test func oStartsBrowserDetachedWithTheURLAsOneArgument() throws {
        let setup = try Self.setup()
        defer { setup.remove() }
        let tmux = try TmuxSession(TmuxSession.command([setup.document], environment: ["BROWSER": setup.browser]))
        defer { tmux.close() }
        try tmux.waitFor(text: "Vraag 1/1")
        try tmux.send("Tab")
        try tmux.send("o")
        let record = try setup.waitForRecord()
        // The & in the URL reached the program as text: no shell ever saw it.
        #expect(record[0] == "https://example.org/pagina?a=1&b=2|")
        #expect(record[1] == "/dev/null")
        #expect(record[2] == "/dev/null")
        #expect(record[3] == "/dev/null")
        #expect(record[4] == "session-leader")
        let screen = try tmux.waitFor(text: "opening https://example.org")
        #expect(!screen.contains("cannot open"))
        #expect(try !tmux.paneIsDead)
    }

    @Test func browserVariableWithPlaceholderAndList() throws {
        let setup = try Self.setup()
        defer { setup.remove() }
        // The first entry cannot be found, so the second is used; %s is where the URL goes.
        let browser = "/nonexistent/browser:\(setup.browser) --new-tab %s --end"
        let tmux = try TmuxSession(TmuxSession.command([setup.document], environment: ["BROWSER": browser]))
        defer { tmux.close() }
        try tmux.waitFor(text: "Vraag 1/1")
        try tmux.send("Tab")
        try tmux.send("o")
        let record = try setup.waitForRecord()
        #expect(record[0] == "--new-tab|https://example.org/pagina?a=1&b=2|--end|")
    }

    @Test func noOpenerIsAMessageInTheStatusLine() throws {
        let setup = try Self.setup()
        defer { setup.remove() }
        let tmux = try TmuxSession(
            TmuxSession.command([setup.document], environment: ["BROWSER": "", "PATH": setup.directory + "/nothing-here"]))
        defer { tmux.close() }
        try tmux.waitFor(text: "Vraag 1/1")
        try tmux.send("Tab")
        try tmux.send("o")
        try tmux.waitFor(text: "cannot open URL: no $BROWSER and no xdg-open")
        // Not a failure: the reader goes on.
        try tmux.send("t")
        try tmux.waitFor(text: "Contents")
        #expect(try !tmux.paneIsDead)
    }
}
