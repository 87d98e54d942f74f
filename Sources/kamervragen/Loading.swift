import ArgumentParser
import KamervragenKit

#if canImport(Glibc)
import Glibc
#endif

/// Loads a document for a command, turning a `LoadError` into its one-line message and
/// sysexits code.
func loadDocument(_ path: String) throws -> Document {
    do {
        return try DocumentLoader.load(path: path)
    } catch {
        printError(error.description)
        throw ExitCode(error.exitCode)
    }
}

/// sysexits(3) codes: scripts tell a typo (64) from a bad file (65) from a missing one (66).
enum SysExit {
    static let usage: Int32 = 64
    static let dataError: Int32 = 65
    static let noInput: Int32 = 66
    static let unavailable: Int32 = 69
    static let software: Int32 = 70
    static let ioError: Int32 = 74
}

/// One line on stderr, prefixed with the program name; the message is made terminal-safe
/// because it may quote a file name or a question number from the command line.
func printError(_ message: String) {
    var err = StandardError()
    print("kamervragen: \(TerminalSafe.sanitised(message))", to: &err)
}

/// Diagnostics as `FILE:LINE: severity: message`, the shape compilers use, so editors
/// and `grep` can jump to the line.
func printDiagnostics(_ document: Document) {
    var err = StandardError()
    for d in document.diagnostics {
        print(TerminalSafe.sanitised("\(document.source):\(d.line): \(d.severity.rawValue): \(d.message)"), to: &err)
    }
}

struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        writeAll(fd: 2, string)
    }
}

/// Writes all of `string` to `fd` with write(2), retrying short writes and EINTR. Used for
/// stdout too: one write of the whole export is much faster than `print` line by line.
/// A closed pipe (`| head`) ends the process by SIGPIPE, as `cat` does. Returns the errno
/// of a failed write (a full disk), or nil.
@discardableResult
func writeAll(fd: Int32, _ string: String) -> Int32? {
    var s = string
    return s.withUTF8 { writeAll(fd: fd, bytes: $0) }
}

/// The same for bytes.
@discardableResult
func writeAll(fd: Int32, bytes buffer: UnsafeBufferPointer<UInt8>) -> Int32? {
    var offset = 0
    while offset < buffer.count {
        let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
        if n < 0 {
            if errno == EINTR { continue }
            return errno
        }
        offset += n
    }
    return nil
}

/// Writes a command's result to stdout; a failed write is EX_IOERR (74), so
/// `kamervragen export a.txt > /dev/full` does not pass for success.
func writeOutput(_ string: String) throws {
    if let error = writeAll(fd: 1, string) { try failedOutput(error) }
}

/// A write to stdout that failed, with its errno.
struct OutputError: Error {
    var code: Int32
}

/// Output written as it is made: `write` is handed each piece (`body` may throw the
/// `OutputError` a failed write gives it), and a failure ends the command as
/// `writeOutput` does.
func streamOutput(_ body: ((UnsafeBufferPointer<UInt8>) throws(OutputError) -> Void) throws(OutputError) -> Void) throws {
    do {
        try body { (chunk) throws(OutputError) in
            if let error = writeAll(fd: 1, bytes: chunk) { throw OutputError(code: error) }
        }
    } catch {
        try failedOutput(error.code)
    }
}

private func failedOutput(_ error: Int32) throws -> Never {
    printError("standard output: \(String(cString: strerror(error)))")
    throw ExitCode(SysExit.ioError)
}

/// The width `show` wraps to: `$COLUMNS` when it is a sensible number, else 80.
func outputWidth() -> Int {
    if let raw = getenv("COLUMNS"), let n = Int(String(cString: raw)), n >= 20, n <= 1000 { return n }
    return 80
}
