import BrowserCore
import CNcursesw
import Glibc

/// Runs a `Browser` on the terminal: the one input loop that reads a key, lets the pure
/// core decide, carries out its effects and paints the grid it renders.
public enum CursesTerminal {
    /// Returns when the reader quits; throws when the terminal cannot be driven at all.
    /// The terminal is restored before this returns or throws.
    public static func run(_ browser: Browser, options: TerminalOptions = TerminalOptions()) throws(TerminalError) {
        LocaleSetup.ensureUTF8()
        let session = try TerminalSession(options: options)
        defer { session.end() }
        let painter = GridPainter(palette: Palette(colors: session.colors))
        let opener = URLOpener.fromEnvironment()
        var browser = browser
        var children: [Int32] = []
        browser.resize(rows: session.rows, columns: session.columns)
        painter.paint(browser.render())
        session.enableKeys()
        var searchPrepared = false

        while true {
            // The search index (tens of ms on a very large document) is built the first
            // time the reader is looking rather than typing, so their first `/` does not
            // wait for it; a key typed ahead is answered first.
            if !searchPrepared && !session.keyWaiting {
                browser.prepareSearch()
                searchPrepared = true
            }
            var value: wint_t = 0
            let status = wget_wch(kv_stdscr(), &value)
            switch KeyDecoder.decode(status: status, value: UInt32(value), mouse: session.mouse) {
            case .ignored:
                continue
            case .resize:
                browser.resize(rows: session.rows, columns: session.columns)
            case .key(let key):
                for effect in browser.handle(key) {
                    switch effect {
                    case .quit:
                        return
                    case .openURL(let url):
                        let outcome = opener.open(url)
                        if case .opened(_, let pid) = outcome { children.append(pid) }
                        if let message = outcome.message { browser.showMessage(message) }
                    case .suspend:
                        session.suspend()
                        // The size may have changed while the shell had the terminal.
                        browser.resize(rows: session.rows, columns: session.columns)
                    case .redraw:
                        session.forceFullRedraw()
                    }
                }
            }
            if !children.isEmpty { children = URLOpener.reap(children) }
            painter.paint(browser.render())
        }
    }
}
