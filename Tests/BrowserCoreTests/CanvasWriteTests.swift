import Testing
@testable import BrowserCore
import KamervragenKit

/// `Canvas.write` takes printable ASCII without asking SafeText and DisplayWidth; the
/// cells must be those the general path makes, and the limit must cut alike.
@Suite struct CanvasWriteTests {
    @Test func asciiAndOtherCharactersMakeTheSameCells() {
        var canvas = Canvas(rows: 1, columns: 20)
        let end = canvas.write("ab\u{1B}c é漢~", role: .titleBar, row: 0, column: 1)
        #expect(end == 10)
        let cells = (0..<20).map { canvas.grid[0, $0] }
        #expect(cells[0] == Cell.blank)
        #expect(cells[1] == Cell("a", role: .titleBar) && cells[2] == Cell("b", role: .titleBar))
        #expect(cells[3] == Cell(SafeTextReplacement.escape, role: .replacement))
        #expect(cells[4] == Cell("c", role: .titleBar) && cells[5] == Cell(" ", role: .titleBar))
        #expect(cells[6] == Cell("é", role: .titleBar) && cells[7] == Cell("漢", role: .titleBar))
        #expect(cells[8] == Cell(" ", role: .titleBar, isContinuation: true))
        #expect(cells[9] == Cell("~", role: .titleBar) && cells[10] == Cell.blank)
    }

    @Test func theLimitCutsBeforeTheCharacterThatWouldCross() {
        var canvas = Canvas(rows: 1, columns: 10)
        #expect(canvas.write("abcdef", role: .text, row: 0, column: 2, limit: 5) == 5)
        #expect(canvas.grid.text == "  abc")
        var wide = Canvas(rows: 1, columns: 10)
        #expect(wide.write("a漢b", role: .text, row: 0, column: 0, limit: 2) == 1)
        #expect(wide.grid.text == "a")
    }
}

/// What SafeText shows for ESC.
enum SafeTextReplacement {
    static var escape: Character {
        if case .replacement(let c) = SafeText.display("\u{1B}") { return c }
        return "?"
    }
}
