import KamervragenKit

/// Writes sanitised text into a grid by display width; every string that reaches a
/// cell (titles, messages, prompts, help) goes through here or through a `Block`.
struct Canvas {
    var grid: ScreenGrid

    init(rows: Int, columns: Int) { grid = ScreenGrid(rows: rows, columns: columns) }

    func inBounds(_ row: Int) -> Bool { row >= 0 && row < grid.rows }

    /// Puts one already-safe character; a wide one that does not fit is left out.
    /// Returns the next column.
    @discardableResult
    mutating func put(_ ch: Character, width: Int, role: Role, row: Int, column: Int, limit: Int? = nil) -> Int {
        let end = min(limit ?? grid.columns, grid.columns)
        guard inBounds(row), column >= 0, column + width <= end else { return column + width }
        put(grid.code(ch, role: role), width: width, row: row, column: column)
        return column + width
    }

    /// Puts character `ci` of `block` in `role`, as `put` of its character does.
    @discardableResult
    mutating func put(_ block: Block, at ci: Int, role: Role, row: Int, column: Int) -> Int {
        let width = block.width(at: ci)
        guard inBounds(row), column >= 0, column + width <= grid.columns else { return column + width }
        let c = block.codes[ci]
        let code = c & Block.clusterFlag == 0 ? CellCode(scalar: c, role: role) : grid.cluster(block.clusters[Int(c & ~Block.clusterFlag)], role: role)
        put(code, width: width, row: row, column: column)
        return column + width
    }

    /// A code that fits at `column`, and the continuation after it when it is wide.
    @inline(__always)
    private mutating func put(_ code: CellCode, width: Int, row: Int, column: Int) {
        let i = row * grid.columns + column
        grid.codes[i] = code
        if width == 2 { grid.codes[i + 1] = CellCode(continuationIn: code.role) }
    }

    /// Puts characters `range` of `block` in their own roles from `column` on `row`, as
    /// `put` one at a time would, up to the grid's edge; returns the next column. A line of
    /// text with no selected link or search match in it, most of every frame, is written
    /// into the cells in one pass rather than a checked write per character: the block's
    /// codes are the grid's, but for the role and the place of a cluster.
    @discardableResult
    mutating func put(_ block: Block, characters range: Range<Int>, row: Int, column: Int) -> Int {
        let columns = grid.columns
        guard inBounds(row) else {
            var col = column
            for ci in range {
                col += block.width(at: ci)
                if col >= columns { break }
            }
            return col
        }
        let base = row * columns
        var col = column
        let codes = block.codes, cells = block.cells
        var clusters: [Character] = []
        let firstCluster = grid.clusters.count
        grid.codes.withUnsafeMutableBufferPointer { out in
            for ci in range {
                let cell = cells[ci]
                let width = Int(cell & Block.widthMask)
                if col >= 0, col + width <= columns {
                    let role = UInt32(cell & Block.roleMask) << (CellCode.roleShift - 2)
                    let c = codes[ci]
                    if c & Block.clusterFlag == 0 {
                        out[base + col] = CellCode(bits: c | role)
                    } else if firstCluster + clusters.count < CellCode.clusterLimit {
                        out[base + col] = CellCode(bits: UInt32(firstCluster + clusters.count) | role | CellCode.clusterFlag)
                        clusters.append(block.clusters[Int(c & ~Block.clusterFlag)])
                    } else {
                        out[base + col] = CellCode(bits: 0xFFFD | role)
                    }
                    if width == 2 { out[base + col + 1] = CellCode(bits: 0x20 | role | CellCode.continuationFlag) }
                }
                col += width
                if col >= columns { break }
            }
        }
        if !clusters.isEmpty { grid.clusters += clusters }
        return col
    }

    /// Writes text from `column`, cut at `limit`; returns the next column.
    @discardableResult
    mutating func write(_ text: some StringProtocol, role: Role, row: Int, column: Int, limit: Int? = nil) -> Int {
        var col = column
        for ch in text {
            // Printable ASCII (titles, paths, most of the status line) is shown as is, one
            // cell wide: what SafeText and DisplayWidth say of it, without asking them.
            let utf8 = ch.utf8
            if utf8.count == 1, let a = utf8.first, a >= 0x20, a < 0x7F {
                if col + 1 > min(limit ?? grid.columns, grid.columns) { break }
                if inBounds(row), col >= 0 { put(CellCode(scalar: UInt32(a), role: role), width: 1, row: row, column: col) }
                col += 1
                continue
            }
            let shown: Character
            var r = role
            switch SafeText.display(ch) {
            case .hidden: continue
            case .plain(let c): shown = c
            case .replacement(let c): shown = c; r = .replacement
            }
            let w = max(1, DisplayWidth.of(shown))
            if col + w > min(limit ?? grid.columns, grid.columns) { break }
            col = put(shown, width: w, role: r, row: row, column: col, limit: limit)
        }
        return col
    }

    /// Records the web links among characters `range` of `block`, drawn on `row` from
    /// `column` on, as the grid's hyperlinks: the whole target on every piece, so a
    /// wrapped URL is one link on each of its lines.
    mutating func addLinks(of block: Block, characters range: Range<Int>, row: Int, column: Int) {
        guard inBounds(row) else { return }
        // The links are in order and apart: start at the first that ends inside the line
        // (a paragraph may cite ten thousand notes, and this runs for each line drawn).
        let links = block.links
        var low = 0, high = links.count
        while low < high {
            let mid = (low + high) / 2
            if links[mid].range.upperBound <= range.lowerBound { low = mid + 1 } else { high = mid }
        }
        for link in links[low...] {
            if link.range.lowerBound >= range.upperBound { break }
            guard link.range.overlaps(range), let url = link.target.webURL, let target = URLPolicy.hyperlinkTarget(url) else { continue }
            let from = max(range.lowerBound, link.range.lowerBound), to = min(range.upperBound, link.range.upperBound)
            var start = column
            for ci in range.lowerBound..<from { start += block.width(at: ci) }
            var end = start
            for ci in from..<to { end += block.width(at: ci) }
            end = min(end, grid.columns)
            if start < end { grid.links.append(ScreenLink(row: row, columns: start..<end, target: target)) }
        }
    }

    /// Fills a whole row with a role (title and status bars).
    mutating func fill(row: Int, role: Role) {
        guard inBounds(row) else { return }
        let blank = CellCode(scalar: 0x20, role: role), base = row * grid.columns
        for c in 0..<grid.columns { grid.codes[base + c] = blank }
    }

    /// Text cut to fit `width` cells, with an ellipsis when cut.
    static func truncated(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        var out = ""
        var used = 0
        for ch in text {
            let w = DisplayWidth.of(ch)
            if used + w > width - 1 { break }
            out.append(ch); used += w
        }
        return out + "…"
    }
}
