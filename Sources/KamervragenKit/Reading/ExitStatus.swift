/// How the program ends: every command, every error type and the README's table name
/// their status here, so the codes cannot drift apart.
///
/// The failures follow sysexits(3), so a script can tell a typo (64) from a bad file (65)
/// from a missing one (66) without reading the message.
public enum ExitStatus: Int32, Sendable, CaseIterable {
    case success = 0
    /// `search` found nothing, as grep says it: not a failure, an answer.
    case noHits = 1
    /// EX_USAGE: an unknown option, a missing argument, a question the document lacks.
    case usage = 64
    /// EX_DATAERR: empty, binary, too large, no questions, a PDF without pages or text.
    case dataError = 65
    /// EX_NOINPUT: missing, unreadable, a directory.
    case noInput = 66
    /// EX_UNAVAILABLE: a helper program (`pdftotext`) is missing, or the terminal cannot
    /// be driven.
    case unavailable = 69
    /// EX_SOFTWARE: a helper program failed or hung; an internal error.
    case software = 70
    /// EX_IOERR: standard output could not be written (closed, a full disk).
    case ioError = 74
    /// Ctrl-C (128 + SIGINT) while a library was being indexed; what was indexed is kept.
    case interrupted = 130
    /// SIGTERM (128 + SIGTERM) while a library was being indexed.
    case terminated = 143
}
