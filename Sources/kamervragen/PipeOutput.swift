import BrowserCore
import KamervragenKit

#if canImport(Glibc)
import Glibc
#endif

/// The browse command's output when standard output is not a terminal.
enum PipeOutput {
    /// `$COLUMNS` when the caller set it (a shell's width, or a script's choice), else 80.
    static var width: Int {
        if let value = getenv("COLUMNS"), let n = Int(String(cString: value)), n > 0 { return n }
        return 80
    }

    /// Writes the wrapped plain text; control characters are replaced again here so that
    /// nothing in a hostile document reaches a terminal further down the pipe. A failed
    /// write (stdout closed, a full disk) is EX_IOERR, as for `outline` and `export`.
    static func write(_ document: Document, width: Int? = nil) throws {
        var text = SafeText.plainText(plainTextDump(of: document, width: width ?? self.width))
        if !text.hasSuffix("\n") { text += "\n" }
        try writeOutput(text)
    }
}
