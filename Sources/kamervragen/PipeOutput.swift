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
    /// nothing in a hostile document reaches a terminal further down the pipe. Written in
    /// pieces of about 64 KiB as the text is made, not held whole. A failed write (stdout
    /// closed, a full disk) is EX_IOERR, as for `outline` and `export`.
    static func write(_ document: Document, width: Int? = nil) throws {
        try streamOutput { (write) throws(OutputError) in
            var buffer: [UInt8] = []
            buffer.reserveCapacity(1 << 16 + 1 << 12)
            var last: UInt8 = 0
            var failure: OutputError?
            plainTextDump(of: document, width: width ?? self.width, language: .current) { piece in
                guard failure == nil, let end = piece.utf8.last else { return }
                buffer.append(contentsOf: SafeText.plainText(piece).utf8)
                last = end
                guard buffer.count >= 1 << 16 else { return }
                do throws(OutputError) {
                    try write(buffer.span)
                } catch {
                    failure = error
                }
                buffer.removeAll(keepingCapacity: true)
            }
            if let failure { throw failure }
            if last != 0x0A { buffer.append(0x0A) }
            try write(buffer.span)
        }
    }
}
