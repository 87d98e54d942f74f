import BrowserCore
import CursesTerminal
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
    /// pieces of about 64 KiB as the text is made, not held whole.
    static func write(_ document: Document, width: Int? = nil) {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 16 + 1 << 12)
        var failed = false
        var last: UInt8 = 0
        func flush() {
            guard !failed, !buffer.isEmpty else { return }
            failed = buffer.withUnsafeBufferPointer { writeAll(fd: 1, bytes: $0) } != nil
            buffer.removeAll(keepingCapacity: true)
        }
        plainTextDump(of: document, width: width ?? self.width) { piece in
            guard !failed, let end = piece.utf8.last else { return }
            buffer.append(contentsOf: TerminalSafeText.plainText(piece).utf8)
            last = end
            if buffer.count >= 1 << 16 { flush() }
        }
        if last != 0x0A { buffer.append(0x0A) }
        flush()
    }
}
