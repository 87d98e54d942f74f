import Testing
@testable import BrowserCore
import KamervragenKit

/// With the notes pane open and the document's own "Noten" list on screen too, Tab
/// visits each link target once per cycle, the pane's copy of a URL (issue 3).
@Suite struct LinkCycleDedupTests {
    static let one = NoteID(.footnote, "1")

    func browser() -> Browser {
        var doc = makeDocument("Vraag 1\ntekst\n")
        doc.questions[0].paragraphs = [Paragraph([
            .text("bron"), .noteRef(Self.one), .text(" zie ook "), .url("https://nos.nl/a"),
        ])]
        doc.footnotes = [
            Footnote(id: Self.one, text: "NOS (https://nos.nl/a) en RTL (https://rtl.nl/b)",
                     urls: ["https://nos.nl/a", "https://rtl.nl/b"], line: 3),
        ]
        return Browser(document: doc, rows: 40, columns: 60)
    }

    @Test func eachTargetOnceWithThePaneCopyOfTheURLs() {
        var b = browser()
        // Without the pane: marker, the text's URL, and the Noten list's two URLs, of
        // which nos.nl/a repeats the text's: the first on screen stays.
        let closed = b.selectableLinks.compactMap { b.target(of: $0) }
        #expect(closed == [.note(Self.one), .url("https://nos.nl/a"), .url("https://rtl.nl/b")])
        b.press(.character("f"))
        #expect(b.render().text.contains("Notes"))
        var seen: [LinkTarget] = []
        var inPane: [Bool] = []
        for _ in 0..<3 {
            b.press(.tab)
            if let t = b.selectedTarget { seen.append(t) }
            inPane.append(b.selection?.pane != nil)
        }
        #expect(seen == [.note(Self.one), .url("https://nos.nl/a"), .url("https://rtl.nl/b")])
        #expect(inPane == [false, true, true])
        b.press(.tab)
        #expect(b.selectedTarget == .note(Self.one)) // the cycle is over after three
    }
}
