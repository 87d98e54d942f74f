import Testing
@testable import BrowserCore
import KamervragenKit

/// The grid keeps cells as 4-byte codes with clusters beside them; what it gives back as
/// `Cell`s, and how grids compare, must be what a grid of `Cell`s held.
@Suite struct ScreenGridTests {
    /// One scalar, several (combining marks, an emoji ZWJ sequence, a flag, CR LF), wide
    /// and not, in every role, with and without the continuation flag.
    static let characters: [Character] = [
        " ", "a", "~", "\u{7F}", "é", "e\u{301}", "漢", "€", "\u{10FFFF}", "\u{FFFD}",
        "👩‍👩‍👧‍👦", "🇳🇱", "\r\n", "a\u{308}\u{301}\u{323}", "\u{1F600}",
    ]

    @Test func everyCellReadsBackAsWritten() {
        var grid = ScreenGrid(rows: 3, columns: 40)
        var written: [Cell] = []
        var i = 0
        for ch in Self.characters {
            for role in Role.allCases {
                for continuation in [false, true] {
                    let cell = Cell(ch, role: role, isContinuation: continuation)
                    grid[i / 40 % 3, i % 40] = cell
                    written.append(cell)
                    #expect(grid[i / 40 % 3, i % 40] == cell)
                    // Compared by scalars too: Character equality is canonical.
                    #expect(Array(grid[i / 40 % 3, i % 40].character.unicodeScalars) == Array(ch.unicodeScalars))
                    i += 1
                }
            }
        }
        #expect(Role.allCases.allSatisfy { $0.rawValue < 32 })
    }

    @Test func aNewGridIsBlank() {
        let grid = ScreenGrid(rows: 2, columns: 3)
        #expect(grid.cells == Array(repeating: Cell.blank, count: 6))
        #expect(grid.text == "\n")
    }

    @Test func gridsCompareByWhatTheCellsShow() {
        // The same cluster kept at different places in the two grids.
        var a = ScreenGrid(rows: 1, columns: 4), b = ScreenGrid(rows: 1, columns: 4)
        a[0, 0] = Cell("🇳🇱"); a[0, 1] = Cell("e\u{301}")
        b[0, 1] = Cell("e\u{301}"); b[0, 0] = Cell("🇳🇱")
        #expect(a == b && a.hashValue == b.hashValue)
        // Canonically equal characters of different scalars, as `Cell` compares them.
        a[0, 2] = Cell("é"); b[0, 2] = Cell("e\u{301}")
        a[0, 3] = Cell("K"); b[0, 3] = Cell("\u{212A}")
        #expect(a == b && a.hashValue == b.hashValue)
        b[0, 3] = Cell("K", role: .url)
        #expect(a != b)
        b[0, 3] = Cell("K", isContinuation: true)
        #expect(a != b)
        b[0, 3] = Cell("k")
        #expect(a != b)
        var c = a
        c.cursor = (0, 1)
        #expect(a != c)
    }

    @Test func theCodesTellASCIIAndContinuation() {
        #expect(CellCode(scalar: 0x41, role: .url).printableASCII == 0x41)
        #expect(CellCode(scalar: 0x1F, role: .text).printableASCII == nil)
        #expect(CellCode(scalar: 0x7F, role: .text).printableASCII == nil)
        #expect(CellCode(scalar: 0xE9, role: .text).printableASCII == nil)
        #expect(CellCode(cluster: 0x41, role: .text).printableASCII == nil)
        #expect(CellCode(continuationIn: .text).printableASCII == nil)
        #expect(CellCode(continuationIn: .replacement).isContinuation && CellCode(continuationIn: .replacement).role == .replacement)
        #expect(CellCode(continuationIn: .text).asciiByte == 0x20)
        #expect(CellCode(cluster: 0x41, role: .text).asciiByte == nil)
        for role in Role.allCases { #expect(CellCode(scalar: 0x10FFFF, role: role).role == role) }
    }

    /// A snapshot's text reads the clusters and skips the continuations.
    @Test func textShowsClustersAndSkipsContinuations() {
        var canvas = Canvas(rows: 1, columns: 12)
        canvas.write("a漢👩‍👩‍👧‍👦e\u{301}🇳🇱", role: .text, row: 0, column: 0)
        #expect(canvas.grid.text == "a漢👩‍👩‍👧‍👦e\u{301}🇳🇱")
    }
}
