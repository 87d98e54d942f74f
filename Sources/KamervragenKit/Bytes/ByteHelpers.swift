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

extension Slice where Base == UnsafeBufferPointer<UInt8> {
    /// Decoded straight from the buffer, without the generic collection path.
    var string: String { String(decoding: UnsafeBufferPointer(rebasing: self), as: UTF8.self) }
}

extension Array where Element == UInt8 {
    /// Whether `pattern` occurs at `offset` (memcmp, not the generic `starts(with:)`).
    func hasBytes(_ pattern: [UInt8], at offset: Int) -> Bool {
        guard offset >= 0, pattern.count <= count - offset else { return false }
        return withUnsafeBufferPointer { b in
            pattern.withUnsafeBufferPointer { p in
                guard let bb = b.baseAddress, let pb = p.baseAddress else { return p.isEmpty }
                return memcmp(bb + offset, pb, p.count) == 0
            }
        }
    }
}
