import Foundation
import Testing

/// A Word file in the browser: it opens at its cover letter, questions are reached by
/// number, and the notes pane shows a typed note's URL and a Word footnote's body.
@Suite(.serialized)
struct TmuxWordTests {
    static let lahlah = Binary.packageRoot
        .appendingPathComponent("Tests/KamervragenKitTests/Fixtures/docx/antwoord_jenv-5401166_Lahlah-Chakor_hoofddoekjes-boa.docx").path

    @Test func notesPaneShowsTheNotesOfAWordFile() throws {
        let tmux = try TmuxSession(TmuxSession.command([Self.lahlah]))
        defer { tmux.close() }
        try tmux.waitFor(text: "hoofddoekjes")
        // Question 1 cites typed note 1), whose body names nos.nl without a scheme.
        try tmux.send("1")
        try tmux.send("g")
        try tmux.waitFor(text: "Vraag 1/9")
        try tmux.send("f")
        try tmux.waitFor(text: "nos.nl/artikel/2511721")
        // Answer 3 cites Word's own footnote 1, a different note from typed note 1.
        try tmux.send("f")
        try tmux.send("3")
        try tmux.send("g")
        try tmux.send("a")
        try tmux.send("f")
        let screen = try tmux.waitFor(text: "29 628, nr. 1099")
        #expect(!screen.contains("DOCPROPERTY"))
    }
}
