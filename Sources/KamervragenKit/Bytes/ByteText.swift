#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// UTF-8 bytes that something else owns, seen without copying: the one type through which
/// the parser, the readers, search, export and the browser read text as bytes.
///
/// Like swift-syntax's `SyntaxText` it is a pointer and a count, so that it can be stored
/// in a local, passed down a grammar and sliced at no cost; `Span` would say the same
/// with the compiler checking the lifetime, but a `~Escapable` type cannot yet be a
/// collection, a closure's argument that is stored, or a field without the experimental
/// lifetime features. So the rule the compiler cannot check is this file's: a `ByteText` is
/// only ever made inside a `withByteText` call (or from a `StaticString`, whose bytes live
/// for the whole run), and it is used only within that call. Everything that touches the
/// memory (`memchr`, `memcmp`, unaligned word loads) is here; the rest of the code asks.
///
/// Comparison, hashing, prefixes and searches are by bytes, without Unicode normalisation:
/// the grammar's words are ASCII, and `firstRangeASCII` explains when a byte match is also
/// a Character match.
@usableFromInline package struct ByteText {
    @usableFromInline let buffer: UnsafeBufferPointer<UInt8>

    /// Only the lending functions below and the text storage (which owns the pages) make a
    /// view of raw memory.
    @inlinable init(unsafeBuffer buffer: UnsafeBufferPointer<UInt8>) { self.buffer = buffer }

    /// The bytes of a literal, which are static: such a view may be kept.
    @inlinable package init(_ literal: StaticString) {
        buffer = UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
    }

    /// No bytes.
    @inlinable package init() { buffer = UnsafeBufferPointer(start: nil, count: 0) }

    /// The bytes from `range` (offsets into this view), as a view of their own whose
    /// offsets start at 0 again (as `Span.extracting`).
    @inlinable package func extracting(_ range: Range<Int>) -> ByteText {
        ByteText(unsafeBuffer: UnsafeBufferPointer(rebasing: buffer[range]))
    }

    /// The bytes from `start` to the end, as a view of their own.
    @inlinable package func extracting(from start: Int) -> ByteText { extracting(start..<count) }

    /// The bytes decoded (ill-formed sequences become U+FFFD).
    @inlinable package var string: String { String(decoding: buffer, as: UTF8.self) }

    /// The bytes copied into an array.
    @inlinable package var array: [UInt8] { Array(buffer) }

    /// Hands the bytes to a C function (`write`, a checksum): the islands that must.
    @inlinable package func withUnsafeBuffer<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(buffer)
    }
}

extension ByteText: RandomAccessCollection {
    @inlinable package var startIndex: Int { 0 }
    @inlinable package var endIndex: Int { buffer.count }
    @inlinable package var count: Int { buffer.count }
    @inlinable package var isEmpty: Bool { buffer.isEmpty }
    @inlinable package var first: UInt8? { buffer.first }
    @inlinable package var last: UInt8? { buffer.last }
    /// Checked like `UnsafeBufferPointer` (in debug builds): the grammar's loops test their
    /// bounds themselves, once per byte.
    @inlinable package subscript(i: Int) -> UInt8 { buffer[i] }
    @inlinable package func index(after i: Int) -> Int { i + 1 }
    @inlinable package func index(before i: Int) -> Int { i - 1 }
    @inlinable package func makeIterator() -> UnsafeBufferPointer<UInt8>.Iterator { buffer.makeIterator() }
    /// `Array.append(contentsOf:)` and `Array(_:)` copy through this: one memcpy, where the
    /// default walks the iterator byte by byte.
    @inlinable package func _copyContents(initializing target: UnsafeMutableBufferPointer<UInt8>)
        -> (UnsafeBufferPointer<UInt8>.Iterator, Int) {
        buffer._copyContents(initializing: target)
    }
    /// Lets `Array.append(contentsOf:)` and `String(decoding:)` copy in one move.
    @inlinable package func withContiguousStorageIfAvailable<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R? {
        try body(buffer)
    }
}

extension ByteText: Hashable {
    @inlinable package static func == (a: ByteText, b: ByteText) -> Bool {
        guard a.count == b.count else { return false }
        guard let pa = a.buffer.baseAddress, let pb = b.buffer.baseAddress else { return true }
        return memcmp(pa, pb, a.count) == 0
    }

    @inlinable package func hash(into hasher: inout Hasher) {
        hasher.combine(bytes: UnsafeRawBufferPointer(buffer))
    }
}

// MARK: - Searches (the C library's vectorised memchr and memcmp)

extension ByteText {
    /// The offset of the first `byte` at or after `start`, or nil.
    @inlinable package func firstIndex(of byte: UInt8, from start: Int = 0) -> Int? {
        guard start < count, let base = buffer.baseAddress else { return nil }
        guard let hit = memchr(base + start, Int32(byte), count - start) else { return nil }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
    }

    /// Whether `byte` occurs.
    @inlinable package func contains(byte: UInt8) -> Bool { firstIndex(of: byte) != nil }

    /// Whether `pattern` occurs at `offset`.
    @inlinable package func has(_ pattern: ByteText, at offset: Int) -> Bool {
        guard offset >= 0, pattern.count <= count - offset else { return false }
        guard let base = buffer.baseAddress, let p = pattern.buffer.baseAddress else { return pattern.isEmpty }
        return memcmp(base + offset, p, pattern.count) == 0
    }

    /// Whether the bytes start with `prefix`. The first byte is compared inline: most
    /// callers ask many prefixes of many lines, and most fail on it.
    @inlinable package func hasPrefix(_ prefix: ByteText) -> Bool {
        guard let f = prefix.first else { return true }
        return first == f && has(prefix, at: 0)
    }

    /// Whether the bytes end with `suffix`.
    @inlinable package func hasSuffix(_ suffix: ByteText) -> Bool { has(suffix, at: count - suffix.count) }

    /// The offset of the first occurrence of `needle` at or after `start`, or nil (also for
    /// an empty needle). memchr finds each candidate first byte, memcmp checks the rest:
    /// memmem would do, but Glibc does not export it to Swift.
    @inlinable package func firstOffset(of needle: ByteText, from start: Int = 0) -> Int? {
        let from = Swift.max(0, start)
        guard let first = needle.first, let hay = buffer.baseAddress, let nb = needle.buffer.baseAddress,
              needle.count <= count - from else { return nil }
        var offset = from
        let last = count - needle.count
        while offset <= last {
            guard let hit = memchr(hay + offset, Int32(first), last - offset + 1) else { return nil }
            let at = UnsafeRawPointer(hay).distance(to: UnsafeRawPointer(hit))
            if memcmp(hay + at, nb, needle.count) == 0 { return at }
            offset = at + 1
        }
        return nil
    }

    /// Whether `needle` occurs (an empty needle never does).
    @inlinable package func contains(_ needle: ByteText) -> Bool { firstOffset(of: needle) != nil }

    /// The eight bytes at `offset`, in memory order, for the word-at-a-time scans of
    /// `ByteScan` (which do not care which byte is which). `offset + 8` must not pass the
    /// end, so the view is not empty and has an address: not checked again per word.
    @inlinable package func word(at offset: Int) -> UInt64 {
        assert(offset >= 0 && offset + 8 <= count)
        return UnsafeRawPointer(buffer.baseAddress.unsafelyUnwrapped).loadUnaligned(fromByteOffset: offset, as: UInt64.self)
    }

    /// Copies the bytes of `range` to `target` (the line splitter's output chunk).
    @inlinable func copy(_ range: Range<Int>, to target: UnsafeMutablePointer<UInt8>) {
        guard !range.isEmpty else { return }
        target.update(from: buffer.baseAddress.unsafelyUnwrapped + range.lowerBound, count: range.count)
    }
}

// MARK: - Lending: where a view is made, and the only places it may live

extension String {
    /// Lends the string's UTF-8 (made contiguous first if it is not native).
    @inlinable package func withByteText<R>(_ body: (ByteText) throws -> R) rethrows -> R {
        var s = self
        return try s.withUTF8 { try body(ByteText(unsafeBuffer: $0)) }
    }
}

extension Substring {
    /// Lends the substring's UTF-8 (made contiguous first if it is not native).
    @inlinable package func withByteText<R>(_ body: (ByteText) throws -> R) rethrows -> R {
        var s = self
        return try s.withUTF8 { try body(ByteText(unsafeBuffer: $0)) }
    }
}

extension StringProtocol {
    /// Lends the UTF-8 when it is contiguous already, else answers nil without copying.
    @inlinable package func withByteTextIfAvailable<R>(_ body: (ByteText) throws -> R) rethrows -> R? {
        try utf8.withContiguousStorageIfAvailable { try body(ByteText(unsafeBuffer: $0)) }
    }
}

extension Array where Element == UInt8 {
    /// Lends the array's bytes.
    @inlinable package func withByteText<R>(_ body: (ByteText) throws -> R) rethrows -> R {
        try withUnsafeBufferPointer { try body(ByteText(unsafeBuffer: $0)) }
    }
}

extension ArraySlice where Element == UInt8 {
    /// Lends the slice's bytes (offsets from 0, not from the slice's start index).
    @inlinable package func withByteText<R>(_ body: (ByteText) throws -> R) rethrows -> R {
        try withUnsafeBufferPointer { try body(ByteText(unsafeBuffer: $0)) }
    }
}

extension Array where Element == UInt8 {
    /// Appends the bytes in one copy.
    @inlinable package mutating func append(_ text: ByteText) {
        append(contentsOf: text.buffer)
    }

    /// Appends a lent `Span`'s bytes in one copy (the export hands its chunks as spans).
    package mutating func append(_ span: Span<UInt8>) {
        span.withUnsafeBufferPointer { append(contentsOf: $0) }
    }
}

extension Slice where Base == ByteText {
    /// The slice's bytes decoded, straight from the view.
    @inlinable package var string: String { base.extracting(startIndex..<endIndex).string }
}

// MARK: - Bulk copies for the browser's cell arrays

extension Array where Element == UInt32 {
    /// Appends each byte of `text` as a code of its own (ASCII text is its own code): a
    /// loop the compiler vectorises, where appending a mapped sequence went byte by byte.
    @inlinable package mutating func appendWidened(_ text: ByteText) {
        let at = count, n = text.count
        append(contentsOf: repeatElement(0, count: n))
        withUnsafeMutableBufferPointer { out in
            for t in 0..<n { out[at + t] = UInt32(text.buffer[t]) }
        }
    }
}

extension Array where Element == UInt8 {
    /// Appends one byte per byte of `text`: `plain`, or `space` where `text` has a space.
    @inlinable package mutating func appendMarkingSpaces(_ text: ByteText, plain: UInt8, space: UInt8) {
        let at = count, n = text.count
        append(contentsOf: repeatElement(plain, count: n))
        withUnsafeMutableBufferPointer { out in
            for t in 0..<n where text.buffer[t] == 0x20 { out[at + t] = space }
        }
    }
}
