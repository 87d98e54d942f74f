import Foundation
import Testing

/// The real binary in a tmux pane under a Dutch and an English locale: every word the
/// program says on screen and on standard error is in that language, while the
/// document's own names for its parts (Vraag 1, Antwoord op vraag 1) stay as they are.
struct TmuxLanguageTests {
    static let dutch = ["LANG": "nl_NL.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""]
    static let english = ["LANG": "C", "LC_ALL": "", "LC_MESSAGES": ""]

    private func statusLine(_ screen: String) -> String {
        screen.components(separatedBy: "\n").last { !$0.isEmpty } ?? ""
    }

    @Test func theReaderSpeaksDutchUnderADutchLocale() throws {
        let tmux = try TmuxSession(TmuxSession.command([Seed.path], environment: Self.dutch), columns: 80, rows: 24)
        defer { tmux.close() }
        try tmux.waitFor(text: "Vraag 1/9 · beantwoord in Antwoord op vraag 1")
        try tmux.type("n")
        try tmux.waitFor(text: "geen zoekopdracht: typ / om te zoeken")
        try tmux.type("t")
        let contents = try tmux.waitFor(text: "Inhoud · ")
        #expect(statusLine(contents).contains("Enter springt · q sluit"))
        try tmux.type("q")
        try tmux.type("h")
        let help = try tmux.waitFor(text: "kamervragen-toetsen")
        #expect(!help.contains("Moving"))
    }

    @Test func theReaderSpeaksEnglishUnderTheCLocale() throws {
        let tmux = try TmuxSession(TmuxSession.command([Seed.path], environment: Self.english), columns: 80, rows: 24)
        defer { tmux.close() }
        try tmux.waitFor(text: "Vraag 1/9 · answered in Antwoord op vraag 1")
        try tmux.type("n")
        try tmux.waitFor(text: "no search: type / to search")
        try tmux.type("t")
        let contents = try tmux.waitFor(text: "Contents · ")
        #expect(statusLine(contents).contains("Enter jump · q close"))
        #expect(!contents.contains("Inhoud"))
    }

    /// An error on standard error, from the terminal layer (a terminal type curses does not
    /// know) and from loading, in each language, typed in a shell as a user would.
    @Test(arguments: [
        ("nl_NL.UTF-8", "onbekend terminaltype 'kv-onbekend'", "bestand bestaat niet"),
        ("C", "unknown terminal type 'kv-onbekend'", "no such file"),
    ])
    func errorsOnStandardErrorFollowTheLocale(lang: String, terminal: String, load: String) throws {
        let tmux = try TmuxSession(TmuxSession.shellCommand, columns: 110, rows: 12)
        defer { tmux.close() }
        try tmux.waitFor(text: "PROMPT$")
        let binary = TmuxSession.shellQuote(Binary.path)
        let missing = "/nonexistent/kv-ontbreekt.txt"
        try tmux.type("export LANG=\(lang) LC_ALL= LC_MESSAGES=; TERM=kv-onbekend \(binary) \(TmuxSession.shellQuote(Seed.path)); "
                      + "\(binary) \(missing); echo done:$?")
        try tmux.send("Enter")
        let screen = try tmux.waitFor("both errors") { $0.contains("done:66") || $0.contains("done:0") }
        #expect(screen.contains("kamervragen: " + terminal), "\(screen)")
        #expect(screen.contains("kamervragen: \(missing): \(load)"), "\(screen)")
    }
}
