import Testing
@testable import BrowserCore
import KamervragenKit

/// The status line must describe what is at the top after every history move. These were
/// found by hand: a jump remembers a heading as the "focus" so the status line can name it
/// near the end of the document, and moving back used to leave that focus (and the
/// question an answer was reached from) pointing at the place just left.
@Suite struct HistoryStatusTests {
    func browser(_ words: Int = 30) -> Browser {
        Browser(document: makeDocument(questions(9, combined: [3], words: words)), rows: 24, columns: 80)
    }

    func status(_ b: Browser) -> String { b.row(23) }

    /// Tabs until the given link is selected; fails the test if it never comes round.
    func select(_ target: LinkTarget, in b: inout Browser, sourceLocation: SourceLocation = #_sourceLocation) {
        for _ in 0..<20 where b.selectedTarget != target { b.press(.tab) }
        #expect(b.selectedTarget == target, sourceLocation: sourceLocation)
    }

    @Test func backAfterFollowingAnAnswerLink() {
        var b = browser()
        select(.answer(1), in: &b)
        b.press(.enter)
        #expect(b.row(1) == "Antwoord op vraag 2")
        #expect(status(b).hasPrefix("Antwoord op vraag 2 · Vraag 2/9"))
        b.press(.backspace)
        #expect(b.row(1) == "Vraag 1")
        #expect(status(b).hasPrefix("Vraag 1/9"))
        b.press(.right)
        #expect(b.row(1) == "Antwoord op vraag 2")
        #expect(status(b).hasPrefix("Antwoord op vraag 2 · Vraag 2/9"))
    }

    @Test func backAfterGoToQuestion() {
        var b = browser()
        b.type("2g")
        #expect(status(b).hasPrefix("Vraag 2/9"))
        b.press(.left)
        #expect(b.row(1) == "Vraag 1")
        #expect(status(b).hasPrefix("Vraag 1/9"))
        b.press(.right)
        #expect(status(b).hasPrefix("Vraag 2/9"))
    }

    @Test func backAfterContentsJump() {
        var b = browser()
        b.type("t")
        b.press(.down, .enter)
        #expect(b.row(1) == "Vraag 2")
        #expect(status(b).hasPrefix("Vraag 2/9"))
        b.press(.left)
        #expect(b.row(1) == "Vraag 1")
        #expect(status(b).hasPrefix("Vraag 1/9"))
    }

    @Test func backAfterAcceptingASearch() {
        var b = browser()
        b.type("2g")
        b.type("/Tekst van vraag 6")
        b.press(.enter)
        #expect(status(b).hasPrefix("Vraag 6/9"))
        b.press(.left)
        #expect(b.row(1) == "Vraag 2")
        #expect(status(b).hasPrefix("Vraag 2/9"))
        b.press(.left)
        #expect(b.row(1) == "Vraag 1")
        #expect(status(b).hasPrefix("Vraag 1/9"))
    }

    @Test func escapingASearchRestoresTheStatus() {
        // Short questions: Vraag 9 cannot reach the top, so only the focus names it.
        var b = browser(1)
        b.type("9g")
        #expect(status(b).hasPrefix("Vraag 9/9"))
        b.type("/Tekst van vraag 1")
        b.type("x") // no match: the screen goes back to where the search started
        #expect(status(b).hasPrefix("/Tekst van vraag 1x"))
        b.press(.escape)
        #expect(status(b).hasPrefix("Vraag 9/9"))
    }

    @Test func forwardNearTheEndNamesTheHeadingJumpedTo() {
        var b = browser(1)
        b.type("9ga")
        #expect(status(b).hasPrefix("Antwoord op vraag 9"))
        b.press(.left)
        #expect(status(b).hasPrefix("Vraag 9/9"))
        b.press(.left)
        #expect(status(b).hasPrefix("Vraag 1/9"))
        b.press(.right)
        #expect(status(b).hasPrefix("Vraag 9/9"))
        b.press(.right)
        #expect(status(b).hasPrefix("Antwoord op vraag 9"))
    }

    @Test func returningToACombinedAnswerRemembersItsQuestion() {
        var b = browser()
        b.type("4ga")
        #expect(status(b).hasPrefix("Antwoord op vragen 3 en 4 · Vraag 4/9"))
        b.type("a")
        #expect(b.row(1) == "Vraag 4")
        b.press(.left)
        #expect(b.row(1) == "Antwoord op vragen 3 en 4")
        #expect(status(b).hasPrefix("Antwoord op vragen 3 en 4 · Vraag 4/9"))
        // And `a` from there goes back to question 4, not 3.
        b.type("a")
        #expect(b.row(1) == "Vraag 4")
    }

    @Test func aJumpToWhereTheReaderAlreadyIsLeavesNoHistory() {
        var b = browser()
        b.type("]")
        b.type("jk") // scrolling forgets the focus; the same heading is at the top
        #expect(b.row(1) == "Vraag 2")
        b.type("2g")
        b.press(.left)
        #expect(b.row(1) == "Vraag 2")
        #expect(status(b).hasPrefix("no earlier position"))
    }

    @Test func aMatchLeftBehindLeavesTheStatusLineAndNStartsFromTheScreen() {
        var b = browser()
        b.type("/Tekst van vraag")
        b.press(.enter)
        #expect(status(b).hasSuffix("1/9 · 20%"), "\(status(b))")
        b.type("5g")
        #expect(b.row(1) == "Vraag 5")
        #expect(!status(b).contains("1/9 ·"), "\(status(b))")
        b.type("n")
        #expect(b.row(1) == "Vraag 5") // its own text is the next match: no scroll back up
        #expect(status(b).contains("5/9"), "\(status(b))")
        b.type("]")
        #expect(!status(b).contains("5/9"), "\(status(b))")
        b.press(.left) // back to before 5g: the first match is on screen, but no longer current
        #expect(b.row(1) == "Vraag 1")
        #expect(status(b).hasSuffix("   20%"), "\(status(b))")
        b.type("n")
        #expect(status(b).hasSuffix("1/9 · 20%"), "\(status(b))")
    }
}
