/// What a cell means, not how it looks: the terminal layer maps roles to colours or, on
/// a monochrome terminal or with `NO_COLOR`, to bold/underline/reverse.
public enum Role: UInt8, Hashable, Sendable, CaseIterable {
    case text
    case titleBar
    case statusBar
    case questionHeading
    case answerHeading
    case answerLink
    case noteMarker
    case url
    case selectedLink
    case searchMatch
    case currentMatch
    case metadata
    case notice
    case dim
    case paneBorder
    case paneTitle
    case prompt
    case message
    case error
    /// A control character shown as a visible replacement.
    case replacement
}

/// One screen cell. A wide character occupies its cell and a following `continuation`.
public struct Cell: Hashable, Sendable {
    public var character: Character
    public var role: Role
    /// True for the right half of a double-width character; drawn by nothing.
    public var isContinuation: Bool

    public init(_ character: Character, role: Role = .text, isContinuation: Bool = false) {
        self.character = character
        self.role = role
        self.isContinuation = isContinuation
    }

    public static let blank = Cell(" ")
}

/// A whole screen as styled cells: what the terminal draws and what snapshot tests read.
public struct ScreenGrid: Hashable, Sendable {
    public let rows: Int
    public let columns: Int
    public var cells: [Cell]
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
        self.cells = Array(repeating: .blank, count: self.rows * self.columns)
    }

    public subscript(row: Int, column: Int) -> Cell {
        get { cells[row * columns + column] }
        set { cells[row * columns + column] = newValue }
    }

    /// The grid as text lines with trailing spaces trimmed: the snapshot format.
    public var text: String {
        var lines: [String] = []
        for r in 0..<rows {
            var line = ""
            for c in 0..<columns where !self[r, c].isContinuation { line.append(self[r, c].character) }
            while line.last == " " { line.removeLast() }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
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
