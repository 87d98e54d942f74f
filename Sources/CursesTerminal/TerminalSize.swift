import Glibc

/// The size of the terminal on standard output, asked of the kernel before curses starts,
/// so the reader is laid out once at the right width instead of at a guess and again.
public enum TerminalSize {
    public static func current() -> (rows: Int, columns: Int)? {
        var size = winsize()
        guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0, size.ws_col > 0 else { return nil }
        return (Int(size.ws_row), Int(size.ws_col))
    }
}
