#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one entry point from a path (or `-`) to a `Document`.
public enum DocumentLoader {
    /// Reads and parses `path`; `-` reads standard input.
    public static func load(path: String) throws(LoadError) -> Document {
        var bytes = try FileBytes.read(path: path)
        return try parse(owned: &bytes, source: path)
    }

    /// Parses bytes already in memory (tests, standard input).
    public static func parse(bytes: [UInt8], source: String) throws(LoadError) -> Document {
        var copy = bytes
        return try parse(owned: &copy, source: source)
    }

    /// Frees `bytes` once they are split into lines, to keep peak memory near twice the input.
    static func parse(owned bytes: inout [UInt8], source: String) throws(LoadError) -> Document {
        if bytes.isEmpty { throw LoadError(.badData, path: source, "empty file") }
        if PDFReader.isPDF(bytes) { return try PDFReader.document(bytes: bytes, source: source) }
        var lines: [SourceLine] = []
        var diagnostics: [Diagnostic] = []
        do {
            let body = try TextDecoding.checked(bytes, source: source)
            let split = body.withUnsafeBufferPointer { LineSplitter.split(bytes: $0) }
            lines = split.lines
            if split.repaired {
                lines = LineSplitter.split(TextDecoding.windows1252(body))
                diagnostics.append(TextDecoding.fallbackNote)
            }
        }
        bytes = []
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
