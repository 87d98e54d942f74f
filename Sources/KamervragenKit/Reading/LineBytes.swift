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

    /// `count` bytes from `start`, lent as a view (the lines hold the chunk alive).
    @inline(__always)
    func text(_ start: Int, _ count: Int) -> ByteText {
        ByteText(unsafeBuffer: UnsafeBufferPointer(start: base + start, count: count))
    }

    /// A chunk holding a copy of `bytes`.
    convenience init(copying bytes: [UInt8]) {
        self.init(capacity: bytes.count)
        _ = UnsafeMutableBufferPointer(start: base, count: bytes.count).initialize(from: bytes)
    }

    /// The splitter's placeholder until it opens its first chunk.
    static let empty = LineBytes(capacity: 1)
}
