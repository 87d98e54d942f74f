#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole-file reads through POSIX calls, so errors carry errno and directories are caught,
/// and bounded: nothing read (an endless pipe, `/dev/zero`, a huge file) can grow the
/// process past `maxSize`.
enum FileBytes {
    /// How much of a stream `refusesEarly` is shown: the text reader's binary sample.
    static let earlySample = TextDecoding.binarySample

    /// Reads `path` (`-` is standard input) whole.
    ///
    /// - Parameters:
    ///   - maxSize: the most bytes read; past it the input is refused (bad data, 65).
    ///   - refusesEarly: asked once with the first `earlySample` bytes of an input whose
    ///     size is not known in advance (a pipe, a device), or of a file too large to read:
    ///     an error it returns (its path is set here) ends the read there, so
    ///     `/dev/urandom` is refused as binary at once rather than read up to the limit.
    static func read(path: String, maxSize: Int = InputLimits.defaultMaxSize,
                     refusesEarly: ([UInt8]) -> LoadError? = { _ in nil }) throws(LoadError) -> [UInt8] {
        let fd: Int32 = path == "-" ? 0 : open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { throw LoadError(.cannotOpen, path: path, errnoMessage()) }
        defer { if fd != 0 { close(fd) } }
        var st = stat()
        if fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR {
            throw LoadError(.cannotOpen, path: path, Catalogue.Load.isDirectory.text())
        }
        var out: [UInt8] = []
        if (st.st_mode & S_IFMT) == S_IFREG, st.st_size > 0 {
            let size = Int(st.st_size)
            if size > maxSize {
                // Refused unread; a binary file (a film, a disk image) is told so instead,
                // which says more about what went wrong.
                if var early = refusesEarly(try readSome(fd, path: path, upTo: earlySample)) {
                    early.path = path
                    throw early
                }
                throw tooLarge(path, maxSize)
            }
            // A regular file is read straight into an array of its size: no zeroed 64 KiB
            // bounce buffer (for the sample, 16 fresh pages and their page faults before
            // the first screen). A file that grows meanwhile is finished by the loop below.
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
                if errno == EISDIR { throw LoadError(.cannotOpen, path: path, Catalogue.Load.isDirectory.text()) }
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
            if out.count + more.count > maxSize { throw tooLarge(path, maxSize) }
            out += more
        }
        var checked = !out.isEmpty
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                if errno == EISDIR { throw LoadError(.cannotOpen, path: path, Catalogue.Load.isDirectory.text()) }
                throw LoadError(.cannotOpen, path: path, errnoMessage())
            }
            if n == 0 { break }
            if out.count + n > maxSize { throw tooLarge(path, maxSize) }
            out.append(contentsOf: chunk[0..<n])
            if !checked && out.count >= earlySample {
                checked = true
                if var early = refusesEarly(Array(out[0..<earlySample])) {
                    early.path = path
                    throw early
                }
            }
        }
        return out
    }

    /// Up to `limit` bytes from where `fd` stands: fewer only at the end of the input.
    private static func readSome(_ fd: Int32, path: String, upTo limit: Int) throws(LoadError) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: limit)
        var count = 0
        while count < limit {
            let n = out.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + count, limit - count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw LoadError(.cannotOpen, path: path, errnoMessage())
            }
            if n == 0 { break }
            count += n
        }
        out.removeLast(limit - count)
        return out
    }

    static func tooLarge(_ path: String, _ maxSize: Int) -> LoadError {
        LoadError(.badData, path: path, Catalogue.Input.tooLarge.text(InputLimits.describe(maxSize)))
    }

    static func errnoMessage() -> String {
        switch errno {
        case ENOENT: Catalogue.Load.noSuchFile.text()
        case EACCES: Catalogue.Load.permissionDenied.text()
        case EISDIR: Catalogue.Load.isDirectory.text()
        default: Catalogue.Load.systemError.text(String(cString: strerror(errno)))
        }
    }
}
