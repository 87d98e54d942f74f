import Testing
@testable import BrowserCore
import TestSupport

/// After curses has drawn a frame, the hyperlink painter writes again the cells
/// `LinkRepaint` picks, so that a cell is a link exactly when the grid says so (issue 11,
/// "a scrolled row showing the same text as an old link could keep the link").
///
/// `Terminal` below stands for a terminal behind curses: it keeps each cell's link until
/// the cell is written, moves links with scrolled lines and shifted characters, and curses
/// writes only cells whose character or look differ from what is there. Each test lets
/// curses do the most harm it may (keep every cell it may keep, or rewrite every cell on a
/// changed row) and then checks every cell's link.
@Suite struct LinkRepaintTests {
    /// Every role its own look, as in a colour palette.
    static let distinct = Role.allCases.map { Int($0.rawValue) }
    /// The monochrome palette's sameness: a URL and an answer link are both underlined.
    static let monochrome: [Int] = Role.allCases.map { $0 == .answerLink ? Int(Role.url.rawValue) : Int($0.rawValue) }

    struct Terminal {
        var cells: [Cell]
        var links: [String?]
        let columns: Int

        init(_ grid: ScreenGrid) {
            cells = grid.cells
            columns = grid.columns
            links = Array(repeating: nil, count: grid.cells.count)
            for link in grid.links { for c in link.columns { links[link.row * columns + c] = link.target } }
        }

        /// Curses scrolls: row `r` now shows old row `source[r]`, with its links.
        mutating func move(_ source: [Int?]) {
            let (oldCells, oldLinks) = (cells, links)
            for (r, s) in source.enumerated() {
                guard let s else { continue }
                for c in 0..<columns {
                    cells[r * columns + c] = oldCells[s * columns + c]
                    links[r * columns + c] = oldLinks[s * columns + c]
                }
            }
        }

        /// Curses deletes a character at the row's start (`dch`): the rest moves left.
        mutating func shiftLeft(row r: Int) {
            for c in 0..<(columns - 1) {
                cells[r * columns + c] = cells[r * columns + c + 1]
                links[r * columns + c] = links[r * columns + c + 1]
            }
        }

        /// Curses draws `grid`: a cell that differs (in character or look) is written, and a
        /// written cell has no link; with `rewriteChangedRows`, every cell of a row with a
        /// change is written, as curses may rather than move the cursor.
        mutating func draw(_ grid: ScreenGrid, look: [Int], rewriteChangedRows: Bool) {
            for r in 0..<grid.rows {
                let range = (r * columns)..<((r + 1) * columns)
                let differs = range.map { !same(cells[$0], grid.cells[$0], look) }
                for (i, d) in zip(range, differs) where d || (rewriteChangedRows && differs.contains(true)) {
                    cells[i] = grid.cells[i]
                    links[i] = nil
                }
            }
        }

        /// The painter's writes.
        mutating func apply(_ plan: LinkRepaint, _ grid: ScreenGrid) {
            for stretch in plan.plain { for c in stretch.columns { links[stretch.row * columns + c] = nil } }
            for link in plan.links { for c in link.columns { links[link.row * columns + c] = link.target } }
        }

        func same(_ a: Cell, _ b: Cell, _ look: [Int]) -> Bool {
            a.character == b.character && look[Int(a.role.rawValue)] == look[Int(b.role.rawValue)]
        }
    }

    static func grid(_ lines: [String], links: [ScreenLink] = [], roles: [Int: Role] = [:], columns: Int = 20) -> ScreenGrid {
        var g = ScreenGrid(rows: lines.count, columns: columns)
        for (r, line) in lines.enumerated() {
            for (c, ch) in line.prefix(columns).enumerated() { g[r, c] = Cell(ch, role: roles[r] ?? .text) }
        }
        g.links = links
        return g
    }

    static func expectExact(_ terminal: Terminal, _ grid: ScreenGrid, _ comment: Comment? = nil) {
        let wanted = Terminal(grid)
        #expect(terminal.links == wanted.links, comment)
    }

    /// The reported case: a line with a link scrolls up and the row it lands on shows the
    /// same characters, in the same look, but no link (as a URL the policy refused is drawn).
    /// Curses scrolls the old line, linked, into place and writes nothing more; the link
    /// must go.
    @Test func aScrolledRowShowingTheTextOfAnOldLinkLosesTheLink() {
        let link = ScreenLink(row: 2, columns: 0..<14, target: "https://a.nl/x")
        let old = Self.grid(["titel", "een", "https://a.nl/x", "twee", "status"], links: [link], roles: [2: .url])
        // The same text one row up, now not a link.
        let new = Self.grid(["titel", "https://a.nl/x", "twee", "drie", "status"], roles: [1: .url])
        let plan = LinkRepaint.plan(previous: old, current: new, look: Self.distinct)
        #expect(plan.plain.contains(LinkRepaint.Plain(row: 1, columns: 0..<14)))
        var terminal = Terminal(old)
        terminal.move([nil, 2, 3, nil, nil])
        terminal.draw(new, look: Self.distinct, rewriteChangedRows: false)
        // Before the painter writes, the terminal has the stale link: the bug.
        #expect(terminal.links[1 * 20] == "https://a.nl/x")
        terminal.apply(plan, new)
        Self.expectExact(terminal, new)
    }

    /// The other half: a link that stays in place over the same characters, where curses
    /// scrolled in a line that shows them without a link, is written again.
    @Test func aLinkInPlaceIsWrittenAgainWhenLinesMayHaveMoved() {
        let a = ScreenLink(row: 1, columns: 0..<5, target: "https://a.nl/")
        let old = Self.grid(["kop", "hallo wereld", "hallo zon", "uniek", "status"], links: [a], roles: [1: .url, 2: .url])
        let new = Self.grid(["kop", "hallo zon", "uniek", "nieuw", "status"], links: [ScreenLink(row: 1, columns: 0..<5, target: "https://a.nl/")],
                            roles: [1: .url])
        let plan = LinkRepaint.plan(previous: old, current: new, look: Self.distinct)
        #expect(plan.links.contains(ScreenLink(row: 1, columns: 0..<5, target: "https://a.nl/")))
        var terminal = Terminal(old)
        terminal.move([nil, 2, 3, nil, nil])
        terminal.draw(new, look: Self.distinct, rewriteChangedRows: false)
        #expect(terminal.links[1 * 20] == nil)
        terminal.apply(plan, new)
        Self.expectExact(terminal, new)
    }

    /// A row that did not change at all is still written when lines may have moved: a
    /// scrolled block may carry over it a line with the same words linked elsewhere (two
    /// Word links both reading "hier").
    @Test func anUnchangedRowIsWrittenAgainWhenABlockMayHaveScrolledOverIt() {
        let a = ScreenLink(row: 1, columns: 0..<4, target: "https://a.nl/")
        let b = ScreenLink(row: 2, columns: 0..<4, target: "https://b.nl/")
        let old = Self.grid(["kop", "hier", "hier", "uniek", "status"], links: [a, b], roles: [1: .url, 2: .url])
        let new = Self.grid(["kop", "hier", "uniek", "nieuw", "status"], links: [a], roles: [1: .url])
        let plan = LinkRepaint.plan(previous: old, current: new, look: Self.distinct)
        #expect(plan.links == [a])
        var terminal = Terminal(old)
        // ncurses matches "uniek" (row 3 to 2) and grows the block up over row 1, whose
        // line is the same in old row 2.
        terminal.move([nil, 2, 3, nil, nil])
        terminal.draw(new, look: Self.distinct, rewriteChangedRows: false)
        #expect(terminal.links[1 * 20] == "https://b.nl/")
        terminal.apply(plan, new)
        Self.expectExact(terminal, new)
    }

    @Test func nothingIsWrittenWhenNothingChanged() {
        let link = ScreenLink(row: 1, columns: 4..<18, target: "https://a.nl/x")
        let grid = Self.grid(["titel", "Zie https://a.nl/x", "status"], links: [link])
        #expect(LinkRepaint.plan(previous: grid, current: grid, look: Self.distinct).isEmpty)
    }

    /// A key that changes only the status line leaves the links above it alone (a screen
    /// of the notes pane is full of URLs, and writing them all again at every key
    /// quadrupled what a key sends).
    @Test func linksOnUnchangedRowsAreLeftAlone() {
        let link = ScreenLink(row: 1, columns: 4..<18, target: "https://a.nl/x")
        let old = Self.grid(["titel", "Zie https://a.nl/x", "status 1"], links: [link], roles: [1: .url])
        let new = Self.grid(["titel", "Zie https://a.nl/x", "status 2"], links: [link], roles: [1: .url])
        #expect(LinkRepaint.plan(previous: old, current: new, look: Self.distinct).isEmpty)
    }

    /// A change elsewhere on a link's row may make curses write the link's cells again
    /// (a short unchanged stretch costs less to write than to move over): written again.
    @Test func aLinkOnAChangedRowIsWrittenAgain() {
        let link = ScreenLink(row: 1, columns: 0..<3, target: "https://a.nl/")
        let old = Self.grid(["titel", "a.n 1", "status"], links: [link], roles: [1: .url])
        let new = Self.grid(["titel", "a.n 2", "status"], links: [link], roles: [1: .url])
        let plan = LinkRepaint.plan(previous: old, current: new, look: Self.distinct)
        #expect(plan.links == [link])
        var terminal = Terminal(old)
        terminal.draw(new, look: Self.distinct, rewriteChangedRows: true)
        terminal.apply(plan, new)
        Self.expectExact(terminal, new)
    }

    /// After a full repaint no cell has a link: every link is written.
    @Test func afterAFullRepaintEveryLinkIsWritten() {
        let links = [ScreenLink(row: 0, columns: 0..<3, target: "https://a/"), ScreenLink(row: 1, columns: 0..<3, target: "https://b/")]
        let grid = Self.grid(["abc", "def"], links: links)
        #expect(LinkRepaint.plan(previous: nil, current: grid, look: Self.distinct) == LinkRepaint(links: links))
    }

    /// Two roles curses draws alike are the same to it: a monochrome answer link in the
    /// cells of an old URL keeps the URL's link unless written again.
    @Test func rolesThatLookTheSameAreTheSameToCurses() {
        let link = ScreenLink(row: 1, columns: 0..<8, target: "https://a.nl/")
        let old = Self.grid(["t", "Antwoord", "s"], links: [link], roles: [1: .url])
        let new = Self.grid(["t", "Antwoord", "s"], roles: [1: .answerLink])
        let plan = LinkRepaint.plan(previous: old, current: new, look: Self.monochrome)
        #expect(plan.plain == [LinkRepaint.Plain(row: 1, columns: 0..<8)])
        var terminal = Terminal(old)
        terminal.draw(new, look: Self.monochrome, rewriteChangedRows: false)
        terminal.apply(plan, new)
        Self.expectExact(terminal, new)
    }

    /// Characters shifted along a row (curses' insert and delete character) carry their
    /// links to other columns.
    @Test func aShiftedLinkIsCleared() {
        let link = ScreenLink(row: 0, columns: 1..<6, target: "https://a/")
        let old = Self.grid(["xhttps rest"], links: [link], roles: [0: .url])
        let new = Self.grid(["https rest!"], roles: [0: .url])
        let plan = LinkRepaint.plan(previous: old, current: new, look: Self.distinct)
        var terminal = Terminal(old)
        terminal.shiftLeft(row: 0)
        terminal.draw(new, look: Self.distinct, rewriteChangedRows: false)
        terminal.apply(plan, new)
        Self.expectExact(terminal, new)
    }

    /// Random screens with links, scrolled by random amounts with random changes: whatever
    /// curses keeps or rewrites, every cell ends with the grid's link.
    @Test func randomScrollsEndWithExactlyTheGridsLinks() {
        var random = SeededRandom(seed: 0x5EED_0008)
        let alphabet: [Character] = ["a", "b", "h", "t", "p", " "]
        let targets = ["https://a/", "https://b/", "https://c/"]
        let looks = [Self.distinct, Self.monochrome]
        for round in 0..<400 {
            let rows = 6, columns = 8
            func randomRow() -> ([Cell], [ScreenLink]) {
                let role: Role = [.text, .url, .answerLink, .selectedLink].randomElement(using: &random)!
                let cells = (0..<columns).map { _ in Cell(alphabet.randomElement(using: &random)!, role: role) }
                guard role == .url || role == .selectedLink, Bool.random(using: &random) else { return (cells, []) }
                let start = Int.random(in: 0..<columns, using: &random), end = Int.random(in: (start + 1)...columns, using: &random)
                return (cells, [ScreenLink(row: 0, columns: start..<end, target: targets.randomElement(using: &random)!)])
            }
            var old = ScreenGrid(rows: rows, columns: columns)
            var lines: [([Cell], [ScreenLink])] = (0..<rows).map { _ in randomRow() }
            func fill(_ grid: inout ScreenGrid, _ lines: [([Cell], [ScreenLink])]) {
                grid.links = []
                for (r, line) in lines.enumerated() {
                    for c in 0..<columns { grid[r, c] = line.0[c] }
                    grid.links += line.1.map { ScreenLink(row: r, columns: $0.columns, target: $0.target) }
                }
            }
            fill(&old, lines)
            // Scroll by -2...2 lines, new lines at the edge, and now and then a line
            // that keeps its text but gains or loses its link or look.
            let shift = Int.random(in: -2...2, using: &random)
            var moved = lines
            for r in 0..<rows {
                let s = r + shift
                moved[r] = (0..<rows).contains(s) ? lines[s] : randomRow()
                if Int.random(in: 0..<5, using: &random) == 0 { moved[r].1 = randomRow().1 }
                if Int.random(in: 0..<7, using: &random) == 0 {
                    let role: Role = [.url, .answerLink, .text].randomElement(using: &random)!
                    moved[r].0 = moved[r].0.map { Cell($0.character, role: role) }
                }
            }
            lines = moved
            var new = ScreenGrid(rows: rows, columns: columns)
            fill(&new, lines)
            let look = looks[round % 2]
            let plan = LinkRepaint.plan(previous: old, current: new, look: look)
            for rewrite in [false, true] {
                var terminal = Terminal(old)
                // Curses moves lines only as ncurses does: when some line is found once
                // in each frame at different rows (see LinkRepaint).
                if shift != 0, LinkRepaint.mayHaveMovedLines(old: RowKeys(old, look: look), new: RowKeys(new, look: look)) {
                    terminal.move((0..<rows).map { r in (0..<rows).contains(r + shift) ? r + shift : nil })
                }
                // Curses shifts characters only along a row it has to change.
                let r = Int.random(in: 0..<rows, using: &random)
                let changed = (0..<columns).contains { !terminal.same(terminal.cells[r * columns + $0], new[r, $0], look) }
                if changed, Int.random(in: 0..<3, using: &random) == 0 { terminal.shiftLeft(row: r) }
                terminal.draw(new, look: look, rewriteChangedRows: rewrite)
                terminal.apply(plan, new)
                Self.expectExact(terminal, new, "round \(round), shift \(shift), rewrite \(rewrite)")
            }
            old = new
        }
    }
}
