import BrowserCore
import CNcursesw
import Glibc

/// Runs the reader (`Browser`) or the library view (`LibraryBrowser`) on the terminal: the
/// one input loop that reads a key, lets the pure core decide, carries out its effects and
/// paints the grid it renders.
public enum CursesTerminal {
    /// The colour table: none without colours (or with `NO_COLOR`), else `--palette`, then
    /// `KAMERVRAGEN_PALETTE` (a value that names no palette is passed over), then `auto`.
    static func scheme(colors: Bool, options: TerminalOptions) -> ColorScheme {
        guard colors else { return .monochrome }
        let environment = { (name: String) in getenv(name).map { String(cString: $0) } }
        let choice = options.palette ?? PaletteChoice(environment: environment("KAMERVRAGEN_PALETTE")) ?? .auto
        return choice.scheme(colorFGBG: environment("COLORFGBG"))
    }

    /// Returns when the reader quits; throws when the terminal cannot be driven at all.
    /// The terminal is restored before this returns or throws.
    public static func run<App: TerminalApp>(_ browser: App, options: TerminalOptions = TerminalOptions()) throws(TerminalError) {
        LocaleSetup.ensureUTF8()
        let session = try TerminalSession(options: options, language: browser.language)
        defer { session.end() }
        let features = TerminalFeatures(environment: { getenv($0).map { String(cString: $0) } })
        let palette = Palette(scheme: CursesTerminal.scheme(colors: session.colors, options: options))
        let painter = GridPainter(palette: palette, hyperlinks: features.hyperlinks ? HyperlinkPainter(palette: palette) : nil)
        let opener = URLOpener.fromEnvironment()
        let clipboard = ClipboardWriter.fromEnvironment(features)
        var browser = browser
        var children: [Int32] = []
        browser.resize(rows: session.rows, columns: session.columns)
        var shown = browser.render()
        painter.paint(shown)
        session.enableKeys()

        while true {
            // Work left from opening or searching is done in short steps while no key is
            // waiting: curses is asked for a key without waiting for one between steps, so
            // a key (or a resize) is answered as soon as the step in progress ends. The
            // screen is painted again only when a step changed what it shows (a match
            // count, a percentage).
            var value: wint_t = 0
            let idle = browser.hasIdleWork
            wtimeout(kv_stdscr(), idle ? 0 : -1)
            let status = wget_wch(kv_stdscr(), &value)
            if idle && status == ERR {
                browser.doIdleWork()
                let grid = browser.render()
                if grid != shown {
                    painter.paint(grid)
                    shown = grid
                }
                continue
            }
            switch KeyDecoder.decode(status: status, value: UInt32(value), mouse: session.mouse) {
            case .ignored:
                continue
            case .resize:
                browser.resize(rows: session.rows, columns: session.columns)
                painter.hyperlinks?.forget()
            case .key(let key):
                for effect in browser.handle(key) {
                    switch effect {
                    case .quit:
                        return
                    case .openURL(let url):
                        let outcome = opener.open(url)
                        if case .opened(_, let pid) = outcome { children.append(pid) }
                        if let message = outcome.message(in: browser.language) { browser.showMessage(message) }
                    case .copy(let text, let what):
                        let outcome = clipboard.copy(text)
                        if case .byProgram(_, let pid?) = outcome { children.append(pid) }
                        browser.showMessage(outcome.message(what: what, in: browser.language))
                    case .suspend:
                        session.suspend()
                        painter.hyperlinks?.forget()
                        // The size may have changed while the shell had the terminal.
                        browser.resize(rows: session.rows, columns: session.columns)
                    case .redraw:
                        session.forceFullRedraw()
                        painter.hyperlinks?.forget()
                    case .openDocument:
                        // The library view carries this out itself; a reader of one file
                        // has no references to follow.
                        break
                    }
                }
            }
            if !children.isEmpty { children = URLOpener.reap(children) }
            shown = browser.render()
            painter.paint(shown)
        }
    }
}
