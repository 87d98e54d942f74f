import Testing
@testable import BrowserCore
import KamervragenKit

/// Issue 9 item 6: one selection, drawn once, and `o` acts on it or says why not.
@Suite struct SelectionTests {
    /// The characters drawn as the selected link, in screen order.
    func selectedText(_ b: Browser) -> String {
        String(b.render().cells.filter { $0.role == .selectedLink && !$0.isContinuation }.map(\.character))
    }

    /// The steps on the sample: `f`, Tab, Tab selects the answer link; the pane
    /// went on drawing note e1 as selected and `o` opened e1's nos.nl URL.
    @Test func oOnTheAnswerLinkSaysItIsNotAWebLink() throws {
        var b = Browser(document: try Fixture.seed(), rows: 24, columns: 80)
        b.press(.character("f"), .tab)
        #expect(b.selectedTarget == .note(NoteID(.endnote, "1")))
        #expect(selectedText(b) == "[e1]")
        b.press(.tab)
        #expect(b.selectedTarget == .answer(0))
        #expect(selectedText(b) == "Antwoord op vraag 1")
        #expect(b.handle(.character("o")) == [])
        #expect(b.row(23).hasPrefix("→ Antwoord op vraag 1 is not a web link · Enter follows it"))
        #expect(selectedText(b) == "Antwoord op vraag 1")
    }

    /// A note marker selected in the text is drawn once: its note leads the pane but is
    /// not highlighted there too, and `o` opens that note's URL.
    @Test func aSelectedMarkerIsDrawnOnceAndOOpensItsNote() throws {
        var b = Browser(document: try Fixture.seed(), rows: 24, columns: 80)
        b.press(.character("f"), .tab, .enter)
        #expect(b.notes?.focus == NoteID(.endnote, "1"))
        #expect(selectedText(b) == "[e1]")
        #expect(b.handle(.character("o")).first.map { if case .openURL(let u) = $0 { u.hasPrefix("https://nos.nl/") } else { false } } == true)
    }

    /// Nothing selected: `o` says how to select, even with the pane open on a note.
    @Test func oWithNothingSelectedSaysSo() throws {
        var b = Browser(document: try Fixture.seed(), rows: 24, columns: 80)
        b.press(.character("f"), .tab, .enter, .escape)
        b.press(.character("f"))
        #expect(b.selection == nil || b.selectedTarget != nil)
        b.press(.escape) // closes the pane; the marker in the text stays selected
        b.press(.escape) // clears the selection
        b.press(.character("f"))
        #expect(b.selection == nil)
        #expect(b.handle(.character("o")) == [])
        #expect(b.row(23).hasPrefix("select a URL or note with Tab first"))
        #expect(selectedText(b) == "")
    }
}
