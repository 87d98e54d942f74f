import DocxBuilder
import Foundation
import Testing

/// A Word file in the browser: it opens at its cover letter, questions are reached by
/// number, the notes pane shows a typed note's URL and a Word footnote's body, a note
/// reference is followed to Word's footnote, `o` opens a Word hyperlink's URL, and the
/// file may come through a pipe and be searched.
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

    static let textURL = "https://nos.nl/artikel/1?a=1&b=2"
    static let noteURL = "https://www.tweedekamer.nl/kamerstukken/moties?id=2023Z1"
    static let letterURL = "https://www.rijksoverheid.nl/documenten/brief-3-mei"

    /// Question 1 cites a Word footnote and holds two Word hyperlinks, one shown as its
    /// URL (as Word's autoformat makes them) and one as its own words; the footnote's own
    /// hyperlink shows other text. The answer is long, so the document's list of notes at
    /// its end is off the first screen.
    static func linkedDocx() -> [UInt8] {
        func r(_ text: String) -> String { "<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r>" }
        let body = Docx.p("Vraag 1", bold: true)
            + "<w:p>\(r("Kent u de motie"))<w:r><w:footnoteReference w:id=\"2\"/></w:r>\(r(" en het bericht "))"
            + "<w:hyperlink r:id=\"rIdText\">\(r(Docx.escape(textURL)))</w:hyperlink>\(r("?"))</w:p>"
            + "<w:p>\(r("Zie ook "))<w:hyperlink r:id=\"rIdLetter\">\(r("de brief van 3 mei"))</w:hyperlink>\(r("."))</w:p>"
            + Docx.p("Antwoord op vraag 1", bold: true)
            + (1...30).map { Docx.p("Regel \($0) van het antwoord.") }.joined()
        let footnotes = "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
            + "<w:footnote w:id=\"2\"><w:p><w:r><w:footnoteRef/></w:r>\(r(" Kamerstukken II 2022/23, 29628, nr. 1135, zie "))"
            + "<w:hyperlink r:id=\"rIdNote\">\(r("de motie"))</w:hyperlink></w:p></w:footnote>"
        return Docx.build(body: body, footnotes: footnotes, links: [.init("rIdText", textURL), .init("rIdLetter", letterURL)],
                          footnoteLinks: [.init("rIdNote", noteURL)])
    }

    private func status(_ screen: String) -> String {
        screen.components(separatedBy: "\n").last { !$0.isEmpty } ?? ""
    }

    /// Tab until the status line shows `target` as the selected link.
    private func select(_ target: String, in tmux: TmuxSession) throws {
        for _ in 0..<8 {
            try tmux.send("Tab")
            if (try? tmux.waitFor("'\(target)' selected", timeout: 1) { self.status($0).contains(target) }) != nil { return }
        }
        throw TmuxSession.Failure(description: "Tab never selected \(target); screen was:\n\(try tmux.capture())")
    }

    @Test func noteReferenceFollowedToTheWordFootnote() throws {
        let setup = try FakeBrowser(documentName: "links.docx", bytes: Self.linkedDocx())
        defer { setup.remove() }
        let tmux = try TmuxSession(TmuxSession.command([setup.document]))
        defer { tmux.close() }
        try tmux.waitFor(text: "Vraag 1/1")
        #expect(try !tmux.capture().contains("Kamerstukken"))
        // The note marker selected (the status line shows its note), Enter opens the
        // notes pane with Word's footnote body under its title.
        try select("[1] Kamerstukken", in: tmux)
        try tmux.send("Enter")
        try tmux.waitFor("the notes pane with the footnote") { screen in
            let lines = screen.components(separatedBy: "\n")
            guard let title = lines.firstIndex(where: { $0.contains("Notes (1)") }), title + 1 < lines.count else { return false }
            return lines[title + 1].hasPrefix("[1] Kamerstukken II 2022/23, 29628, nr. 1135, zie de motie")
        }
    }

    @Test func oOpensAWordHyperlinkInTheTextAndInAFootnote() throws {
        let setup = try FakeBrowser(documentName: "links.docx", bytes: Self.linkedDocx())
        defer { setup.remove() }
        let tmux = try TmuxSession(TmuxSession.command([setup.document], environment: ["BROWSER": setup.browser]))
        defer { tmux.close() }
        try tmux.waitFor(text: "Vraag 1/1")
        try select(Self.textURL, in: tmux)
        try tmux.send("o")
        #expect(try setup.waitForRecord().first == Self.textURL + "|")
        try FileManager.default.removeItem(atPath: setup.record)
        // The hyperlink shown as its own words: the words on screen, the URL in the
        // status line once Tab selects it, and the URL is what `o` opens.
        let screen = try tmux.capture()
        #expect(screen.contains("Zie ook de brief van 3 mei.") && !screen.contains(Self.letterURL))
        try select(Self.letterURL, in: tmux)
        try tmux.send("o")
        #expect(try setup.waitForRecord().first == Self.letterURL + "|")
        try FileManager.default.removeItem(atPath: setup.record)
        // The footnote's hyperlink shows "de motie" and opens its relationship's target.
        try tmux.send("f")
        try tmux.waitFor(text: "Notes (1)")
        try select(Self.noteURL, in: tmux)
        try tmux.send("o")
        #expect(try setup.waitForRecord().first == Self.noteURL + "|")
        #expect(try !tmux.paneIsDead)
    }

    /// `cat FILE.docx | kamervragen -`: the Word file from a pipe, the keys from the terminal.
    @Test func wordFileThroughAPipe() throws {
        let tmux = try TmuxSession(TmuxSession.shellCommand)
        defer { tmux.close() }
        try tmux.waitFor(text: "PROMPT$")
        try tmux.type("cat \(TmuxSession.shellQuote(Self.lahlah)) | \(TmuxSession.shellQuote(Binary.path)) -; echo status:$?:")
        try tmux.send("Enter")
        try tmux.waitFor(text: "hoofddoekjes")
        try tmux.send("9")
        try tmux.send("g")
        try tmux.waitFor(text: "Vraag 9/9")
        // Search finds a word of question 8, once, and goes there.
        try tmux.send("/")
        try tmux.type("tulband")
        try tmux.waitFor(text: "/tulband")
        try tmux.send("Enter")
        try tmux.waitFor("the one match of question 8") { screen in
            let status = screen.components(separatedBy: "\n").last { !$0.isEmpty } ?? ""
            return status.contains("1/1") && screen.contains("keppel")
        }
        try tmux.send("q")
        try tmux.waitFor(text: "status:0:")
    }
}
