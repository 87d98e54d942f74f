#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole-file reads through POSIX calls, so errors carry errno and directories are caught.
enum FileBytes {
    static func read(path: String) throws(LoadError) -> [UInt8] {
        let fd: Int32 = path == "-" ? 0 : open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { throw LoadError(.cannotOpen, path: path, errnoMessage()) }
        defer { if fd != 0 { close(fd) } }
        var st = stat()
        if fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR {
            throw LoadError(.cannotOpen, path: path, "is a directory")
        }
        var out: [UInt8] = []
        if (st.st_mode & S_IFMT) == S_IFREG, st.st_size > 0 {
            // A regular file is read straight into an array of its size: no zeroed 64 KiB
            // bounce buffer (for the sample, 16 fresh pages and their page faults before
            // the first screen). A file that grows meanwhile is finished by the loop below.
            let size = Int(st.st_size)
            var failure: Int32 = 0
            out = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, count in
                while count < size {
                    let n = Glibc.read(fd, buffer.baseAddress! + count, size - count)
                    if n < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        return
                    }
                    if n == 0 { return }
                    count += n
                }
            }
            if failure != 0 {
                errno = failure
                if errno == EISDIR { throw LoadError(.cannotOpen, path: path, "is a directory") }
                throw LoadError(.cannotOpen, path: path, errnoMessage())
            }
            if out.count < size { return out }
            // Usually at its end now; one small read says so without the 64 KiB buffer.
            let more = try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 512) { probe throws(LoadError) -> [UInt8] in
                while true {
                    let n = Glibc.read(fd, probe.baseAddress, probe.count)
                    if n < 0 {
                        if errno == EINTR { continue }
                        throw LoadError(.cannotOpen, path: path, errnoMessage())
                    }
                    return Array(probe[0..<n])
                }
            }
            if more.isEmpty { return out }
            out += more
        }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                if errno == EISDIR { throw LoadError(.cannotOpen, path: path, "is a directory") }
                throw LoadError(.cannotOpen, path: path, errnoMessage())
            }
            if n == 0 { break }
            out.append(contentsOf: chunk[0..<n])
        }
        return out
    }

    static func errnoMessage() -> String {
        switch errno {
        case ENOENT: "no such file"
        case EACCES: "permission denied"
        case EISDIR: "is a directory"
        default: String(cString: strerror(errno))
        }
    }
}
