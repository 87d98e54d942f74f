import BrowserCore
import CNcursesw
import KamervragenKit

/// Copies a `ScreenGrid` into curses' stdscr and refreshes once.
///
/// Every cell is written every frame; curses compares stdscr with what it knows is on the
/// terminal and sends only the difference, so a scroll by one line costs one line of
/// output, not a screen.
struct GridPainter {
    let palette: Palette
    /// Set when URLs go out as OSC 8 hyperlinks (`TerminalFeatures`).
    var hyperlinks: HyperlinkPainter?

    func paint(_ grid: ScreenGrid) {
        let window = kv_stdscr()
        let rows = min(grid.rows, Int(kv_lines()))
        let columns = min(grid.columns, Int(kv_cols()))
        if rows < Int(kv_lines()) || columns < Int(kv_cols()) { _ = werase(window) }
        var text = [wchar_t](repeating: 0, count: Int(kv_ccharw_max()) + 1)
        // One row at a time: the row's cells are made here and handed to curses in one
        // call, which copies them into its window (wide characters included) without the
        // per-character processing, cursor movement and bounds checks of adding them one by
        // one, which were most of the cost of painting the first screen.
        var buffer = [cchar_t](repeating: cchar_t(), count: columns)
        let blanks = palette.blankCells
        // A row's trailing blanks in the text role are cleared (`wclrtoeol`) rather than
        // copied cell by cell, when such a blank is the window's background, which is what
        // curses would make of it: the same cells either way, at a fraction of the cost
        // (curses renders and measures every cell it is handed). Curses then leaves the
        // terminal's cursor where the window's cursor is, so that is put back where the
        // copies alone would have left it: at the start of the last stretch copied.
        var background = cchar_t(), blank = blanks[Int(Role.text.rawValue)]
        let clearsBlanks = wgetbkgrnd(window, &background) == OK
            && withUnsafeBytes(of: &blank) { a in withUnsafeBytes(of: &background) { b in a.elementsEqual(b) } }
        var cleared = false
        var last = (row: Int(kv_getcury(window)), column: Int(kv_getcurx(window)))
        // The row's cells are written in place: an array's checks on each of the 28-byte
        // writes cost as much as the rest of the loop.
        buffer.withUnsafeMutableBufferPointer { line in
            for r in 0..<rows {
                if copyRow(r, of: grid, columns: columns, blanks: blanks, clearingBlanks: clearsBlanks, into: line, window: window,
                           text: &text, last: &last) {
                    cleared = true
                }
            }
        }
        if cleared { _ = wmove(window, Int32(last.row), Int32(last.column)) }
        if let cursor = grid.cursor, cursor.row < rows, cursor.column < columns {
            _ = curs_set(1)
            _ = wmove(window, Int32(cursor.row), Int32(cursor.column))
        } else {
            _ = curs_set(0)
        }
        _ = wrefresh(window)
        hyperlinks?.paint(grid)
    }

    /// Copies row `r` of the grid into curses' window (see `paint`), its trailing blanks
    /// cleared when `clearingBlanks`; `last` follows where curses' cursor would be left.
    /// Returns whether the row was cleared at its end.
    private func copyRow(_ r: Int, of grid: ScreenGrid, columns: Int, blanks: [cchar_t], clearingBlanks: Bool,
                         into line: UnsafeMutableBufferPointer<cchar_t>, window: UnsafeMutablePointer<WINDOW>?,
                         text: inout [wchar_t], last: inout (row: Int, column: Int)) -> Bool {
        let codes = grid.codes
        var count = 0, batchStart = 0
        let base = r * grid.columns
        var end = columns
        if clearingBlanks { while end > 0, codes[base + end - 1].isBlank { end -= 1 } }
        for c in 0..<end {
            let code = codes[base + c]
            if code.isContinuation { continue }
            // Printable ASCII, nearly every cell: nothing to make safe or measure, and
            // the role's blank cell with the letter put in (setcchar once per role, not
            // once per cell).
            if let ascii = code.printableASCII {
                if count == 0 { batchStart = c }
                line[count] = blanks[code.roleIndex]
                line[count].chars.0 = wchar_t(ascii)
                count += 1
                continue
            }
            fill(&text, with: SafeText.character(grid.character(code)))
            // A double-width character whose right half would fall off the screen
            // cannot be drawn; show a blank instead.
            if kv_wcwidth(text[0]) == 2, c + 1 >= columns { text[0] = 0x20; text[1] = 0 }
            if kv_wcwidth(text[0]) < 0 { text[0] = 0xFFFD; text[1] = 0 }
            // Where the C library's width differs from the layout's, curses would
            // shift the rest of the row; such a character is placed on its own.
            let layoutWidth = c + 1 < columns && codes[base + c + 1].isContinuation ? 2 : 1
            let alone = max(1, Int(kv_wcwidth(text[0]))) != layoutWidth
            if alone && count > 0 {
                last = (r, batchStart)
                _ = mvwadd_wchnstr(window, Int32(r), Int32(batchStart), line.baseAddress, Int32(count))
                count = 0
            }
            if count == 0 { batchStart = c }
            let style = palette[code.role]
            if setcchar(&line[count], text, style.attributes, style.pair, nil) != OK {
                text[0] = 0xFFFD; text[1] = 0
                _ = setcchar(&line[count], text, style.attributes, style.pair, nil)
            }
            count += 1
            if alone {
                last = (r, batchStart)
                _ = mvwadd_wchnstr(window, Int32(r), Int32(batchStart), line.baseAddress, Int32(count))
                count = 0
            }
        }
        if count > 0 {
            last = (r, batchStart)
            _ = mvwadd_wchnstr(window, Int32(r), Int32(batchStart), line.baseAddress, Int32(count))
        } else if end < columns {
            // The blanks would have begun a stretch of their own.
            last = (r, end)
        }
        if end < columns {
            _ = wmove(window, Int32(r), Int32(end))
            _ = wclrtoeol(window)
        }
        return end < columns
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
