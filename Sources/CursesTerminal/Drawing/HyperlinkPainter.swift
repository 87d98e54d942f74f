import BrowserCore
import CNcursesw
import KamervragenKit

/// Makes the grid's web links OSC 8 hyperlinks, which curses knows nothing of.
///
/// After curses has drawn a frame, the cells `LinkRepaint` picks are written again, the
/// same characters in the same style: each link that curses may have touched, between an
/// OSC 8 that opens the link (its whole target, on every piece of a wrapped URL) and one
/// that closes it, and each cell that may still carry an old link (curses leaves a cell
/// alone when its text did not change, and a scrolled line takes its links along), with
/// no link. Then the attributes are reset and the cursor put back where curses left it, so
/// curses' picture of the screen stays true (`RawOutput`). Only targets
/// `URLPolicy.hyperlinkTarget` made are sent, and asked for again here.
final class HyperlinkPainter {
    private let palette: Palette
    /// The last frame, nil after a full repaint (curses rewrote every cell, links gone).
    private var previousGrid: ScreenGrid?
    /// Its rows' hashes, when the last plan made them.
    private var previousKeys: RowKeys?
    /// Each role's look as curses tells cells apart (attributes and colour pair), as the
    /// first role with the same look, indexed by `Role.rawValue`.
    private let looks: [Int]

    init(palette: Palette) {
        self.palette = palette
        let roles = Role.allCases
        looks = roles.map { role in
            let style = palette[role]
            let same = roles.first { palette[$0].attributes == style.attributes && palette[$0].pair == style.pair } ?? role
            return Int(same.rawValue)
        }
    }

    func paint(_ grid: ScreenGrid) {
        let plan = LinkRepaint.plan(previous: previousGrid, previousKeys: &previousKeys, current: grid, look: looks)
        previousGrid = grid
        guard !plan.isEmpty else { return }
        var out = RawOutput()
        let rows = min(grid.rows, Int(kv_lines())), columns = min(grid.columns, Int(kv_cols()))
        for stretch in plan.plain {
            write(grid, row: stretch.row, columns: stretch.columns, rows: rows, width: columns, into: &out)
        }
        // The grid's targets come from URLPolicy; this is asked again where bytes leave.
        for link in plan.links where isSafeTarget(link.target) {
            out.append("\u{1B}]8;;\(link.target)\u{1B}\\")
            write(grid, row: link.row, columns: link.columns, rows: rows, width: columns, into: &out)
            out.append("\u{1B}]8;;\u{1B}\\")
        }
        guard !out.isEmpty else { return }
        out.append(capability: "sgr0")
        if palette.hasColors { out.append(capability: "op") }
        out.moveTo(row: Int(kv_getcury(kv_curscr())), column: Int(kv_getcurx(kv_curscr())))
        out.flush()
    }

    /// After a full repaint (Ctrl-L, a return from Ctrl-Z, a resize) curses has rewritten
    /// every cell without its link: the next frame writes every link again.
    func forget() {
        previousGrid = nil
        previousKeys = nil
    }

    private func isSafeTarget(_ target: String) -> Bool {
        target.utf8.allSatisfy { $0 >= 0x21 && $0 <= 0x7E && $0 != 0x5C }
    }

    /// The cells of one row's range as curses drew them: style, then characters.
    private func write(_ grid: ScreenGrid, row: Int, columns range: Range<Int>, rows: Int, width: Int, into out: inout RawOutput) {
        guard row >= 0, row < rows else { return }
        // Never the bottom-right cell: writing there may scroll the screen.
        let end = min(range.upperBound, row == rows - 1 ? width - 1 : width)
        let base = row * grid.columns
        var c = max(0, range.lowerBound)
        while c < end, grid.codes[base + c].isContinuation { c += 1 }
        guard c < end else { return }
        out.moveTo(row: row, column: c)
        var role: Role?
        while c < end {
            let cell = grid.codes[base + c]
            c += 1
            if cell.isContinuation { continue }
            if cell.role != role {
                role = cell.role
                appendStyle(cell.role, to: &out)
            }
            out.append(bytes: shown(cell, of: grid, lastColumn: c >= width))
        }
    }

    /// The cell's character's bytes as the painter hands it to curses: made safe, and a
    /// blank or U+FFFD where curses would have drawn one.
    private func shown(_ cell: CellCode, of grid: ScreenGrid, lastColumn: Bool) -> [UInt8] {
        if let a = cell.printableASCII { return [a] }
        let safe = SafeText.character(grid.character(cell))
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
