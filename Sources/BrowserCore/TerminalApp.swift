import KamervragenKit

/// What the terminal loop drives: a pure state that takes keys and sizes, says what it
/// needs done (`Effect`), and renders into a grid. The reader of one document (`Browser`)
/// and the library view (`LibraryBrowser`) are both one.
public protocol TerminalApp {
    mutating func resize(rows: Int, columns: Int)
    mutating func handle(_ key: Key) -> [Effect]
    func render() -> ScreenGrid
    /// A message from outside (the outcome of opening a URL).
    mutating func showMessage(_ text: String)
    /// The language of what it says, and of what the terminal layer says for it.
    var language: Language { get }
    var hasIdleWork: Bool { get }
    /// One short step of work left; true while more is left.
    @discardableResult mutating func doIdleWork() -> Bool
}
