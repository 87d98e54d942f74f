import Foundation
import Testing

/// Issue 4 in the real terminal: the browser opens a corpus PDF directly, and a note
/// marker in the converted text leads to the note with its URL.
struct TmuxPDFTests {
    private func open() throws -> TmuxSession {
        let tmux = try TmuxSession(TmuxSession.command([PDFFixture.sinterklaas]), columns: 80, rows: 24)
        try tmux.waitFor(text: "Het afgelasten van diverse Sinterklaasintochten")
        try tmux.send("1", "g")
        try tmux.waitFor("question 1 at the top") {
            $0.components(separatedBy: "\n").dropFirst().first == "Vraag 1" && $0.contains("Vraag 1/5")
        }
        return tmux
    }

    private let noteText = "Hart van Nederland, 17 november 2023"
    private let noteURL = "(https://www.hartvannederland.nl/regio/overijssel/"

    @Test func tabToTheNoteMarkerAndEnterShowsTheNoteWithItsURL() throws {
        let tmux = try open()
        defer { tmux.close() }
        let before = try tmux.capture()
        #expect(before.components(separatedBy: "\n")[1] == "Vraag 1")
        #expect(before.contains("(KOZP)?[1]"))
        #expect(!before.contains(noteText))
        // Question 1's first link in reading order is its first note marker, [1].
        try tmux.send("Tab")
        try tmux.send("Enter")
        // Both at once: a capture can catch curses half-way through drawing the pane.
        let screen = try tmux.waitFor("the note with its URL") { $0.contains(self.noteText) && $0.contains(self.noteURL) }
        // The text stays where it was; the note opens in a pane below it.
        #expect(screen.components(separatedBy: "\n")[1] == "Vraag 1")
        try tmux.send("Escape")
        try tmux.waitFor("the pane to close") { !$0.contains(self.noteText) }
    }

    @Test func fShowsTheNotesOfTheScreen() throws {
        let tmux = try open()
        defer { tmux.close() }
        try tmux.send("f")
        try tmux.waitFor("both notes of question 1, with the first one's URL") {
            $0.contains(self.noteText) && $0.contains(self.noteURL) && $0.contains("[2] AD, 16 november 2023")
        }
        try tmux.send("q")
        try tmux.waitFor("the browser to exit") { _ in (try? tmux.paneIsDead) == true }
    }
}
