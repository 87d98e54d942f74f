import KamervragenKit

/// The reader: state plus the one function from a key to the next state.
///
/// PROVISIONAL interface for the terminal layer: `handle(_:)`, `resize(rows:columns:)`,
/// `render()` and `showMessage(_:)` are the contract; the internals are being built.
public struct Browser: Sendable {
    public let document: Document
    public private(set) var rows: Int
    public private(set) var columns: Int
    var top = 0
    var message: String?

    public init(document: Document, rows: Int, columns: Int) {
        self.document = document
        self.rows = rows
        self.columns = columns
    }

    public mutating func resize(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
    }

    public mutating func showMessage(_ text: String) { message = text }

    public mutating func handle(_ key: Key) -> [Effect] {
        switch key {
        case .character("q"): return [.quit]
        case .character("j"), .down: top += 1
        case .character("k"), .up: top = max(0, top - 1)
        default: break
        }
        return []
    }

    public func render() -> ScreenGrid {
        var grid = ScreenGrid(rows: rows, columns: columns)
        var lines: [String] = []
        for q in document.questions { lines.append("Vraag \(q.number)"); lines.append(q.plainText) }
        for (r, line) in lines.dropFirst(top).prefix(rows).enumerated() {
            for (c, ch) in line.prefix(columns).enumerated() { grid[r, c] = Cell(ch) }
        }
        return grid
    }
}
