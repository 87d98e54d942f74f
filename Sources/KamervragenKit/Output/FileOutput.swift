import Glibc

/// The one write-all-or-fail loop: every byte the program prints goes through it, so a
/// short write, an interrupted one, a closed descriptor or a full disk is handled the same
/// way everywhere.
///
/// Written with write(2), not `print`: one call for a whole export is much faster than
/// line by line, and the errno of a failure reaches the caller, who turns it into EX_IOERR
/// (74) rather than passing for success. A closed pipe (`| head`) still ends the process by
/// SIGPIPE, as it does `cat`.
public struct FileOutput: Sendable {
    public let descriptor: Int32

    public init(descriptor: Int32) { self.descriptor = descriptor }

    public static let standardOutput = FileOutput(descriptor: 1)
    public static let standardError = FileOutput(descriptor: 2)

    /// Writes all of `bytes`, retrying short writes and EINTR. Returns the errno of a
    /// failed write, or nil. A write that takes nothing (which a regular file or pipe never
    /// does) counts as EIO rather than looping for ever.
    public func write(_ bytes: Span<UInt8>) -> Int32? {
        bytes.withUnsafeBufferPointer(writeAll)
    }

    /// `write` for a string's UTF-8.
    public func write(_ string: String) -> Int32? {
        var s = string
        return s.withUTF8(writeAll)
    }

    /// The loop itself; the pointer stays in this file.
    private func writeAll(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        guard let base = bytes.baseAddress else { return nil }
        var offset = 0
        while offset < bytes.count {
            let n = Glibc.write(descriptor, base + offset, bytes.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            if n == 0 { return EIO }
            offset += n
        }
        return nil
    }
}
