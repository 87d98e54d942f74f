/// Something the pure core asks the outside world to do after a key.
public enum Effect: Hashable, Sendable {
    case quit
    /// Open an `http(s)` URL in the user's browser; the terminal reports the outcome back
    /// through `Browser.showMessage`.
    case openURL(String)
    /// Put `text` on the clipboard; `what` names it for the message saying how it went
    /// (the terminal reports that back through `Browser.showMessage`).
    case copy(text: String, what: String)
    /// Suspend to the shell (Ctrl-Z); the terminal redraws everything on return.
    case suspend
    /// Repaint the whole screen (Ctrl-L).
    case redraw
    /// Open another answer of the library by its id (a reader opened from a library asks
    /// the library view, which opens it).
    case openDocument(String)
}
