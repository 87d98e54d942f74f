/// One physical line of input after normalisation, with its 1-based line number.
///
/// A form feed splits a line in two (same line number) and marks the second half as
/// starting a page, because PDF extractors glue the next page straight onto the footer.
struct SourceLine {
    var text: String
    /// 32 bits keep a line at 24 bytes instead of 32; every line of the input is held at
    /// once, so this is a quarter of the line array at the parser's memory peak.
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
        self.text = text
        self.storedNumber = Int32(clamping: number)
        self.pageBreak = pageBreak
        self.trailingSpace = trailingSpace
    }

    var isBlank: Bool { text.isEmpty }
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
    /// then re-read the whole input as Windows-1252). Decoding per line avoids a second
    /// full-size copy of the input.
    static func split(bytes buf: UnsafeBufferPointer<UInt8>) -> (lines: [SourceLine], repaired: Bool) {
        var lines: [SourceLine] = []
        var repaired = false
        do {
            let n = buf.count
            // A line that needs no normalising (nearly all) is decoded straight from the
            // input; `cur` holds a line only once something in it had to change (`dirty`).
            var cur: [UInt8] = []
            cur.reserveCapacity(512)
            var dirty = false
            var lineStart = 0
            var lineNo = 1
            var pageBreak = false
            func make(_ line: UnsafeBufferPointer<UInt8>) {
                var end = line.count
                while end > 0 && line[end - 1] == 0x20 { end -= 1 }
                var start = 0
                while start < end && line[start] == 0x20 { start += 1 }
                let s = String(decoding: UnsafeBufferPointer(rebasing: line[start..<end]), as: UTF8.self)
                if s.utf8.count != end - start { repaired = true }
                lines.append(SourceLine(text: s, number: lineNo, pageBreak: pageBreak, trailingSpace: end < line.count))
            }
            func emit(_ end: Int) {
                if dirty {
                    cur.withUnsafeBufferPointer { make($0) }
                } else {
                    make(UnsafeBufferPointer(rebasing: buf[lineStart..<end]))
                }
                cur.removeAll(keepingCapacity: true)
                dirty = false
                pageBreak = false
            }
            /// From here on the line is built in `cur`: copy what came before `i` unchanged.
            func markDirty(_ i: Int) {
                if !dirty { cur.append(contentsOf: UnsafeBufferPointer(rebasing: buf[lineStart..<i])); dirty = true }
            }
            var i = 0
            while i < n {
                let b = buf[i]
                if b >= 0x20 && b < 0x7F {
                    // A run of plain ASCII in one go, eight bytes at a time while it lasts.
                    var j = i + 1
                    if let base = buf.baseAddress {
                        let raw = UnsafeRawPointer(base)
                        while j + 8 <= n, ByteScan.allPrintableASCII(ByteScan.word(raw, j)) { j += 8 }
                    }
                    while j < n, buf[j] >= 0x20, buf[j] < 0x7F { j += 1 }
                    if dirty { cur.append(contentsOf: UnsafeBufferPointer(rebasing: buf[i..<j])) }
                    i = j
                    continue
                }
                switch b {
                case 0x0A:
                    emit(i); lineNo += 1; lineStart = i + 1
                case 0x0D:
                    emit(i); lineNo += 1
                    if i + 1 < n && buf[i + 1] == 0x0A { i += 1 }
                    lineStart = i + 1
                case 0x0C:
                    emit(i); pageBreak = true; lineStart = i + 1
                case 0x09:
                    markDirty(i); cur.append(0x20)
                case 0xC2 where i + 1 < n && buf[i + 1] == 0xA0:
                    markDirty(i); cur.append(0x20); i += 1
                case 0xE2 where i + 2 < n && buf[i + 1] == 0x80:
                    let c = buf[i + 2]
                    if c == 0x91 { markDirty(i); cur.append(0x2D) }                                 // U+2011 → '-'
                    else if c == 0xAF || (c >= 0x80 && c <= 0x8A) { markDirty(i); cur.append(0x20) } // odd spaces
                    else if c == 0x8B || c == 0x8C || c == 0x8D { markDirty(i) }                     // zero-width: drop
                    else if dirty { cur.append(b); cur.append(buf[i + 1]); cur.append(c) }
                    i += 2
                case 0xEF where i + 2 < n && buf[i + 1] == 0xBB && buf[i + 2] == 0xBF:
                    markDirty(i); i += 2                                                            // stray BOM
                default:
                    if b < 0x20 || b == 0x7F { markDirty(i); cur.append(0x20) } else if dirty { cur.append(b) }
                }
                i += 1
            }
            let pending = dirty ? !cur.isEmpty : lineStart < n
            if pending || lines.isEmpty || pageBreak { emit(n) }
        }
        return (lines, repaired)
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
