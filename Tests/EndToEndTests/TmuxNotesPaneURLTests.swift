import Foundation
import Testing

/// The URLs listed in the notes pane are links on screen: Tab reaches them after the text's
/// links, and Enter or `o` opens the one selected, also the second URL of a note.
@Suite(.serialized)
struct TmuxNotesPaneURLTests {
    @Test func tabReachesEachURLOfThePaneAndOpensIt() throws {
        let directory = NSTemporaryDirectory() + "kv-pane-url-\(UInt64.random(in: 0...UInt64.max))"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let document = directory + "/notes.txt"
        let record = directory + "/record"
        let browser = directory + "/fake-browser"
        // A long answer keeps the document's own list of notes below the first screen, so
        // the only URLs on screen are those in the pane.
        let answer = (1...60).map { "Dit is zin \($0) van het antwoord." }.joined(separator: " ")
        try """
            Vraag 1
            Zie het bericht[footnoteRef:1] en de brief.[footnoteRef:2] [1: NOS, https://nos.nl/artikel/1 en RTL, https://rtl.nl/2] [2: Brief, https://example.org/brief?a=1&b=2]

            Antwoord op vraag 1
            \(answer)

            """.write(toFile: document, atomically: true, encoding: .utf8)
        try "#!/bin/sh\nprintf '%s\\n' \"$1\" > \"\(record).tmp\"\nmv \"\(record).tmp\" \"\(record)\"\n"
            .write(toFile: browser, atomically: true, encoding: .utf8)
        chmod(browser, 0o755)

        func opened() throws -> String {
            let deadline = Date().addingTimeInterval(10)
            while Date() < deadline {
                if let text = try? String(contentsOfFile: record, encoding: .utf8) {
                    try? FileManager.default.removeItem(atPath: record)
                    return text.trimmingCharacters(in: .newlines)
                }
                usleep(50_000)
            }
            throw TmuxSession.Failure(description: "the fake browser never ran")
        }

        let tmux = try TmuxSession(TmuxSession.command([document], environment: ["BROWSER": browser]))
        defer { tmux.close() }
        try tmux.waitFor(text: "Vraag 1/1")
        try tmux.send("f")
        try tmux.waitFor(text: "Notes (2)")
        // Marker [1], marker [2], the answer link; then the pane: nos.nl, rtl.nl, example.org.
        for _ in 1...5 { try tmux.send("Tab") }
        try tmux.send("Enter")
        #expect(try opened() == "https://rtl.nl/2")
        try tmux.waitFor(text: "opening https://rtl.nl/2")
        try tmux.send("Tab")
        try tmux.send("o")
        #expect(try opened() == "https://example.org/brief?a=1&b=2")
        // Shift-Tab goes back through the pane the other way.
        try tmux.send("BTab")
        try tmux.send("BTab")
        try tmux.send("o")
        #expect(try opened() == "https://nos.nl/artikel/1")
        let screen = try tmux.waitFor(text: "opening https://nos.nl/artikel/1")
        #expect(screen.contains("[1] NOS, https://nos.nl/artikel/1"))
        #expect(try !tmux.paneIsDead)
    }
}
