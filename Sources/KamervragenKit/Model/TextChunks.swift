/// Text bytes in separately allocated chunks, addressed by one 32-bit offset.
///
/// Not one growing array: during a parse the input's lines are freed chunk by chunk
/// (64 KiB each, see `LineSplitter.chunkSize`) while the text is written, and the
/// allocator hands that freed memory back for chunks here. One large buffer sat beside
/// them instead (and copying it to grow held two at once), which put the input's lines
/// and the whole text in memory together at the peak. 16 KiB chunks fit the freed space
/// a little better than 64 KiB ones, whose holes the parser's small allocations had
/// already split (docs/benchmarks.md, "Figures that were in comments").
///
/// Offsets are split into a 16 KiB page number and an offset in the page; `pages` holds
/// each page's address. A chunk spans whole pages of the offset space, so a text longer
/// than a page gets one chunk of several pages and stays one slice; a chunk allocation
/// itself is only as large as asked.
struct Chunks {
    static let pageShift: UInt32 = 14
    static let pageSize = 1 << 14

    let chunkSize: Int
    private var pages: [UnsafeMutablePointer<UInt8>] = []
    private var allocations: [UnsafeMutablePointer<UInt8>] = []
    /// The offset the next byte is written at, and the end of the current chunk.
    private(set) var cursor: UInt32 = 0
    private var limit: UInt32 = 0

    init(chunkSize: Int) { self.chunkSize = chunkSize }

    /// Starts a new chunk when the current one has no room for `count` more bytes.
    mutating func ensure(_ count: Int) {
        guard Int(limit - cursor) < count else { return }
        let capacity = Swift.max(count, chunkSize, 16)
        let base = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        allocations.append(base)
        // The chunk begins on a fresh page of the offset space.
        let firstPage = pages.count
        let pageCount = (capacity + Chunks.pageSize - 1) >> Int(Chunks.pageShift)
        for k in 0..<pageCount { pages.append(base + k * Chunks.pageSize) }
        precondition(pages.count <= 1 << (32 - Int(Chunks.pageShift)), "text storage over 4 GiB")
        cursor = UInt32(firstPage) << Chunks.pageShift
        limit = cursor + UInt32(capacity)
    }

    /// Appends bytes; the caller made room with `ensure` when they must join earlier ones.
    mutating func append(_ bytes: ByteText) -> Range<UInt32> {
        if Int(limit - cursor) < bytes.count { ensure(bytes.count) }
        let start = cursor
        bytes.withUnsafeBuffer { from in
            if let from = from.baseAddress, bytes.count > 0 { address(start).update(from: from, count: bytes.count) }
        }
        cursor += UInt32(bytes.count)
        return start..<cursor
    }

    @inline(__always)
    private func address(_ offset: UInt32) -> UnsafeMutablePointer<UInt8> {
        pages[Int(offset >> Chunks.pageShift)] + Int(offset & UInt32(Chunks.pageSize - 1))
    }

    @inline(__always)
    func text(_ range: Range<UInt32>) -> ByteText {
        guard !range.isEmpty else { return ByteText() }
        return ByteText(unsafeBuffer: UnsafeBufferPointer(start: address(range.lowerBound), count: range.count))
    }

    func free() {
        for a in allocations { a.deallocate() }
    }
}
