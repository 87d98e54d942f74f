import Testing
@testable import BrowserCore
import KamervragenKit

/// Issue 9 item 1: the reader trapped (`Range requires lowerBound <= upperBound` in
/// `visibleLines`) on a key typed into the search prompt after a resize, on a question
/// citing 10,000 notes. Each test here replays a path that trapped before its fix.
@Suite struct TrapTests {
    /// The generator: one question citing `count` notes, each with a URL.
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
}
