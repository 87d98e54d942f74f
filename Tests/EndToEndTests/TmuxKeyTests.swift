import Foundation
import Testing

/// The keys a terminal sends, decoded by the real binary: arrows, paging, Home/End, F1,
/// Esc, Shift-Tab, Enter and Backspace, under the terminal types a user is likely to have
/// inside tmux (its own entry, and xterm's, whose Home/End sequences tmux does not send).
struct TmuxKeyTests {
    private func row(_ screen: String, _ n: Int) -> String {
        let lines = screen.components(separatedBy: "\n")
        return n < lines.count ? lines[n] : ""
    }

    private func status(_ screen: String) -> String {
        screen.components(separatedBy: "\n").last { !$0.isEmpty } ?? ""
    }

    @Test(arguments: ["xterm-256color", "tmux-256color", "screen-256color"])
    func specialKeysReachTheReader(term: String) throws {
        let tmux = try TmuxSession(TmuxSession.command([Seed.path], environment: ["TERM": term]))
        defer { tmux.close() }
        try tmux.waitFor(text: "Vraag 1/9")

        try tmux.send("Down")
        try tmux.waitFor("Down scrolls a line") { self.row($0, 1).hasPrefix("Wat is uw reactie") }
        try tmux.send("Up")
        try tmux.waitFor("Up scrolls back") { self.row($0, 1) == "Vraag 1" }

        try tmux.send("NPage")
        try tmux.waitFor("PgDn pages") { !$0.contains("Wat is uw reactie") && self.status($0).contains("2/9") }
        try tmux.send("PPage")
        try tmux.waitFor("PgUp pages back") { $0.contains("Wat is uw reactie") }

        try tmux.send("End")
        try tmux.waitFor("End goes to the end") { self.status($0).contains("100%") }
        try tmux.send("Home")
        try tmux.waitFor("Home goes to the top") { self.row($0, 1) == "Vraag 1" && self.status($0).hasPrefix("Vraag 1/9") }

        try tmux.send("F1")
        try tmux.waitFor("F1 opens help") { $0.contains("next question") && !$0.contains("Vraag 1/9") }
        try tmux.send("Escape")
        try tmux.waitFor("Esc closes help") { self.status($0).hasPrefix("Vraag 1/9") }

        // Shift-Tab selects the last link on screen (the answer link of question 2), Enter
        // follows it, Backspace comes back.
        try tmux.send("BTab")
        try tmux.send("Enter")
        try tmux.waitFor("Shift-Tab then Enter followed a link") { self.row($0, 1).hasPrefix("Antwoord op vraag") }
        try tmux.send("BSpace")
        try tmux.waitFor("Backspace went back") { self.row($0, 1) == "Vraag 1" }
        #expect(try !tmux.paneIsDead)
    }

    /// `kamervragen - < FILE` reads the document from stdin and the keys from /dev/tty.
    @Test func documentOnStdinKeysFromTheTerminal() throws {
        let tmux = try TmuxSession(TmuxSession.shellCommand)
        defer { tmux.close() }
        try tmux.waitFor(text: "PROMPT$")
        try tmux.type("\(TmuxSession.shellQuote(Binary.path)) - < \(TmuxSession.shellQuote(Seed.path)); echo status:$?:")
        try tmux.send("Enter")
        try tmux.waitFor(text: "Vraag 1/9")
        try tmux.send("]")
        try tmux.waitFor(text: "Vraag 2/9")
        try tmux.send("q")
        try tmux.waitFor(text: "status:0:")
    }
}
