import Foundation
import Testing

/// `o` on a selected URL starts `$BROWSER` (no shell, detached, output kept off the screen),
/// and a missing opener is a message, not a failure.
@Suite(.serialized)
struct TmuxURLOpeningTests {
    /// A document with one URL, and a fake browser that records how it was started.
    private struct Setup {
        let directory: String
        var document: String { directory + "/url.txt" }
        var browser: String { directory + "/fake-browser" }
        var record: String { directory + "/record" }

        init() throws {
            directory = NSTemporaryDirectory() + "kv-url-\(UInt64.random(in: 0...UInt64.max))"
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try "Vraag 1\nZie https://example.org/pagina?a=1&b=2 voor meer.\n\nAntwoord op vraag 1\nJa.\n"
                .write(toFile: document, atomically: true, encoding: .utf8)
            // One line each: the arguments, where stdin, stdout and stderr point, and whether the
            // process leads its own session (setsid), written once it has all of them.
            let script = """
                #!/bin/sh
                in=$(readlink /proc/$$/fd/0)
                out=$(readlink /proc/$$/fd/1)
                err=$(readlink /proc/$$/fd/2)
                {
                printf '%s|' "$@"; echo
                echo "$in"
                echo "$out"
                echo "$err"
                awk '{ print ($6 == $1) ? "session-leader" : "same-session" }' /proc/$$/stat
                } > "\(record).tmp"
                mv "\(record).tmp" "\(record)"
                """
            try script.write(toFile: browser, atomically: true, encoding: .utf8)
            chmod(browser, 0o755)
        }

        /// Generous, as a safety net only: once, with four builds running, the fake
        /// browser (a shell, readlink and awk) took longer than 10 s to write its record.
        func waitForRecord() throws -> [String] {
            let deadline = Date().addingTimeInterval(30)
            while Date() < deadline {
                if let text = try? String(contentsOfFile: record, encoding: .utf8) {
                    return text.components(separatedBy: "\n")
                }
                usleep(50_000)
            }
            throw TmuxSession.Failure(description: "the fake browser never ran")
        }

        func remove() { try? FileManager.default.removeItem(atPath: directory) }
    }

    @Test func oStartsBrowserDetachedWithTheURLAsOneArgument() throws {
        let setup = try Setup()
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
        let setup = try Setup()
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
        let setup = try Setup()
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
        try tmux.waitFor(text: "Inhoud")
        #expect(try !tmux.paneIsDead)
    }
}
