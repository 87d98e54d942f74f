import Glibc

/// The terminal taken over for the reader (locale, curses screen, restore guard) before
/// the document is ready.
///
/// Setting up curses (reading the terminfo entry, the modes, colours) takes about as long
/// as parsing the sample; the program does the two at the same time, one on each core, and
/// this type is the half that must stay on the thread that will draw. Until `close()` or
/// `CursesTerminal.run(_:on:)` returns, every way out of the process restores the terminal.
public final class PreparedTerminal {
    let session: TerminalSession

    /// Throws when the terminal cannot be driven; `plainTextWouldWork` then says whether
    /// the caller should print the document instead.
    public init(options: TerminalOptions = TerminalOptions()) throws(TerminalError) {
        LocaleSetup.ensureUTF8()
        session = try TerminalSession(options: options)
    }

    /// The size curses found, which the reader is laid out to.
    public var rows: Int { session.rows }
    public var columns: Int { session.columns }

    /// Leaves curses mode without ever having shown a reader (the document failed to
    /// load): the shell's screen and modes are back before the caller prints its error.
    public func close() {
        session.end()
    }
}
