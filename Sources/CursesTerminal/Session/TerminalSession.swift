import CNcursesw
import Glibc
import KamervragenKit

/// One curses screen from `newterm` to `endwin`: the modes a pager needs, and leaving
/// them again on every way out.
final class TerminalSession {
    private let screen: OpaquePointer
    private let input: UnsafeMutablePointer<FILE>?
    let colors: Bool
    let mouse: Bool
    private var ended = false

    /// Starts curses on stdout. Input comes from stdin when it is a terminal, else from
    /// /dev/tty (so `kamervragen - < file` still reads keys), as `less` does.
    /// `language` is that of the errors it throws.
    init(options: TerminalOptions, language: Language) throws(TerminalError) {
        let t = Catalogue.Terminal.self
        guard isatty(1) == 1 else { throw TerminalError(t.stdoutNotATerminal.text(in: language)) }
        var input: UnsafeMutablePointer<FILE>? = nil
        var inputStream = kv_stdin()
        if isatty(0) != 1 {
            guard let tty = fopen("/dev/tty", "r") else {
                throw TerminalError(t.noTTY.text(in: language))
            }
            input = tty
            inputStream = tty
        }
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        // No TERM says nothing about the terminal: as `less` does, take it for a dumb one,
        // so the document is printed as text rather than refused.
        guard !term.isEmpty else {
            if let input { fclose(input) }
            throw TerminalError(t.termNotSet.text(in: language), plainTextWouldWork: true)
        }
        // ncurses reads a fixed size from LINES/COLUMNS when they are set, and then never
        // follows a resize; the real size comes from the terminal itself.
        unsetenv("LINES")
        unsetenv("COLUMNS")
        RestoreGuard.saveShellModes(fd: 1)
        // Unlike initscr, newterm returns NULL for an unknown terminal instead of exiting.
        guard let screen = newterm(term, kv_stdout(), inputStream) else {
            if let input { fclose(input) }
            throw TerminalError(t.unknownTerminal.text(SafeText.sanitized(term), in: language))
        }
        _ = set_term(screen)
        // Without cursor addressing (TERM=dumb, Emacs' M-x shell) curses can only draw
        // garbage; the document is better printed as text.
        if kv_tigetstr("cup") == nil {
            _ = endwin()
            delscreen(screen)
            if let input { fclose(input) }
            throw TerminalError(t.cannotPositionCursor.text(SafeText.sanitized(term), in: language), plainTextWouldWork: true)
        }
        self.screen = screen
        self.input = input
        _ = cbreak()
        _ = noecho()
        _ = nonl()
        _ = intrflush(kv_stdscr(), false)
        _ = set_escdelay(25)
        _ = curs_set(0)
        let noColor = getenv("NO_COLOR").map { $0.pointee != 0 } ?? false
        var colors = false
        if !noColor, has_colors(), start_color() == OK {
            // The first refresh clears the terminal and draws every cell whatever this
            // says; said beforehand, use_default_colors (which redefines colour pair 0)
            // skips walking every cell of curses' copy of the screen to mark the ones in
            // pair 0 for redrawing: all of them, a twelfth of setting up the terminal.
            _ = clearok(kv_curscr(), true)
            _ = use_default_colors()
            colors = kv_colors() >= 8
        }
        self.colors = colors
        self.mouse = options.mouse
        RestoreGuard.install(mouse: options.mouse)
    }

    /// Function keys, the mouse wheel if asked for, and the common key sequences. Called
    /// once the first screen is out: building curses' table of key sequences is a sixth of
    /// setting up the terminal, and nothing is read before this runs (keys typed earlier
    /// wait in the terminal's queue and are decoded with the table in place).
    func enableKeys() {
        guard !keysEnabled else { return }
        keysEnabled = true
        _ = keypad(kv_stdscr(), true)
        TerminalSession.defineCommonKeys()
        if mouse {
            _ = mousemask(kv_button4_pressed() | kv_button5_pressed(), nil)
            _ = mouseinterval(0)
        } else {
            _ = mousemask(0, nil)
        }
        // keypad() queued the keypad-transmit sequence; nothing changed on screen, so this
        // only sends it.
        _ = doupdate()
    }

    private var keysEnabled = false

    /// Home, End, Delete and the editing keys as the common terminals send them, for when
    /// `TERM` names a terminal whose terminfo entry describes other sequences (xterm's
    /// entry inside tmux or screen is the usual case). Without these, End would arrive as
    /// Esc, `[`, `4`, `~`, and `[` means "previous question". Sequences the entry already
    /// knows are left alone.
    private static func defineCommonKeys() {
        let keys: [(String, Int32)] = [
            ("\u{1B}[1~", KEY_HOME), ("\u{1B}[7~", KEY_HOME), ("\u{1B}[H", KEY_HOME), ("\u{1B}OH", KEY_HOME),
            ("\u{1B}[4~", KEY_END), ("\u{1B}[8~", KEY_END), ("\u{1B}[F", KEY_END), ("\u{1B}OF", KEY_END),
            ("\u{1B}[5~", KEY_PPAGE), ("\u{1B}[6~", KEY_NPAGE), ("\u{1B}[Z", KEY_BTAB),
            ("\u{1B}[A", KEY_UP), ("\u{1B}[B", KEY_DOWN), ("\u{1B}[C", KEY_RIGHT), ("\u{1B}[D", KEY_LEFT),
            ("\u{1B}OA", KEY_UP), ("\u{1B}OB", KEY_DOWN), ("\u{1B}OC", KEY_RIGHT), ("\u{1B}OD", KEY_LEFT),
            ("\u{1B}OP", kv_key_f(1)), ("\u{1B}[11~", kv_key_f(1)),
        ]
        for (sequence, code) in keys where key_defined(sequence) == 0 {
            _ = define_key(sequence, code)
        }
    }

    /// Bytes wait on the input terminal. Asked before idle work, so that work never
    /// holds up a key the reader has already typed. ncurses reads its input a byte at a
    /// time as it decodes keys, so between keys anything typed is still in this queue.
    var keyWaiting: Bool {
        var request = pollfd(fd: fileno(input ?? kv_stdin()), events: Int16(POLLIN), revents: 0)
        return poll(&request, 1, 0) > 0
    }

    var rows: Int { Int(kv_lines()) }
    var columns: Int { Int(kv_cols()) }

    /// Leaves curses mode; the terminal is as the shell left it.
    func end() {
        guard !ended else { return }
        ended = true
        _ = curs_set(1)
        _ = endwin()
        RestoreGuard.uninstall()
        delscreen(screen)
        if let input { fclose(input) }
    }

    /// Ctrl-Z from the browser: hand the terminal back to the shell, stop, and on `fg`
    /// take it again and have everything repainted (the shell may have drawn over it).
    func suspend() {
        _ = endwin()
        _ = kill(getpid(), SIGSTOP)
        _ = refresh()
        _ = clearok(kv_curscr(), true)
    }

    /// Makes the next refresh repaint every cell instead of only the changed ones.
    func forceFullRedraw() {
        _ = clearok(kv_curscr(), true)
    }

    deinit { end() }
}
