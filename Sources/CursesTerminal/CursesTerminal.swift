import BrowserCore
import CNcursesw

/// PROVISIONAL: the curses front end is being built; see issue 3.
public enum CursesTerminal {
    public static func run(_ browser: Browser) -> Int32 { 0 }
}
