/// A key press, already decoded by the terminal layer. Pure data, so key sequences can be
/// replayed in unit tests exactly as the terminal would deliver them.
public enum Key: Hashable, Sendable {
    case character(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, tab, backTab, backspace, escape
    case function(Int)
    /// Ctrl plus a letter, e.g. `.control("l")` for redraw.
    case control(Character)
}
