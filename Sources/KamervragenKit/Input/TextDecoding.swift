/// Checks raw bytes before any parsing, and reads Windows-1252. Old Word exports are
/// Windows-1252; the loader falls back to it only when the bytes are not valid UTF-8
/// (the line splitter notices), because valid UTF-8 is almost never accidental.
enum TextDecoding {
    static let fallbackNote = Diagnostic(line: 1, severity: .warning, .notUTF8)

    /// Normalised lines from raw bytes: UTF-16 with a byte-order mark, UTF-8 (BOM dropped),
    /// or Windows-1252 when the bytes are not valid UTF-8. The bytes are released once
    /// split, to keep peak memory low.
    static func lines(from input: consuming [UInt8], source: String) throws(LoadError) -> ([SourceLine], [Diagnostic]) {
        var bytes = input
        if let utf8 = UTF16Text.utf8(bytes) { bytes = utf8 }
        var lines: [SourceLine] = []
        var diagnostics: [Diagnostic] = []
        do {
            let body = try withoutBOM(bytes, source: source)
            // The binary check runs inside the split: one pass over the bytes, not two.
            let split = body.withByteText { LineSplitter.split(bytes: $0, checkingBinary: true) }
            if split.binary { throw binaryError(source) }
            lines = split.lines
            if split.repaired {
                lines = LineSplitter.split(windows1252(body))
                diagnostics.append(fallbackNote)
            }
        }
        bytes = []
        return (lines, diagnostics)
    }

    /// The bytes without a BOM, after the empty check (the splitter does the binary one).
    static func withoutBOM(_ bytes: [UInt8], source: String) throws(LoadError) -> ArraySlice<UInt8> {
        var body = bytes[...]
        if body.count >= 3 && body[0] == 0xEF && body[1] == 0xBB && body[2] == 0xBF { body = body.dropFirst(3) }
        if body.isEmpty { throw LoadError(.badData, path: source, Catalogue.Load.empty.text()) }
        return body
    }

    static func binaryError(_ source: String) -> LoadError {
        LoadError(.badData, path: source, Catalogue.Load.binary.text())
    }

    /// How many leading bytes the binary test looks at, so huge inputs stay cheap.
    static let binarySample = 1 << 16

    /// NUL bytes never occur in text; a high share of other control bytes means an
    /// executable or image. The loader gets this answer from the line splitter
    /// (`split(bytes:checkingBinary:)`); this stand-alone form is its specification.
    static func looksBinary(_ bytes: ArraySlice<UInt8>) -> Bool {
        let sample = bytes.prefix(binarySample)
        return sample.withByteText { buf in
            let n = buf.count
            var controls = 0
            var i = 0
            while i + 8 <= n {
                // Eight bytes with none below 0x20 (most words of text) are passed at once;
                // a word with a line end is counted with exact per-byte masks.
                let w = buf.word(at: i)
                i += 8
                if !ByteScan.hasBelow0x20(w) { continue }
                if ByteScan.zeroBytes(w) != 0 { return true }
                let allowed = ByteScan.bytesEqual(w, 0x0A) | ByteScan.bytesEqual(w, 0x0D)
                    | ByteScan.bytesEqual(w, 0x09) | ByteScan.bytesEqual(w, 0x0C)
                controls += (ByteScan.bytesBelow0x20(w) & ~allowed).nonzeroBitCount
            }
            while i < n {
                let b = buf[i]
                if b == 0 { return true }
                if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C { controls += 1 }
                i += 1
            }
            return controls * 20 > n
        }
    }

    /// The 0x80–0x9F row of Windows-1252; the rest of the high half equals Latin-1.
    private static let highRow: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    static func windows1252(_ bytes: ArraySlice<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for b in bytes {
            let value: UInt32 = (0x80...0x9F).contains(b) ? highRow[Int(b) - 0x80] : UInt32(b)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }
}
