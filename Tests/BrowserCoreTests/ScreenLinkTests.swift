import Testing
@testable import BrowserCore
import KamervragenKit

/// The grid says which cells are a web link and where it leads (issue 11: OSC 8): the
/// terminal layer only draws what it is told.
@Suite struct ScreenLinkTests {
    func browser(_ paragraph: [Inline], columns: Int = 30) -> Browser {
        var doc = makeDocument("Vraag 1\ntekst\n")
        doc.questions[0].paragraphs = [Paragraph(paragraph)]
        return Browser(document: doc, rows: 12, columns: columns)
    }

    @Test func everyPieceOfAWrappedURLCarriesTheWholeTarget() {
        let url = "https://example.org/pagina/met/een/lange/weg"
        let grid = browser([.text("Zie "), .url(url), .text(" nu.")]).render()
        #expect(grid.links.count == 2)
        #expect(grid.links.allSatisfy { $0.target == url })
        let rows = grid.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for link in grid.links {
            let row = Array(rows[link.row])
            let shown = String(row[link.columns.clamped(to: 0..<row.count)])
            #expect(url.contains(shown) && !shown.isEmpty, "\(shown)")
        }
        #expect(grid.links[0].row + 1 == grid.links[1].row)
    }

    @Test func theColumnsCountWideCharactersBeforeTheLink() {
        let url = "https://x.nl/a"
        let grid = browser([.text("日本 "), .url(url)], columns: 40).render()
        let link = grid.links.first
        #expect(link?.columns == 5..<(5 + url.count))
    }

    @Test func aTargetIsPercentEncodedAndARefusedOneIsNoLink() {
        let good = browser([.url("https://example.org/créer")], columns: 60).render()
        #expect(good.links.map(\.target) == ["https://example.org/cr%C3%A9er"])
        let bad = browser([.url("javascript:alert(1)")], columns: 60).render()
        #expect(bad.links.isEmpty)
    }

    @Test func linksInsideTheDocumentAreNotWebLinks() throws {
        // Answer links and note markers lead within the document: no hyperlink.
        let doc = makeDocument("Vraag 1\nTekst.[1]\n\nAntwoord op vraag 1\nJa.\n\n[1] Een noot zonder adres.\n")
        let grid = Browser(document: doc, rows: 20, columns: 60).render()
        #expect(grid.links.isEmpty)
    }

    @Test func theFeaturesFollowTheSettingThenTheTerminal() {
        func features(_ env: [String: String]) -> TerminalFeatures { TerminalFeatures(environment: { env[$0] }) }
        #expect(features(["TERM": "xterm-256color", "TMUX": "/tmp/x,1,0"]).hyperlinks)
        #expect(features(["TERM": "xterm-kitty"]).hyperlinks)
        #expect(features(["TERM": "xterm-256color", "VTE_VERSION": "7200"]).hyperlinks)
        #expect(!features(["TERM": "xterm-256color", "VTE_VERSION": "4800"]).hyperlinks)
        #expect(!features(["TERM": "xterm-256color"]).hyperlinks)
        #expect(!features(["TERM": "linux", "KAMERVRAGEN_HYPERLINKS": ""]).hyperlinks)
        #expect(!features(["TERM": "screen", "VTE_VERSION": "7200"]).hyperlinks)
        #expect(features(["TERM": "xterm", "KAMERVRAGEN_HYPERLINKS": "yes"]).hyperlinks)
        #expect(!features(["TERM": "xterm-kitty", "KAMERVRAGEN_HYPERLINKS": "0"]).hyperlinks)

        #expect(features(["TERM": "xterm-kitty"]).clipboard == .osc52)
        #expect(features(["TERM": "xterm-256color", "TERM_PROGRAM": "WezTerm"]).clipboard == .osc52)
        #expect(features(["TERM": "xterm-256color", "TMUX": "/tmp/x,1,0"]).clipboard == .askTmux)
        #expect(features(["TERM": "xterm-kitty", "TMUX": "/tmp/x,1,0"]).clipboard == .askTmux)
        #expect(features(["TERM": "xterm-256color"]).clipboard == .program)
        #expect(features(["TERM": "xterm", "KAMERVRAGEN_CLIPBOARD": "osc52"]).clipboard == .osc52)
        #expect(features(["TERM": "xterm-kitty", "KAMERVRAGEN_CLIPBOARD": "program"]).clipboard == .program)
        #expect(features(["TERM": "xterm-kitty", "KAMERVRAGEN_CLIPBOARD": "off"]).clipboard == .off)
    }
}
