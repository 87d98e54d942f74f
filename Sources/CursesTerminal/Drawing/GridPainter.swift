import BrowserCore
import CNcursesw

/// Copies a `ScreenGrid` into curses' stdscr and refreshes once.
///
/// Every cell is written every frame; curses compares stdscr with what it knows is on the
/// terminal and sends only the difference, so a scroll by one line costs one line of
/// output, not a screen.
struct GridPainter {
    let palette: Palette

    func paint(_ grid: ScreenGrid) {
        let window = kv_stdscr()
        let rows = min(grid.rows, Int(kv_lines()))
        let columns = min(grid.columns, Int(kv_cols()))
        if rows < Int(kv_lines()) || columns < Int(kv_cols()) { _ = werase(window) }
        var cell = cchar_t()
        var text = [wchar_t](repeating: 0, count: Int(kv_ccharw_max()) + 1)
        for r in 0..<rows {
            for c in 0..<columns {
                let source = grid[r, c]
                if source.isContinuation { continue }
                let style = palette[source.role]
                fill(&text, with: TerminalSafeText.character(source.character))
                // A double-width character whose right half would fall off the screen
                // would make curses wrap it; show a blank instead.
                if kv_wcwidth(text[0]) == 2, c + 1 >= columns { text[0] = 0x20; text[1] = 0 }
                if kv_wcwidth(text[0]) < 0 { text[0] = 0xFFFD; text[1] = 0 }
                if setcchar(&cell, text, style.attributes, style.pair, nil) != OK {
                    text[0] = 0xFFFD; text[1] = 0
                    _ = setcchar(&cell, text, style.attributes, style.pair, nil)
                }
                // Writing the bottom-right cell reports an error because the cursor cannot
                // move past it; the cell is drawn all the same.
                _ = mvwadd_wch(window, Int32(r), Int32(c), &cell)
            }
        }
        if let cursor = grid.cursor, cursor.row < rows, cursor.column < columns {
            _ = curs_set(1)
            _ = wmove(window, Int32(cursor.row), Int32(cursor.column))
        } else {
            _ = curs_set(0)
        }
        _ = wrefresh(window)
    }

    /// One character as the NUL-terminated wide string setcchar wants: a spacing scalar
    /// and at most CCHARW_MAX - 1 combining marks after it.
    private func fill(_ buffer: inout [wchar_t], with character: Character) {
        var i = 0
        for scalar in character.unicodeScalars where i < buffer.count - 1 {
            buffer[i] = wchar_t(bitPattern: scalar.value)
            i += 1
        }
        buffer[i] = 0
    }
}
