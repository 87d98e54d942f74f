import Testing
@testable import BrowserCore
import KamervragenKit

/// Tab reaches the URLs in the notes pane (DESIGN §6: the pane is on screen, so its links
/// are links on screen), after the links of the text.
@Suite struct NotesPaneLinkTests {
    static let one = NoteID(.footnote, "1")
    static let two = NoteID(.footnote, "2")

    /// A question citing two notes; note 1 has two URLs, note 2 one. A long second
    /// question keeps the document's own "Noten" section (with the same URLs) off screen.
    func browser(rows: Int = 16, columns: Int = 60, longNote: Bool = false) -> Browser {
        let long = (1...120).map { "woord\($0)" }.joined(separator: " ")
        var doc = makeDocument("Vraag 1\ntekst\n\nVraag 2\n\(long)\n")
        doc.questions[0].paragraphs = [Paragraph([
            .text("bron"), .noteRef(Self.one), .text(" en nog een"), .noteRef(Self.two), .text(" rest"),
        ])]
        let filler = longNote ? (1...40).map { "woord\($0)" }.joined(separator: " ") + " " : ""
        doc.footnotes = [
            Footnote(id: Self.one, text: "NOS (https://nos.nl/a) \(filler)en RTL (https://rtl.nl/b)",
                     urls: ["https://nos.nl/a", "https://rtl.nl/b"], line: 3),
            Footnote(id: Self.two, text: "Rijksoverheid, https://www.rijksoverheid.nl/c", urls: ["https://www.rijksoverheid.nl/c"], line: 4),
        ]
        return Browser(document: doc, rows: rows, columns: columns)
    }

    func selectedCells(_ b: Browser) -> String {
        String(b.render().cells.filter { $0.role == .selectedLink }.map(\.character))
    }

    @Test func tabGoesThroughTheTextThenThePaneURLs() {
        var b = browser()
        b.press(.character("f"))
        // The text: marker 1, marker 2, the "niet beantwoord" line has no link.
        b.press(.tab)
        #expect(b.selectedTarget == .note(Self.one))
        b.press(.tab)
        #expect(b.selectedTarget == .note(Self.two))
        b.press(.tab)
        #expect(b.selectedTarget == .url("https://nos.nl/a"))
        #expect(selectedCells(b).hasSuffix("https://nos.nl/a"))
        b.press(.tab)
        #expect(b.selectedTarget == .url("https://rtl.nl/b"))
        b.press(.tab)
        #expect(b.selectedTarget == .url("https://www.rijksoverheid.nl/c"))
        b.press(.tab)
        #expect(b.selectedTarget == .note(Self.one)) // wrapped around
        b.press(.backTab)
        #expect(b.selectedTarget == .url("https://www.rijksoverheid.nl/c"))
    }

    @Test func enterAndOOpenTheSelectedPaneURLNotTheFirstOfItsNote() {
        var b = browser()
        b.press(.character("f"), .tab, .tab, .tab, .tab)
        #expect(b.handle(.enter) == [.openURL("https://rtl.nl/b")])
        #expect(b.handle(.character("o")) == [.openURL("https://rtl.nl/b")])
        #expect(b.row(15).hasPrefix("opening https://rtl.nl/b"))
    }

    @Test func withThePaneClosedTabStaysInTheText() {
        var b = browser()
        b.press(.tab, .tab, .tab)
        #expect(b.selectedTarget == .note(Self.one))
    }

    @Test func closingThePaneDropsAPaneSelection() {
        var b = browser()
        b.press(.character("f"), .tab, .tab, .tab)
        #expect(b.selectedTarget == .url("https://nos.nl/a"))
        b.press(.escape)
        #expect(b.selectedTarget == nil)
        #expect(b.handle(.enter) == [])
        #expect(!b.render().cells.contains { $0.role == .selectedLink })
    }

    @Test func aURLDownALongNoteIsScrolledIntoThePane() {
        var b = browser(rows: 12, columns: 40, longNote: true)
        b.press(.character("f"))
        let pane = b.notesPaneLayout
        #expect(pane.lines.count > b.paneRows - 1)
        b.press(.tab, .tab, .tab, .tab)
        #expect(b.selectedTarget == .url("https://rtl.nl/b"))
        // The whole URL may wrap, but its start must be on screen, selected.
        #expect(b.render().cells.contains { $0.role == .selectedLink && $0.character == "h" })
        #expect(b.render().text.contains("https://rtl"))
    }
}
