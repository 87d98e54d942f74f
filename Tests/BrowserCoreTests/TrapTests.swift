import Testing
@testable import BrowserCore
import KamervragenKit

/// Issue 9 item 1: the reader trapped (`Range requires lowerBound <= upperBound` in
/// `visibleLines`) on a key typed into the search prompt after a resize, on a question
/// citing 10,000 notes. Each test here replays a path that trapped before its fix.
@Suite struct TrapTests {
    /// The issue's generator: one question citing `count` notes, each with a URL.
    static func manyNotes(_ count: Int) -> Document {
        var text = "Vraag 1\nTekst"
        for i in 1...count { text += "[footnoteRef:\(i)]" }
        text += " "
        for i in 1...count { text += "[\(i): noot \(i) https://x.example/\(i)]" }
        text += "\n\nAntwoord 1\nAntw.\n"
        return DocumentParser.parse(text, source: "notes.txt")
    }

    static let notes = manyNotes(10_000)

    /// The prompt remembered the top line of the layout it was opened in; a resize to a
    /// wider screen left that line past the end of the new, shorter layout, and the next
    /// typed letter put the screen there.
    @Test func typingInThePromptAfterAResizeToAShorterLayout() {
        var b = Browser(document: Self.notes, rows: 24, columns: 20)
        b.press(.character("G"), .character("/"))
        b.resize(rows: 100, columns: 300)
        b.type("x")
        let grid = b.render()
        #expect(grid.rows == 100 && grid.columns == 300)
        #expect(b.top <= b.maxTop)
    }

    /// `visibleLines` is total: the top line is the anchor's, held within the document,
    /// even for an anchor past the end or before the start (no stored line number can go
    /// stale), so the range never traps.
    @Test func visibleLinesHoldForAnAnchorOutsideTheDocument() {
        var b = Browser(document: makeDocument(questions(3)), rows: 10, columns: 40)
        b.anchor = Anchor(block: b.content.count + 50, offset: 10_000)
        #expect(b.top >= 0 && b.top <= b.maxTop)
        #expect(b.visibleLines.upperBound <= b.layout.count)
        b.anchor = Anchor(block: -3, offset: -3)
        #expect(b.top == 0)
        #expect(b.visibleLines.lowerBound == 0)
    }

    /// Every size from nothing to more than the document: each key leaves the top line
    /// within the document and renders a grid of exactly the size asked for.
    @Test func everySizeFromZeroUp() {
        let keys: [Key] = [.character("G"), .character("f"), .tab, .character("/"), .character("x"),
                           .escape, .character("t"), .character("G"), .escape, .character("h"), .end, .escape]
        for rows in [0, 1, 2, 3, 4, 5, 7, 200] {
            for columns in [0, 1, 2, 3, 10, 400] {
                var b = Browser(document: Self.small, rows: rows, columns: columns)
                for key in keys {
                    _ = b.handle(key)
                    let grid = b.render()
                    #expect(grid.rows == rows && grid.columns == columns && grid.cells.count == rows * columns)
                    #expect(b.top >= 0 && b.top <= b.maxTop)
                }
            }
        }
    }

    static let small = manyNotes(40)

    /// A combining accent typed into the prompt joins the letter before it. The prompt
    /// kept one result set per key, not per character, so Backspace removed the letter
    /// and left the results of "e" highlighted under an empty prompt.
    @Test func backspaceAfterACombiningMarkInThePrompt() {
        var b = Browser(document: makeDocument(questions(2)), rows: 12, columns: 60)
        b.press(.character("/"), .character("e"), .character("\u{301}"))
        #expect(b.prompt?.text == "e\u{301}")
        b.press(.backspace)
        #expect(b.prompt?.text == "")
        #expect(b.search == nil)
        #expect(!b.render().cells.contains { $0.role == .searchMatch || $0.role == .currentMatch })
    }

    /// The help scrolled to its end on a narrow screen (many wrapped lines), then widened:
    /// the scroll stayed past the end of the shorter help and the screen showed nothing.
    @Test func helpScrolledToItsEndThenWidened() {
        var b = Browser(document: Self.small, rows: 12, columns: 30)
        b.press(.character("h"), .character("G"))
        b.resize(rows: 12, columns: 200)
        guard case .help(let scroll) = b.mode else { Issue.record("help closed"); return }
        #expect(scroll <= b.helpMaxScroll)
        let last = KeyTable.helpLines(width: 200).last { !$0.isEmpty } ?? "?"
        #expect(b.render().text.contains(last))
    }

    /// The contents with its last question selected on a tall screen, then made short:
    /// the selected row must still be on screen.
    @Test func contentsSelectionStaysInViewWhenTheScreenShrinks() {
        var b = Browser(document: makeDocument(questions(40)), rows: 60, columns: 60)
        b.press(.character("t"), .character("G"))
        b.resize(rows: 8, columns: 60)
        #expect(b.render().cells.contains { $0.role == .selectedLink })
        #expect(b.row(b.rows - 1).hasPrefix("40/40"))
    }

    /// A link selected and then scrolled off screen is no longer selected: `o` opened a
    /// URL the reader could no longer see.
    @Test func aSelectedLinkScrolledAwayIsDropped() {
        var doc = makeDocument(questions(6))
        doc.questions[0].paragraphs = [Paragraph([.text("zie "), .url("https://example.org/a")])]
        var b = Browser(document: doc, rows: 8, columns: 60)
        b.press(.tab)
        #expect(b.selectedTarget == .url("https://example.org/a"))
        b.press(.character(" "), .character(" "))
        #expect(b.selection == nil)
        #expect(b.handle(.character("o")) == [])
    }
}
