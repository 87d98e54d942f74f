#if canImport(Glibc)
import Glibc
#endif

/// The C calls the sections share, in one place: the only file of the benchmark that
/// hands Swift memory to C (temporary names, directory entries, read and write loops, the
/// argument arrays of `posix_spawn`, a symbol looked up at run time).
enum POSIXCalls {
    /// `mkdtemp` on `template` (ending in XXXXXX): the new directory's path.
    static func temporaryDirectory(_ template: String) -> String? {
        var t = Array(template.utf8CString)
        return t.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }.map { String(cString: $0) }
    }

    /// `mkstemp` on `template`: the open descriptor and the file's path.
    static func temporaryFile(_ template: String) -> (fd: Int32, path: String)? {
        var t = Array(template.utf8CString)
        let fd = t.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { return nil }
        return (fd, String(decoding: t.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }

    /// Every entry name of `dir` (`.` and `..` included), in directory order; nil when it
    /// cannot be opened.
    static func entryNames(_ dir: String) -> [String]? {
        guard let handle = opendir(dir) else { return nil }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            names.append(withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) })
        }
        return names
    }

    /// Reads `fd` to its end (or the first error); up to `limit` bytes when given.
    static func readAll(_ fd: Int32, limit: Int = .max) -> [UInt8] {
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while out.count < limit {
            let want = Swift.min(chunk.count, limit - out.count)
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, want) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            out += chunk[0..<n]
        }
        return out
    }

    /// The whole of the file at `path`; nil when it cannot be opened.
    static func readFile(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        return readAll(fd)
    }

    /// Writes all of `bytes` to `fd`; false on an error.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + offset, bytes.count - offset) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return false }
            offset += n
        }
        return true
    }

    /// `argv` and `environment` as the NUL-terminated C string arrays `posix_spawn` takes,
    /// for the call; freed after it.
    static func withSpawnArrays<R>(_ argv: [String], _ environment: [String],
                                   _ body: (inout [UnsafeMutablePointer<CChar>?], inout [UnsafeMutablePointer<CChar>?]) -> R) -> R {
        var cArguments: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        var cEnvironment: [UnsafeMutablePointer<CChar>?] = environment.map { strdup($0) } + [nil]
        defer {
            for p in cArguments { free(p) }
            for p in cEnvironment { free(p) }
        }
        return body(&cArguments, &cEnvironment)
    }

    /// `malloc_trim(0)`, looked up at run time (it is not visible from Swift).
    static func mallocTrim() {
        typealias Trim = @convention(c) (Int) -> Int32
        if let sym = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") {
            _ = unsafeBitCast(sym, to: Trim.self)(0)
        }
    }
}
