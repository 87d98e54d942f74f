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

/// `Canvas.put(_:characters:row:column:)`, a line of a block in one pass, must leave the
/// grid and return the column exactly as `put` character by character does, wide
/// characters at the edge, rows off the grid and starts off the left included.
@Suite struct CanvasLineTests {
    static func oneByOne(_ canvas: inout Canvas, _ block: Block, _ range: Range<Int>, row: Int, column: Int) -> Int {
        var col = column
        for ci in range {
            col = canvas.put(block.character(at: ci), width: block.width(at: ci), role: block.role(at: ci), row: row, column: col)
            if col >= canvas.grid.columns { break }
        }
        return col
    }

    @Test func aLineInOnePassEqualsOneCharacterAtATime() {
        var block = Block(owner: .preamble, spaceBefore: false)
        block.append("Zie 漢字 en ", role: .text)
        block.append("https://example.org/漢", role: .url)
        block.append(" é\u{1B}x 🇳🇱 eind", role: .noteMarker)
        for columns in [1, 2, 3, 5, 8, 13, 40] {
            for (row, column) in [(0, 0), (1, 2), (2, -1), (5, 0), (-1, 0)] {
                for range in [0..<block.count, 3..<block.count, 0..<0, 5..<9] {
                    var fast = Canvas(rows: 3, columns: columns), slow = Canvas(rows: 3, columns: columns)
                    let a = fast.put(block, characters: range, row: row, column: column)
                    let b = Self.oneByOne(&slow, block, range, row: row, column: column)
                    #expect(a == b && fast.grid == slow.grid, "\(columns) columns, row \(row), column \(column), \(range)")
                }
            }
        }
    }
}

/// What SafeText shows for ESC.
enum SafeTextReplacement {
    static var escape: Character {
        if case .replacement(let c) = SafeText.display("\u{1B}") { return c }
        return "?"
    }
}
