enum LineSplitter {
    /// One pass over the UTF-8 bytes: line ends (LF, CRLF, CR), form feeds, and the
    /// characters that only disturb matching (tabs, no-break spaces, U+2011, zero-width
    /// spaces, other controls) are normalised here so nothing later has to.
    static func split(_ input: String) -> [SourceLine] {
        input.withByteText { split(bytes: $0).lines }
    }

    /// A piece of one line (a word) normalised as `split` normalises lines, without the
    /// trimming: what a reader that assembles lines itself gives each piece.
    static func normalised(_ piece: String) -> String {
        if piece.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return piece }
        let lines = split(piece + "x")
        var text = lines.map(\.text).joined(separator: " ")
        text.removeLast()
        return text
    }

    /// Splits raw bytes; `repaired` says some line was not valid UTF-8 (the caller may
    /// then re-read the whole input as Windows-1252).
    ///
    /// The normalised text is written once, into chunks that the lines point into;
    /// normalising never lengthens a line, so its raw length bounds the room it needs.
    /// UTF-8 is checked here, on the bytes that are not ASCII, instead of by decoding
    /// each line.
    static func split(bytes buf: ByteText) -> (lines: [SourceLine], repaired: Bool) {
        let result = split(bytes: buf, checkingBinary: false)
        return (result.lines, result.repaired)
    }

    /// `split(bytes:)` that also answers `TextDecoding.looksBinary` for the same bytes,
    /// stopping as soon as the answer is yes. The splitter already visits every control
    /// byte in its slow path, so counting them there spares the loader a pass of its own.
    static func split(bytes buf: ByteText, checkingBinary: Bool)
        -> (lines: [SourceLine], repaired: Bool, binary: Bool) {
        var splitter = Splitter(buf, checkingBinary: checkingBinary)
        let binary = !splitter.run()
        return (splitter.lines, splitter.repaired, binary)
    }

    /// One split's state. The stages of each line: room for it in a chunk (`reserveLine`),
    /// runs of printable ASCII copied eight bytes at a time (`copyASCIIRun`), every other
    /// byte normalised (`normalise`), the line handed out at its end (`emit`).
    private struct Splitter {
        let buf: ByteText
        let n: Int
        var lines: [SourceLine] = []
        var repaired = false
        /// The binary test's sample and how many of its control bytes make it binary.
        let sampleEnd: Int
        var controls = 0
        /// The text goes into chunks rather than one buffer, so that the parser, dropping
        /// lines as it passes them, frees the text it has used while the model grows.
        var store = LineBytes.empty
        var out: UnsafeMutablePointer<UInt8>
        var capacity = 0
        /// Bytes written to `out`.
        var count = 0
        var atLineStart = true
        var lineStart = 0
        var lineNo = 1
        var pageBreak = false
        var i = 0

        init(_ buf: ByteText, checkingBinary: Bool) {
            self.buf = buf
            n = buf.count
            sampleEnd = checkingBinary ? Swift.min(buf.count, TextDecoding.binarySample) : 0
            out = store.base
        }

        /// Splits the whole input; false as soon as it is known to be binary.
        mutating func run() -> Bool {
            while i < n {
                if atLineStart { reserveLine() }
                let b = buf[i]
                if b >= 0x20 && b < 0x7F {
                    copyASCIIRun()
                    continue
                }
                guard normalise(b) else { return false }
                i += 1
            }
            if lineStart < count || lines.isEmpty || pageBreak { emit() }
            return true
        }

        mutating func emit() {
            var end = count
            while end > lineStart && out[end - 1] == 0x20 { end -= 1 }
            var start = lineStart
            while start < end && out[start] == 0x20 { start += 1 }
            lines.append(SourceLine(store: store, start: start, count: end - start, number: lineNo,
                                    pageBreak: pageBreak, trailingSpace: end < count))
            lineStart = count
            pageBreak = false
            atLineStart = true
        }

        /// A line never straddles two chunks: before its first byte, its raw length (up to
        /// the next LF, which bounds the normalised length) must fit in the chunk.
        mutating func reserveLine() {
            atLineStart = false
            guard capacity - count < n - i else { return }
            let raw = (buf.firstIndex(of: 0x0A, from: i) ?? n) - i
            guard capacity - count < raw else { return }
            capacity = Swift.max(raw, Swift.min(LineSplitter.chunkSize, n - i))
            store = LineBytes(capacity: capacity)
            out = store.base
            count = 0
            lineStart = 0
        }

        @inline(__always) mutating func put(_ byte: UInt8) { out[count] = byte; count += 1 }

        @inline(__always) mutating func copy(_ from: Int, _ to: Int) {
            buf.copy(from..<to, to: out + count)
            count += to - from
        }

        /// A run of plain ASCII in one go, eight bytes at a time while it lasts.
        mutating func copyASCIIRun() {
            var j = i + 1
            while j + 8 <= n, ByteScan.allPrintableASCII(buf.word(at: j)) { j += 8 }
            while j < n, buf[j] >= 0x20, buf[j] < 0x7F { j += 1 }
            copy(i, j)
            i = j
        }

        /// Counts a control byte of the binary test's sample; false once it says binary.
        mutating func countControl(_ c: UInt8, at k: Int) -> Bool {
            guard k < sampleEnd, c < 0x20, c != 0x09, c != 0x0A, c != 0x0D, c != 0x0C else { return true }
            controls += 1
            return !(c == 0 || controls * 20 > sampleEnd)
        }

        /// Line ends (LF, CRLF, CR), form feeds, and the characters that only disturb
        /// matching (tabs, no-break spaces, U+2011, zero-width spaces, other controls);
        /// other non-ASCII bytes are checked as UTF-8. False once the input is binary.
        mutating func normalise(_ b: UInt8) -> Bool {
            switch b {
            case 0x0A:
                emit(); lineNo += 1
            case 0x0D:
                emit(); lineNo += 1
                if i + 1 < n && buf[i + 1] == 0x0A { i += 1 }
            case 0x0C:
                emit(); pageBreak = true
            case 0x09:
                put(0x20)
            case 0xC2 where i + 1 < n && buf[i + 1] == 0xA0:
                put(0x20); i += 1
            case 0xE2 where i + 2 < n && buf[i + 1] == 0x80:
                let c = buf[i + 2]
                if c == 0x91 { put(0x2D) }                                      // U+2011 → '-'
                else if c == 0xAF || (c >= 0x80 && c <= 0x8A) { put(0x20) }     // odd spaces
                else if c == 0x8B || c == 0x8C || c == 0x8D { }                 // zero-width: drop
                else {
                    if c & 0xC0 != 0x80 {
                        repaired = true
                        guard countControl(c, at: i + 2) else { return false }
                    }
                    put(b); put(0x80); put(c)
                }
                i += 2
            case 0xEF where i + 2 < n && buf[i + 1] == 0xBB && buf[i + 2] == 0xBF:
                i += 2                                                          // stray BOM
            default:
                if b < 0x20 || b == 0x7F {
                    guard countControl(b, at: i) else { return false }
                    put(0x20)
                } else if let length = LineSplitter.validSequence(buf, i) {
                    copy(i, i + length)
                    i += length - 1
                } else {
                    repaired = true
                    put(b)
                }
            }
            return true
        }
    }

    /// Small enough that text is freed soon after the parser has used it, large enough
    /// that a chunk holds many lines.
    static let chunkSize = 1 << 14

    /// The length of the well-formed UTF-8 sequence led by the non-ASCII byte at `i`
    /// (no overlong forms, surrogates or code points past U+10FFFF), or nil.
    @inline(__always)
    fileprivate static func validSequence(_ buf: ByteText, _ i: Int) -> Int? {
        let b0 = buf[i]
        let n = buf.count
        @inline(__always) func cont(_ k: Int) -> Bool { k < n && buf[k] & 0xC0 == 0x80 }
        switch b0 {
        case 0xC2...0xDF:
            return cont(i + 1) ? 2 : nil
        case 0xE0...0xEF:
            guard cont(i + 1), cont(i + 2) else { return nil }
            let b1 = buf[i + 1]
            if b0 == 0xE0 && b1 < 0xA0 { return nil }
            if b0 == 0xED && b1 >= 0xA0 { return nil }
            return 3
        case 0xF0...0xF4:
            guard cont(i + 1), cont(i + 2), cont(i + 3) else { return nil }
            let b1 = buf[i + 1]
            if b0 == 0xF0 && b1 < 0x90 { return nil }
            if b0 == 0xF4 && b1 >= 0x90 { return nil }
            return 4
        default:
            return nil
        }
    }
}
