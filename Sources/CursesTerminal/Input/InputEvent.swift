import BrowserCore

/// What one read from the terminal produced.
enum InputEvent: Equatable {
    case key(Key)
    /// The terminal changed size; curses has already resized stdscr.
    case resize
    /// Nothing the browser understands (an unmapped function key, a mouse click, EINTR).
    case ignored
}
