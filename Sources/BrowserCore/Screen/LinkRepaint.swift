/// Which cells the terminal layer writes again after curses has drawn a frame, so that a
/// cell is a hyperlink (OSC 8) exactly when the frame's grid says so: the pure half of
/// the hyperlink painter.
///
/// A terminal keeps a cell's link until the cell is written again, and moves it with the
/// cell's text when a line is scrolled or characters are inserted or deleted. Curses
/// knows nothing of links: it writes a cell only when its character or look differs from
/// what it believes is on the screen, and it may first scroll lines into place (ncurses
/// does for any line whose text is found once in the old frame and once in the new, at
/// another row, and then stretches the moved block over neighbouring lines that are
/// merely cheaper to move than to redraw), shift characters along a row, or write an
/// unchanged stretch again rather than move the cursor over it. So after a refresh, a
/// cell either has no link (curses wrote it) or the link of some old cell that held the
/// same character in the same look. Two rules follow:
///
/// - A link is written again, whole, unless its row is unchanged (characters, looks and
///   links) and no line can have moved: then curses sent nothing for the row.
/// - On every other row, a cell that is not part of a link now but shows the character
///   and look of a cell linked in the last frame is written again without a link.
///
/// Cells whose text changed need nothing: curses rewrote them, and a rewritten cell has
/// no link (the painter always closes its links).
package struct LinkRepaint: Equatable, Sendable {
    /// A stretch of one row to write without a link.
    package struct Plain: Hashable, Sendable {
        package var row: Int
        package var columns: Range<Int>
    }

    /// Links to write again between OSC 8 open and close.
    package var links: [ScreenLink] = []
    /// Stretches to write again with no link.
    package var plain: [Plain] = []

    package var isEmpty: Bool { links.isEmpty && plain.isEmpty }

    /// `previous` is the last frame painted, nil after a full repaint (every cell written
    /// by curses, so no link left anywhere). `look` gives each role's look as curses draws
    /// it (two roles with the same colours and attributes are the same to curses), indexed
    /// by `Role.rawValue`.
    package static func plan(previous: ScreenGrid?, current: ScreenGrid, look: [Int]) -> LinkRepaint {
        var keys: RowKeys?
        return plan(previous: previous, previousKeys: &keys, current: current, look: look)
    }

    /// The same, with the previous frame's row keys if known; on return `previousKeys`
    /// holds the current frame's (or nil when they were not needed), for the next call:
    /// the painter hashes each frame once, not twice.
    package static func plan(previous: ScreenGrid?, previousKeys: inout RowKeys?, current: ScreenGrid, look: [Int]) -> LinkRepaint {
        guard let old = previous, old.rows == current.rows, old.columns == current.columns else {
            previousKeys = nil
            return LinkRepaint(links: current.links)
        }
        if old.links.isEmpty && current.links.isEmpty {
            previousKeys = nil
            return LinkRepaint()
        }
        let rows = current.rows
        let oldKeys = previousKeys ?? RowKeys(old, look: look), newKeys = RowKeys(current, look: look)
        previousKeys = newKeys
        let moved = mayHaveMovedLines(old: oldKeys, new: newKeys)
        let oldLinks = linksByRow(old), newLinks = linksByRow(current)
        var touched = [Bool](repeating: moved, count: rows)
        if !moved {
            // Equal 64-bit hashes are taken for equal rows.
            for r in 0..<rows { touched[r] = oldKeys.hashes[r] != newKeys.hashes[r] || oldLinks[r] != newLinks[r] }
        }
        var out = LinkRepaint()
        out.links = current.links.filter { $0.row >= 0 && $0.row < rows && touched[$0.row] }
        // What a stale link can look like: the characters of each look linked last frame
        // (printable ASCII in a table, the rest in a set).
        let looks = (look.max() ?? 0) + 1
        var linkedLook = [Bool](repeating: false, count: looks)
        var ascii = [Bool](repeating: false, count: looks * 128)
        var other: Set<Character> = []
        for link in old.links where link.row >= 0 && link.row < rows {
            for c in link.columns.clamped(to: 0..<old.columns) {
                let cell = old.codes[link.row * old.columns + c]
                let id = look[cell.roleIndex]
                linkedLook[id] = true
                if let byte = cell.asciiByte { ascii[id * 128 + Int(byte)] = true } else { other.insert(old.character(cell)) }
            }
        }
        guard linkedLook.contains(true) else { return out }
        for r in 0..<rows where touched[r] {
            let covered = newLinks[r].map(\.columns)
            var start: Int?
            for c in 0...current.columns {
                var stale = false
                if c < current.columns {
                    let cell = current.codes[r * current.columns + c]
                    let id = look[cell.roleIndex]
                    if linkedLook[id], !covered.contains(where: { $0.contains(c) }) {
                        if let byte = cell.asciiByte {
                            stale = ascii[id * 128 + Int(byte)]
                        } else {
                            stale = other.contains(current.character(cell))
                        }
                    }
                }
                if stale, start == nil { start = c }
                if !stale, let s = start {
                    out.plain.append(Plain(row: r, columns: s..<c))
                    start = nil
                }
            }
        }
        return out
    }

    /// True when some line's text (characters and looks) is found exactly once in the old
    /// frame and once in the new, at different rows: the one way ncurses starts moving
    /// lines by scrolling (a block then grows over neighbours it finds cheap to move).
    static func mayHaveMovedLines(old: RowKeys, new: RowKeys) -> Bool {
        var oldCount: [UInt64: (count: Int, row: Int)] = [:]
        for (r, h) in old.hashes.enumerated() { oldCount[h, default: (0, r)].count += 1 }
        var newCount: [UInt64: (count: Int, row: Int)] = [:]
        for (r, h) in new.hashes.enumerated() { newCount[h, default: (0, r)].count += 1 }
        for (h, n) in newCount where n.count == 1 {
            if let o = oldCount[h], o.count == 1, o.row != n.row { return true }
        }
        return false
    }

    private static func linksByRow(_ grid: ScreenGrid) -> [[ScreenLink]] {
        var out = [[ScreenLink]](repeating: [], count: grid.rows)
        for link in grid.links where link.row >= 0 && link.row < grid.rows { out[link.row].append(link) }
        return out
    }
}

/// A 64-bit hash of each row as curses sees it (characters and looks, not roles), to
/// find rows that changed or may have been moved. Built every frame the hyperlinks are
/// on, so by hand (FNV-1a over a cell's byte, look and width) rather than with `Hasher`.
package struct RowKeys: Sendable {
    var hashes: [UInt64]

    init(_ grid: ScreenGrid, look: [Int]) {
        hashes = []
        hashes.reserveCapacity(grid.rows)
        for r in 0..<grid.rows {
            var h: UInt64 = 0xCBF2_9CE4_8422_2325
            for c in 0..<grid.columns {
                let cell = grid.codes[r * grid.columns + c]
                // Printable ASCII, nearly every cell, as its byte; anything else by its
                // Character hash (the String's normalised form).
                let value: UInt64 = cell.asciiByte.map { UInt64($0) } ?? UInt64(bitPattern: Int64(grid.character(cell).hashValue))
                let mixed = value &+ UInt64(look[cell.roleIndex]) << 40 &+ (cell.isContinuation ? 1 << 56 : 0)
                h = (h ^ mixed) &* 0x0000_0100_0000_01B3
            }
            hashes.append(h)
        }
    }
}
