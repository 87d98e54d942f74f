import BrowserCore
import CNcursesw
import KamervragenKit

/// Makes the grid's web links OSC 8 hyperlinks, which curses knows nothing of.
///
/// After curses has drawn a frame, the cells of each new or redrawn link are written again, the same
/// characters in the same style, between an OSC 8 that opens the link (its whole target,
/// on every piece of a wrapped URL) and one that closes it; then the attributes are reset
/// and the cursor put back where curses left it, so curses' picture of the screen stays
/// true (`RawOutput`). A terminal keeps a cell's link until something is written over it,
/// and curses does not rewrite a cell whose character and style did not change: so cells
/// that were part of a link in the last frame and are not now are written again without
/// one. Only targets `URLPolicy.hyperlinkTarget` made are sent, and asked for again here.
final class HyperlinkPainter {
    private let palette: Palette
    private var previous: [ScreenLink] = []
    /// The last frame, to tell a link curses left alone (same place, same cells) from one
    /// it drew again; nil after a full repaint.
    private var previousGrid: ScreenGrid?

    init(palette: Palette) {
        self.palette = palette
    }

    func paint(_ grid: ScreenGrid) {
        let current = grid.links
        guard !current.isEmpty || !previous.isEmpty else { return }
        var out = RawOutput()
        let rows = min(grid.rows, Int(kv_lines())), columns = min(grid.columns, Int(kv_cols()))
        // The grid's targets come from URLPolicy; this is asked again where bytes leave.
        let drawn = current.filter { isSafeTarget($0.target) && !isUntouched($0, in: grid) }
        for old in previous where !current.contains(old) {
            // Only the cells no link drawn now covers: those are written over anyway.
            var c = old.columns.lowerBound
            while c < old.columns.upperBound {
                let covering = drawn.first { $0.row == old.row && $0.columns.contains(c) }
                if let covering { c = covering.columns.upperBound; continue }
                var end = c + 1
                while end < old.columns.upperBound, !drawn.contains(where: { $0.row == old.row && $0.columns.contains(end) }) { end += 1 }
                write(grid, row: old.row, columns: c..<end, rows: rows, width: columns, into: &out)
                c = end
            }
        }
        for link in drawn {
            out.append("\u{1B}]8;;\(link.target)\u{1B}\\")
            write(grid, row: link.row, columns: link.columns, rows: rows, width: columns, into: &out)
            out.append("\u{1B}]8;;\u{1B}\\")
        }
        previous = current
        previousGrid = grid
        guard !out.isEmpty else { return }
        out.append(capability: "sgr0")
        if palette.hasColors { out.append(capability: "op") }
        out.moveTo(row: Int(kv_getcury(kv_curscr())), column: Int(kv_getcurx(kv_curscr())))
        out.flush()
    }

    /// After a full repaint (Ctrl-L, a return from Ctrl-Z) curses has rewritten every cell
    /// without its link: the next frame writes every link again.
    func forget() {
        previous = []
        previousGrid = nil
    }

    /// The link was in the last frame too, over the same characters in the same styles:
    /// curses sent nothing for those cells, so the terminal still has them linked, and
    /// writing them again every frame quadrupled what a key sends (a screen of the notes
    /// pane is full of URLs). (Curses may move a line by scrolling the terminal; the link
    /// moves with it, and lands where the grid has the same link again.)
    private func isUntouched(_ link: ScreenLink, in grid: ScreenGrid) -> Bool {
        guard let old = previousGrid, old.rows == grid.rows, old.columns == grid.columns,
              previous.contains(link), link.row < grid.rows, link.columns.upperBound <= grid.columns else { return false }
        for c in link.columns where old[link.row, c] != grid[link.row, c] { return false }
        return true
    }

    private func isSafeTarget(_ target: String) -> Bool {
        target.utf8.allSatisfy { $0 >= 0x21 && $0 <= 0x7E && $0 != 0x5C }
    }

    /// The cells of one row's range as curses drew them: style, then characters.
    private func write(_ grid: ScreenGrid, row: Int, columns range: Range<Int>, rows: Int, width: Int, into out: inout RawOutput) {
        guard row >= 0, row < rows else { return }
        // Never the bottom-right cell: writing there may scroll the screen.
        let end = min(range.upperBound, row == rows - 1 ? width - 1 : width)
        var c = max(0, range.lowerBound)
        while c < end, grid[row, c].isContinuation { c += 1 }
        guard c < end else { return }
        out.moveTo(row: row, column: c)
        var role: Role?
        while c < end {
            let cell = grid[row, c]
            c += 1
            if cell.isContinuation { continue }
            if cell.role != role {
                role = cell.role
                appendStyle(cell.role, to: &out)
            }
            out.append(bytes: shown(cell.character, lastColumn: c >= width))
        }
    }

    /// The character's bytes as the painter hands it to curses: made safe, and a blank or
    /// U+FFFD where curses would have drawn one.
    private func shown(_ character: Character, lastColumn: Bool) -> [UInt8] {
        let utf8 = character.utf8
        if utf8.count == 1, let a = utf8.first, a >= 0x20, a < 0x7F { return [a] }
        let safe = SafeText.character(character)
        guard let first = safe.unicodeScalars.first else { return [0x20] }
        let w = kv_wcwidth(wchar_t(bitPattern: first.value))
        if w < 0 { return Array("\u{FFFD}".utf8) }
        if w == 2 && lastColumn { return [0x20] }
        return Array(String(safe).utf8)
    }

    private func appendStyle(_ role: Role, to out: inout RawOutput) {
        let look = palette.look(role)
        out.append(capability: "sgr0")
        if palette.hasColors {
            out.append(capability: "op")
            if let fg = look.foreground { out.append(capability: "setaf", Int(fg.rawValue)) }
            if let bg = look.background { out.append(capability: "setab", Int(bg.rawValue)) }
        }
        if look.attributes.contains(.bold) { out.append(capability: "bold") }
        if look.attributes.contains(.dim) { out.append(capability: "dim") }
        if look.attributes.contains(.underline) { out.append(capability: "smul") }
        if look.attributes.contains(.reverse) { out.append(capability: "rev") }
    }
}
