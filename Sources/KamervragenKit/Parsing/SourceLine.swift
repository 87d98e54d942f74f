/// The bytes lines point into: a chunk of the normalised input, shared by the lines split
/// into it, or the text of one line that a later stage rewrote.
///
/// Allocated at its final size (a line's normalised text is never longer than its raw
/// bytes), so lines can point into it while it is still being written, and reads go
/// straight to memory.
final class LineBytes: @unchecked Sendable {
    let base: UnsafeMutablePointer<UInt8>

    init(capacity: Int) { base = .allocate(capacity: Swift.max(capacity, 1)) }

    convenience init(_ text: String) {
        let count = text.utf8.count
        self.init(capacity: count)
        _ = UnsafeMutableBufferPointer(start: base, count: count).initialize(from: text.utf8)
    }

    deinit { base.deallocate() }

    /// The splitter's placeholder until it opens its first chunk.
    static let empty = LineBytes(capacity: 1)
}

/// One physical line of input after normalisation, with its 1-based line number.
///
/// The text is a byte range into the normalised input (`LineBytes`), not a `String` of
/// its own: most lines are only inspected (first byte, a prefix, a search) and joined into
/// a paragraph, so a `String` per line was an allocation per line that the model never
/// kept. `text` decodes on demand for the few readers that want a `String`; assigning it
/// gives the line bytes of its own.
///
/// A form feed splits a line in two (same line number) and marks the second half as
/// starting a page, because PDF extractors glue the next page straight onto the footer.
struct SourceLine {
    /// nil for a line without text (blank or released): no reference to count.
    private var store: LineBytes?
    private var start: Int
    /// Length in bytes of the (trimmed, normalised) text.
    private(set) var byteCount: Int
    private var storedNumber: Int32
    var number: Int {
        get { Int(storedNumber) }
        set { storedNumber = Int32(clamping: newValue) }
    }
    /// A page starts here (form feed, or page furniture was removed just before).
    var pageBreak: Bool
    /// The raw line ended in a space: PDF extractors leave one at soft wraps, not inside URLs.
    var trailingSpace: Bool

    init(text: String, number: Int, pageBreak: Bool, trailingSpace: Bool) {
        self.store = text.isEmpty ? nil : LineBytes(text)
        self.start = 0
        self.byteCount = text.utf8.count
        self.storedNumber = Int32(clamping: number)
        self.pageBreak = pageBreak
        self.trailingSpace = trailingSpace
    }

    /// A line that is `count` bytes of `store` from `start`; the bytes must be valid UTF-8.
    init(store: LineBytes, start: Int, count: Int, number: Int, pageBreak: Bool, trailingSpace: Bool) {
        self.store = count == 0 ? nil : store
        self.start = count == 0 ? 0 : start
        self.byteCount = count
        self.storedNumber = Int32(clamping: number)
        self.pageBreak = pageBreak
        self.trailingSpace = trailingSpace
    }

    /// The line's text as a `String`, decoded on each read: readers on the hot path use
    /// `withBytes` or `firstByte` instead.
    var text: String {
        get { withBytes { String(decoding: $0, as: UTF8.self) } }
        set {
            byteCount = newValue.utf8.count
            store = byteCount == 0 ? nil : LineBytes(newValue)
            start = 0
        }
    }

    var isBlank: Bool { byteCount == 0 }

    /// Gives the line its own copy of `bytes` (valid UTF-8) as its text.
    mutating func replaceText(with bytes: [UInt8]) {
        byteCount = bytes.count
        start = 0
        if bytes.isEmpty { store = nil; return }
        let own = LineBytes(capacity: bytes.count)
        _ = UnsafeMutableBufferPointer(start: own.base, count: bytes.count).initialize(from: bytes)
        store = own
    }

    /// Keeps only `range` (byte offsets into the current text) as the text: a tail or
    /// a trimmed part needs no bytes of its own.
    mutating func narrow(to range: Range<Int>) {
        precondition(range.lowerBound >= 0 && range.upperBound <= byteCount)
        if range.isEmpty { releaseText(); return }
        start += range.lowerBound
        byteCount = range.count
    }

    /// Lets go of the text (keeping number and flags), so its chunk of the input can be
    /// freed once every line in it has been used.
    mutating func releaseText() {
        store = nil
        start = 0
        byteCount = 0
    }

    var firstByte: UInt8? { store.map { $0.base[start] } }

    /// The line's bytes, read in place.
    @inline(__always)
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: store.map { $0.base + start }, count: byteCount))
    }

    /// Whether the bytes start with `prefix` (memcmp).
    func hasPrefix(_ prefix: [UInt8]) -> Bool {
        guard prefix.count <= byteCount else { return false }
        return withBytes { b in
            prefix.withUnsafeBufferPointer { p in
                guard let pb = p.baseAddress, let bb = b.baseAddress else { return true }
                return memcmp(bb, pb, p.count) == 0
            }
        }
    }

    /// Whether the bytes contain `needle` anywhere.
    func contains(_ needle: [UInt8]) -> Bool {
        withBytes { hay in
            needle.withUnsafeBufferPointer { nd in
                guard let base = hay.baseAddress, nd.count <= hay.count else { return false }
                return search(base, hay.count, nd) != nil
            }
        }
    }

    /// Whether the bytes hold `byte` (memchr).
    func containsByte(_ byte: UInt8) -> Bool {
        withBytes { b in
            guard let base = b.baseAddress, !b.isEmpty else { return false }
            return memchr(base, Int32(byte), b.count) != nil
        }
    }
}

enum LineSplitter {
    /// One pass over the UTF-8 bytes: line ends (LF, CRLF, CR), form feeds, and the
    /// characters that only disturb matching (tabs, no-break spaces, U+2011, zero-width
    /// spaces, other controls) are normalised here so nothing later has to.
    static func split(_ input: String) -> [SourceLine] {
        var text = input
        return text.withUTF8 { split(bytes: $0).lines }
    }

    /// Splits raw bytes; `repaired` says some line was not valid UTF-8 (the caller may
    /// then re-read the whole input as Windows-1252).
    ///
    /// The normalised text is written once, into chunks that the lines point into;
    /// normalising never lengthens a line, so its raw length bounds the room it needs.
    /// UTF-8 is checked here, on the bytes that are not ASCII, instead of by decoding
    /// each line.
    static func split(bytes buf: UnsafeBufferPointer<UInt8>) -> (lines: [SourceLine], repaired: Bool) {
        let result = split(bytes: buf, checkingBinary: false)
        return (result.lines, result.repaired)
    }

    /// `split(bytes:)` that also answers `TextDecoding.looksBinary` for the same bytes,
    /// stopping as soon as the answer is yes. The splitter already visits every control
    /// byte in its slow path, so counting them there spares the loader a pass of its own.
    static func split(bytes buf: UnsafeBufferPointer<UInt8>, checkingBinary: Bool)
        -> (lines: [SourceLine], repaired: Bool, binary: Bool) {
        var lines: [SourceLine] = []
        var repaired = false
        let n = buf.count
        // The binary test's sample and how many of its control bytes make it binary.
        let sampleEnd = checkingBinary ? Swift.min(n, TextDecoding.binarySample) : 0
        var controls = 0
        // The text goes into chunks rather than one buffer, so that the parser, dropping
        // lines as it passes them, frees the text it has used while the model grows.
        var store = LineBytes.empty
        var out = store.base
        var capacity = 0
        var count = 0   // bytes written to `out`
        var atLineStart = true
        var lineStart = 0
        var lineNo = 1
        var pageBreak = false
        func emit() {
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
        func reserveLine(_ i: Int) {
            atLineStart = false
            guard capacity - count < n - i, let base = buf.baseAddress else { return }
            let raw = memchr(base + i, 0x0A, n - i).map { UnsafeRawPointer(base + i).distance(to: UnsafeRawPointer($0)) } ?? n - i
            guard capacity - count < raw else { return }
            capacity = Swift.max(raw, Swift.min(LineSplitter.chunkSize, n - i))
            store = LineBytes(capacity: capacity)
            out = store.base
            count = 0
            lineStart = 0
        }
        @inline(__always) func put(_ byte: UInt8) { out[count] = byte; count += 1 }
        @inline(__always) func copy(_ from: Int, _ to: Int) {
            if let base = buf.baseAddress { (out + count).update(from: base + from, count: to - from) }
            count += to - from
        }
        var i = 0
        while i < n {
            if atLineStart { reserveLine(i) }
            let b = buf[i]
            if b >= 0x20 && b < 0x7F {
                // A run of plain ASCII in one go, eight bytes at a time while it lasts.
                var j = i + 1
                if let base = buf.baseAddress {
                    let raw = UnsafeRawPointer(base)
                    while j + 8 <= n, ByteScan.allPrintableASCII(ByteScan.word(raw, j)) { j += 8 }
                }
                while j < n, buf[j] >= 0x20, buf[j] < 0x7F { j += 1 }
                copy(i, j)
                i = j
                continue
            }
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
                        if i + 2 < sampleEnd && c < 0x20 && c != 0x09 && c != 0x0A && c != 0x0D && c != 0x0C {
                            controls += 1
                            if c == 0 || controls * 20 > sampleEnd { return (lines, repaired, true) }
                        }
                    }
                    put(b); put(0x80); put(c)
                }
                i += 2
            case 0xEF where i + 2 < n && buf[i + 1] == 0xBB && buf[i + 2] == 0xBF:
                i += 2                                                          // stray BOM
            default:
                if b < 0x20 || b == 0x7F {
                    if b < 0x20 && i < sampleEnd {
                        controls += 1
                        if b == 0 || controls * 20 > sampleEnd { return (lines, repaired, true) }
                    }
                    put(0x20)
                } else if let length = validSequence(buf, i) {
                    copy(i, i + length)
                    i += length - 1
                } else {
                    repaired = true
                    put(b)
                }
            }
            i += 1
        }
        if lineStart < count || lines.isEmpty || pageBreak { emit() }
        return (lines, repaired, false)
    }

    /// Small enough that text is freed soon after the parser has used it, large enough
    /// that a chunk holds many lines.
    static let chunkSize = 1 << 14

    /// The length of the well-formed UTF-8 sequence led by the non-ASCII byte at `i`
    /// (no overlong forms, surrogates or code points past U+10FFFF), or nil.
    @inline(__always)
    private static func validSequence(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
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

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Substring search: memchr (vectorised in the C library) finds each candidate first byte,
/// memcmp checks the rest. memmem would do, but Glibc does not export it to Swift.
func search(_ hay: UnsafePointer<UInt8>, _ count: Int, _ needle: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let first = needle.first, let nb = needle.baseAddress, needle.count <= count else { return nil }
    var offset = 0
    let last = count - needle.count
    while offset <= last {
        guard let hit = memchr(hay + offset, Int32(first), last - offset + 1) else { return nil }
        let at = UnsafeRawPointer(hay).distance(to: UnsafeRawPointer(hit))
        if memcmp(hay + at, nb, needle.count) == 0 { return at }
        offset = at + 1
    }
    return nil
}

/// Byte-level helpers; the parser inspects `utf8` views instead of indexing Characters.
extension String {
    @inline(__always) var firstByte: UInt8? { utf8.first }

    /// memcmp over both strings' UTF-8: the generic `starts(with:)` walked two iterators
    /// and was called for every line with each furniture prefix.
    func hasPrefixBytes(_ prefix: String) -> Bool {
        var s = self, p = prefix
        return s.withUTF8 { a in
            p.withUTF8 { b in
                if b.isEmpty { return true }
                guard b.count <= a.count, let pa = a.baseAddress, let pb = b.baseAddress else { return false }
                return pa[0] == pb[0] && memcmp(pa, pb, b.count) == 0
            }
        }
    }

    /// Whether the UTF-8 holds `byte`: memchr instead of the generic `contains`.
    func containsByte(_ byte: UInt8) -> Bool {
        var s = self
        return s.withUTF8 { b in
            guard let base = b.baseAddress, !b.isEmpty else { return false }
            return memchr(base, Int32(byte), b.count) != nil
        }
    }

    /// The byte offset of `needle`, or nil.
    func byteOffset(of needle: String, from start: Int = 0) -> Int? {
        Array(utf8).byteOffset(of: Array(needle.utf8), from: start)
    }

    /// Whether the UTF-8 bytes contain `needle`, without copying a native string.
    func containsBytes(_ needle: [UInt8]) -> Bool {
        var s = self
        return s.withUTF8 { hay in
            needle.withUnsafeBufferPointer { nd in
                guard let base = hay.baseAddress, nd.count <= hay.count else { return false }
                return search(base, hay.count, nd) != nil
            }
        }
    }
}

extension Array where Element == UInt8 {
    /// memmem: the C library's substring search is vectorised and linear.
    func byteOffset(of needle: [UInt8], from start: Int = 0) -> Int? {
        let from = Swift.max(0, start)
        guard !needle.isEmpty, needle.count <= count - from else { return nil }
        return withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { nd in
                guard let base = hay.baseAddress else { return nil }
                return search(base + from, hay.count - from, nd).map { $0 + from }
            }
        }
    }

    var string: String { String(decoding: self, as: UTF8.self) }
}

extension ArraySlice where Element == UInt8 {
    var string: String { String(decoding: self, as: UTF8.self) }
}

@inline(__always) func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
@inline(__always) func isUpper(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) }
@inline(__always) func isLower(_ b: UInt8) -> Bool { (b >= 0x61 && b <= 0x7A) }
@inline(__always) func isLetterOrHigh(_ b: UInt8) -> Bool { isUpper(b) || isLower(b) || b >= 0x80 }
