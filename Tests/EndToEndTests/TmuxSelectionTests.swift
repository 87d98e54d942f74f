import Foundation
import Testing

/// Issue 9 item 6 on the real binary: `o` acts on the one selected link or says why not.
@Suite(.serialized)
struct TmuxSelectionTests {
    /// On the sample: `f`, Tab, Tab selects the answer link; `o` used to open the URL of
    /// note e1, which the pane still drew as selected. Now it says the answer link is not
    /// a web link, and the browser runs only for the marker selected after it.
    @Test func oOnTheAnswerLinkOpensNothingAndTheMarkerOpensItsNote() throws {
        let directory = NSTemporaryDirectory() + "kv-selection-\(UInt64.random(in: 0...UInt64.max))"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let record = directory + "/record"
        let browser = directory + "/fake-browser"
        // Appends, so a second start would show as a second line.
        try "#!/bin/sh\nprintf '%s\\n' \"$1\" >> \"\(record)\"\n".write(toFile: browser, atomically: true, encoding: .utf8)
        chmod(browser, 0o755)

        let tmux = try TmuxSession(TmuxSession.command([Seed.path], environment: ["BROWSER": browser]))
        defer { tmux.close() }
        try tmux.waitFor(text: "Vraag 1/9")
        try tmux.send("f")
        try tmux.waitFor(text: "Notes (1)")
        try tmux.send("Tab")
        try tmux.waitFor(text: "[e1] NOS")
        try tmux.send("Tab")
        try tmux.waitFor("the answer link selected") { $0.components(separatedBy: "\n").last { !$0.isEmpty }?.hasPrefix("→ Antwoord op vraag 1") == true }
        try tmux.send("o")
        try tmux.waitFor(text: "→ Antwoord op vraag 1 is not a web link · Enter follows it")
        try tmux.send("BTab")
        try tmux.send("o")
        try tmux.waitFor(text: "opening https://nos.nl/")
        let deadline = Date().addingTimeInterval(30)
        var lines: [String] = []
        while Date() < deadline {
            lines = ((try? String(contentsOfFile: record, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
            if !lines.isEmpty { break }
            usleep(50_000)
        }
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("https://nos.nl/artikel/2586742") == true)
        try tmux.send("q")
        try tmux.waitFor("the reader to exit") { _ in (try? tmux.paneIsDead) == true }
    }
}
