import KamervragenKit

/// Why the full-screen browser could not start: a one-line message for stderr and the
/// status the command exits with.
public struct TerminalError: Error, CustomStringConvertible, Sendable {
    public let description: String
    /// `.unavailable` (69) for a terminal curses cannot drive, `.ioError` (74) otherwise.
    public let status: ExitStatus

    /// True when the terminal can show text but not a full-screen program (TERM=dumb, as
    /// in Emacs' shell): the caller should print the document as plain text instead.
    public let plainTextWouldWork: Bool

    public init(_ description: String, status: ExitStatus = .unavailable, plainTextWouldWork: Bool = false) {
        self.description = description
        self.status = status
        self.plainTextWouldWork = plainTextWouldWork
    }
}
