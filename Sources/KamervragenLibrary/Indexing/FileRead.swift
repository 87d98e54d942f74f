#if canImport(Glibc)
import Glibc
#endif

/// A whole file's bytes with its size and time as they were when it was opened, so the
/// stamp stored beside the parsed text describes the bytes that were parsed.
struct FileRead {
    var bytes: [UInt8]
    var size: Int64
    var mtime: Int64

    enum Failure: Error { case open(Int32), read(Int32), notAFile }

    static func read(_ path: String) throws(Failure) -> FileRead {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .open(errno) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw .open(errno) }
        guard (st.st_mode & S_IFMT) == S_IFREG else { throw .notAFile }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(st.st_size))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .read(errno)
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
        }
        return FileRead(bytes: bytes, size: Int64(st.st_size), mtime: LibraryFiles.mtime(st))
    }
}
