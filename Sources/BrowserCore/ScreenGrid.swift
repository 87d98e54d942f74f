/// A whole screen as styled cells: what the terminal draws and what snapshot tests read.
///
/// The cells are kept as `CellCode`s, 4 bytes each, with the few characters of more than
/// one scalar in `clusters` beside them; `subscript(row:column:)` and `cells` read and
/// write them as `Cell`s. Two grids are equal when every cell shows the same as a `Cell`
/// compares (characters canonically), wherever their clusters are kept.
public struct ScreenGrid: Hashable, Sendable {
    public let rows: Int
    public let columns: Int
    /// The cells row by row.
    package internal(set) var codes: [CellCode]
    /// The characters of more than one scalar that cells refer to by index. A cell written
    /// over leaves its cluster here: a frame's grid is made afresh and lives briefly.
    package internal(set) var clusters: [Character] = []
    /// Where the terminal cursor should rest (the prompt while typing), or nil to hide it.
    public var cursor: (row: Int, column: Int)? {
        get { cursorRow.map { ($0, cursorColumn) } }
        set { cursorRow = newValue?.row; cursorColumn = newValue?.column ?? 0 }
    }
    private var cursorRow: Int?
    private var cursorColumn: Int = 0
    /// The web links on screen, a piece per row: the terminal may make these cells one
    /// hyperlink (OSC 8). Every piece of a wrapped URL carries the whole target.
    public var links: [ScreenLink] = []

    public init(rows: Int, columns: Int) {
        self.rows = max(0, rows)
        self.columns = max(0, columns)
        self.codes = Array(repeating: .blank, count: self.rows * self.columns)
    }

    /// Every cell, row by row, made on request (tests, mostly).
    public var cells: [Cell] { codes.map(cell) }

    public subscript(row: Int, column: Int) -> Cell {
        get { cell(codes[row * columns + column]) }
        set { codes[row * columns + column] = code(newValue.character, role: newValue.role, isContinuation: newValue.isContinuation) }
    }

    /// The character a code shows.
    package func character(_ code: CellCode) -> Character {
        if code.isCluster { return clusters[Int(code.payload)] }
        return Character(Unicode.Scalar(code.payload) ?? "\u{FFFD}")
    }

    func cell(_ code: CellCode) -> Cell {
        Cell(character(code), role: code.role, isContinuation: code.isContinuation)
    }

    /// The code for a character in a role, its cluster kept when it has several scalars.
    mutating func code(_ character: Character, role: Role, isContinuation: Bool = false) -> CellCode {
        let scalars = character.unicodeScalars
        var code: CellCode
        if let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex {
            code = CellCode(scalar: first.value, role: role)
        } else {
            code = cluster(character, role: role)
        }
        if isContinuation { code.bits |= CellCode.continuationFlag }
        return code
    }

    /// The code for a character of several scalars, kept in `clusters`.
    mutating func cluster(_ character: Character, role: Role) -> CellCode {
        guard clusters.count < CellCode.clusterLimit else { return CellCode(scalar: 0xFFFD, role: role) }
        clusters.append(character)
        return CellCode(cluster: clusters.count - 1, role: role)
    }

    /// The grid as text lines with trailing spaces trimmed: the snapshot format.
    public var text: String {
        var lines: [String] = []
        for r in 0..<rows {
            var line = ""
            for c in 0..<columns {
                let code = codes[r * columns + c]
                if !code.isContinuation { line.append(character(code)) }
            }
            while line.last == " " { line.removeLast() }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    public static func == (a: ScreenGrid, b: ScreenGrid) -> Bool {
        guard a.rows == b.rows, a.columns == b.columns, a.cursorRow == b.cursorRow, a.cursorColumn == b.cursorColumn,
              a.links == b.links, a.codes.count == b.codes.count else { return false }
        for i in a.codes.indices {
            let x = a.codes[i], y = b.codes[i]
            if x == y && !x.isCluster { continue }
            if a.cell(x) != b.cell(y) { return false }
        }
        return true
    }

    /// Each cell by its role and half only: equal cells may hold canonically equal
    /// characters of different scalars, which a hash of the codes would tell apart.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(rows)
        hasher.combine(columns)
        hasher.combine(cursorRow)
        hasher.combine(cursorColumn)
        hasher.combine(links)
        for code in codes { hasher.combine(code.bits & (CellCode.roleMask | CellCode.continuationFlag)) }
    }
}

/// Cells of one row that lead to a web page: `target` is the URL as `URLPolicy` let it
/// through for a terminal hyperlink (validated, percent-encoded), never document text.
public struct ScreenLink: Hashable, Sendable {
    public var row: Int
    public var columns: Range<Int>
    public var target: String

    public init(row: Int, columns: Range<Int>, target: String) {
        self.row = row
        self.columns = columns
        self.target = target
    }
}
