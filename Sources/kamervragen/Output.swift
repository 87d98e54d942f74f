import ArgumentParser
import KamervragenKit

#if canImport(Glibc)
import Glibc
#endif

/// Writes a command's result to stdout; a failed write is EX_IOERR (74), so
/// `kamervragen export a.txt > /dev/full` or a closed stdout does not pass for success.
func writeOutput(_ string: String) throws {
    if let error = FileOutput.standardOutput.write(string) {
        printError(Catalogue.Commands.standardOutput.text(String(cString: strerror(error))))
        throw ExitCode(.ioError)
    }
}

/// A write to stdout that failed, with its errno.
struct OutputError: Error {
    var code: Int32
}

/// Output written as it is made: `body` is handed a writer for each piece (which throws
/// the `OutputError` of a failed write), and a failure ends the command as `writeOutput`
/// does.
func streamOutput(_ body: ((Span<UInt8>) throws(OutputError) -> Void) throws(OutputError) -> Void) throws {
    do {
        try body { (chunk) throws(OutputError) in
            if let error = FileOutput.standardOutput.write(chunk) { throw OutputError(code: error) }
        }
    } catch {
        printError(Catalogue.Commands.standardOutput.text(String(cString: strerror(error.code))))
        throw ExitCode(.ioError)
    }
}

/// One line on stderr, prefixed with the program name; the message is made terminal-safe
/// because it may quote a file name or a question number from the command line.
func printError(_ message: String) {
    _ = FileOutput.standardError.write("kamervragen: \(SafeText.line(message))\n")
}

/// Diagnostics as `FILE:LINE: severity: message`, the shape compilers use, so editors
/// and `grep` can jump to the line.
func printDiagnostics(_ document: Document) {
    var lines = ""
    for d in document.diagnostics {
        lines += SafeText.line("\(document.source):\(d.line): \(d.severity.rawValue): \(d.text(in: .current))") + "\n"
    }
    _ = FileOutput.standardError.write(lines)
}

/// The width `show` wraps to: `$COLUMNS` when it is a sensible number, else 80.
func outputWidth() -> Int {
    if let raw = getenv("COLUMNS"), let n = Int(String(cString: raw)), n >= 20, n <= 1000 { return n }
    return 80
}
