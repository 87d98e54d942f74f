/// Why the full-screen browser could not start: a one-line message for stderr and the
/// sysexits code the command exits with.
public struct TerminalError: Error, CustomStringConvertible, Sendable {
    public let description: String
    /// 69 (EX_UNAVAILABLE) for a terminal curses cannot drive, 74 (EX_IOERR) otherwise.
    public let exitCode: Int32

    /// True when the terminal can show text but not a full-screen program (TERM=dumb, as
    /// in Emacs' shell): the caller should print the document as plain text instead.
    public let plainTextWouldWork: Bool

    public init(_ description: String, exitCode: Int32 = 69, plainTextWouldWork: Bool = false) {
        self.description = description
        self.exitCode = exitCode
        self.plainTextWouldWork = plainTextWouldWork
    }
}
