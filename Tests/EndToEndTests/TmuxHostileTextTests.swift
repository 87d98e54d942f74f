import Foundation
import Testing

/// A document cannot drive the terminal: escape sequences and control characters in its
/// text arrive as visible replacements, and the pane shows no effect of them.
struct TmuxHostileTextTests {
    @Test func escapeSequencesInTheDocumentAreShownNotObeyed() throws {
        let file = try HostileDocument.write()
        defer { try? FileManager.default.removeItem(atPath: file) }
        let tmux = try TmuxSession(TmuxSession.command([file]))
        defer { tmux.close() }
        let screen = try tmux.waitFor(text: "ROOD")
        // The text around the sequences is all there: nothing was cleared or swallowed.
        #expect(screen.contains("Wat vindt u van"))
        #expect(screen.contains("ACHT"))
        #expect(screen.contains("veilig"))
        // No raw control character reached the pane, so what is left of each sequence is
        // its printable tail after a visible stand-in for ESC.
        #expect(!screen.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B })
        #expect(screen.contains("[31mROOD") || screen.contains("31mROOD"))
        // The OSC did not retitle the pane.
        #expect(try tmux.display("#{pane_title}") != "PWNED")
        // With styles shown, ROOD carries no red the document asked for: the only SGR
        // sequences are those tmux writes for the browser's own roles.
        let styled = try tmux.capture(escapes: true)
        #expect(styled.contains("ROOD"))
        #expect(!styled.contains("\u{1B}[31mROOD"))
        // Still in the browser's screen (ESC [ ? 1049 l did not leave it) and still alive.
        #expect(try !tmux.paneIsDead)
    }

    /// The file name is shown in the title line; a crafted name is text too.
    @Test func escapeSequencesInTheFileNameAreShownNotObeyed() throws {
        let path = NSTemporaryDirectory() + "kv-\u{1B}]0;PWNED\u{07}-\(UInt64.random(in: 0...UInt64.max)).txt"
        try HostileDocument.text.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let tmux = try TmuxSession(TmuxSession.command([path]))
        defer { tmux.close() }
        let screen = try tmux.waitFor(text: "Vraag 1/1")
        let title = screen.components(separatedBy: "\n")[0]
        #expect(title.contains("kv-\u{241B}]0;PWNED\u{2407}-"))
        #expect(try tmux.display("#{pane_title}") != "PWNED")
    }
}
