/// Byte-level helpers; the parser inspects `utf8` views instead of indexing Characters.
extension String {
    @inline(__always) var firstByte: UInt8? { utf8.first }

    /// Whether the UTF-8 starts with `prefix`'s: the generic `starts(with:)` walked two
    /// iterators and was called for every line with each furniture prefix.
    func hasPrefixBytes(_ prefix: String) -> Bool {
        withByteText { text in prefix.withByteText { text.hasPrefix($0) } }
    }

    /// Whether the UTF-8 holds `byte`: the C library's byte search, not the generic `contains`.
    func containsByte(_ byte: UInt8) -> Bool {
        withByteText { $0.contains(byte: byte) }
    }

    /// The byte offset of `needle`, or nil.
    func byteOffset(of needle: String, from start: Int = 0) -> Int? {
        withByteText { text in needle.withByteText { text.firstOffset(of: $0, from: start) } }
    }

    /// Whether the UTF-8 bytes contain `needle`, without copying a native string.
    func containsBytes(_ needle: [UInt8]) -> Bool {
        withByteText { text in needle.withByteText { text.contains($0) } }
    }
}

extension Array where Element == UInt8 {
    /// The offset of `needle` at or after `start`, or nil (see `ByteText.firstOffset`).
    func byteOffset(of needle: [UInt8], from start: Int = 0) -> Int? {
        withByteText { text in needle.withByteText { text.firstOffset(of: $0, from: start) } }
    }

    /// Whether `pattern` occurs at `offset` (one comparison, not the generic `starts(with:)`).
    func hasBytes(_ pattern: [UInt8], at offset: Int) -> Bool {
        withByteText { text in pattern.withByteText { text.has($0, at: offset) } }
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
