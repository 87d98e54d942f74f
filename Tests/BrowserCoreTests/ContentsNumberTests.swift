import Testing
@testable import BrowserCore
import KamervragenKit

/// The table of contents takes a question number, as the text does (issue 3).
@Suite struct ContentsNumberTests {
    func browser() -> Browser {
        Browser(document: makeDocument(questions(15)), rows: 12, columns: 70)
    }

    @Test func aNumberThenEnterJumpsToThatQuestion() {
        var b = browser()
        b.press(.character("t"))
        b.type("12")
        #expect(b.row(11).hasPrefix("12 · g or Enter: Vraag 12"))
        b.press(.enter)
        #expect(b.mode == .reading)
        #expect(b.currentQuestion == 11)
        #expect(b.row(1).hasPrefix("Vraag 12"))
    }

    @Test func aNumberThenGJumpsAndGAloneStillGoesToTheTop() {
        var b = browser()
        b.press(.character("t"))
        b.type("7g")
        #expect(b.mode == .reading)
        #expect(b.currentQuestion == 6)
        b.press(.character("t"), .character("G"), .character("g"))
        #expect(b.mode == .contents(selected: 0, scroll: 0))
    }

    @Test func anUnknownNumberKeepsTheContentsOpenWithAnError() {
        var b = browser()
        b.press(.character("t"))
        b.type("99")
        b.press(.enter)
        guard case .contents = b.mode else { Issue.record("contents closed"); return }
        #expect(b.row(11).hasPrefix("no question 99"))
        #expect(b.count == nil)
    }

    @Test func escapeAndBackspaceEditTheNumberBeforeClosing() {
        var b = browser()
        b.press(.character("t"))
        b.type("34")
        b.press(.backspace)
        #expect(b.row(11).hasPrefix("3 · g or Enter: Vraag 3"))
        b.press(.escape)
        guard case .contents = b.mode else { Issue.record("Esc with a number closed the contents"); return }
        #expect(!b.row(11).contains("g or Enter"))
        b.press(.enter) // no number: the selected line, question 1
        #expect(b.mode == .reading)
        #expect(b.currentQuestion == 0)
    }
}
