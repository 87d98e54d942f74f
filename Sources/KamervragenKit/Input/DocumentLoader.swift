#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one entry point from a path (or `-`) to a `Document`.
public enum DocumentLoader {
    /// Reads and parses `path`; `-` reads standard input.
    public static func load(path: String) throws(LoadError) -> Document {
        let bytes = try FileBytes.read(path: path)
        return try parse(bytes: consume bytes, source: path)
    }

    /// Parses bytes already in memory (tests, standard input). The bytes are consumed so
    /// they can be freed as soon as they are split into lines.
    public static func parse(bytes: consuming [UInt8], source: String) throws(LoadError) -> Document {
        if PDFReader.isPDF(bytes) { return try PDFReader.document(bytes: bytes, source: source) }
        let (lines, diagnostics) = try TextDecoding.lines(from: bytes, source: source)
        var doc = DocumentParser.parse(lines: consume lines, source: source)
        doc.diagnostics.insert(contentsOf: diagnostics, at: 0)
        if doc.questions.isEmpty && doc.answers.isEmpty && doc.notices.isEmpty {
            throw LoadError(.badData, path: source, "no questions, answers or notice found")
        }
        return doc
    }
}

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
        if st.st_size > 0 { out.reserveCapacity(Int(st.st_size) + 1) }
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
