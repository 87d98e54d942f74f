import Synchronization

/// One display line: a slice of a block's characters, or a blank separator line.
struct Line: Hashable, Sendable {
    var block: Int32
    var start: Int32
    var end: Int32
    var isBlank: Bool
}

/// The document wrapped to one width, line by line as it is needed.
///
/// Lines are numbered through the whole document, as before, but a block is wrapped
/// only when one of its lines is asked for (what is on screen, where a jump lands) or
/// when the reader is idle (`measureMore`); until then it counts as an estimate made
/// from its length. A document of a few hundred thousand paragraphs thus opens, and
/// re-wraps on a resize, in the time of a screenful, and never holds its lines all at
/// once. Measuring a block changes the numbers of the lines after it, so positions are
/// kept as anchors (a block and a character) and line numbers are derived from them
/// whenever they are needed; reading lines in increasing order (a frame from its top
/// down) sees each block measured before its lines are numbered.
///
/// A small document (`Content.eagerCharacters`) is measured whole when the layout is made,
/// so its line numbers are exact from the start.
final class Layout: Sendable {
    let width: Int
    private let content: Content
    private let state: Mutex<State>

    private struct State {
        var index: LineIndex
        var measured: [Bool]
        var unmeasured: Int
        /// Where the idle pass goes on measuring.
        var frontier = 0
        var wraps = WrapCache()
    }

    /// `keeping`: of a small document, measured whole here, only the blocks that start in
    /// its first `keeping` lines (the first screen) keep their characters and lines; the
    /// rest are counted and let go, and made again when they are shown. Kept, every block
    /// of the document was in memory before the first screen, and each page of memory a
    /// process first touches costs it a page fault.
    init(content: Content, width: Int, keeping keptLines: Int = .max) {
        let w = max(1, width)
        self.width = w
        self.content = content
        let sources = content.sources
        var counts = [Int32](repeating: 0, count: sources.count)
        var characters = 0
        for (b, s) in sources.enumerated() {
            counts[b] = Layout.estimate(s, width: w)
            characters += Int(s.size)
        }
        var state = State(index: LineIndex(counts: counts), measured: [Bool](repeating: false, count: sources.count),
                          unmeasured: sources.count)
        if characters <= content.eagerCharacters {
            var first = 0
            for b in sources.indices {
                Layout.measure(b, in: &state, content: content, width: w, keep: first < keptLines)
                first += Int(state.index.counts[b])
            }
        }
        self.state = Mutex(state)
    }

    /// Lines a block of `size` characters will take, about: full lines less the room lost
    /// at word ends, and its blank line.
    private static func estimate(_ s: BlockSource, width: Int) -> Int32 {
        let room = max(1, width - min(width / 2, 6))
        return Int32((s.spaceBefore ? 1 : 0) + max(1, (Int(s.size) + room - 1) / room))
    }

    /// Wraps block `b` and puts its real line count in place of the estimate. `keep`: the
    /// lines are kept for the frames to come (else only the count is).
    private static func measure(_ b: Int, in state: inout State, content: Content, width: Int, keep: Bool) {
        let spacing = content.sources[b].spaceBefore ? 1 : 0
        if !keep, let count = plainLineCount(b, content: content, width: width) {
            record(b, lines: count + spacing, in: &state)
            return
        }
        let block = keep ? content.block(b) : content.makeBlock(b)
        var ranges: [Int32] = []
        ranges.reserveCapacity(2 * max(1, block.count / max(1, width) + 1))
        Layout.wrap(block, width: width) { start, end in
            ranges.append(Int32(start))
            ranges.append(Int32(end))
        }
        record(b, lines: ranges.count / 2 + spacing, in: &state)
        if keep { state.wraps[b] = ranges }
    }

    /// Block `b`'s real line count in place of its estimate.
    private static func record(_ b: Int, lines: Int, in state: inout State) {
        state.index.set(b, to: Int32(lines))
        if !state.measured[b] {
            state.measured[b] = true
            state.unmeasured -= 1
        }
    }

    /// The lines of block `b` at `width`, its blank line not counted, from its plain cells
    /// without making the block (`BlockMaker.plainCells`); nil when it is not plain text.
    /// Such a block is narrow and has no URL, so wrapping it needs nothing else.
    static func plainLineCount(_ b: Int, content: Content, width: Int) -> Int? {
        guard let cells = content.plainCells(b) else { return nil }
        var count = 0
        Layout.wrap(widths: cells.span, width: width, narrow: true) { _, _ in count += 1 }
        return count
    }

    /// The wrapped lines of block `b`, as start and end pairs; measured now if need be.
    private func wraps(_ b: Int, in state: inout State) -> [Int32] {
        if state.measured[b], let kept = state.wraps[b] { return kept }
        Layout.measure(b, in: &state, content: content, width: width, keep: true)
        return state.wraps[b]!
    }

    /// The block holding line `n` and the line's place in it, counting the blank line;
    /// the block is measured first, and if that moved line `n` into a later block, that
    /// one is measured too.
    private func locate(_ n: Int, in state: inout State) -> (block: Int, offset: Int, wraps: [Int32])? {
        guard n >= 0 else { return nil }
        while n < state.index.total {
            let b = state.index.block(containing: n)
            let wraps = self.wraps(b, in: &state)
            let offset = n - state.index.start(of: b)
            if offset < Int(state.index.counts[b]) { return (b, offset, wraps) }
        }
        return nil
    }

    var count: Int { state.withLock { $0.index.total } }

    /// Every block has been measured: the line numbers are exact.
    var isComplete: Bool { state.withLock { $0.unmeasured == 0 } }

    /// The index of the first line of a block (its text, not its blank separator).
    func firstLine(of b: Int) -> Int {
        state.withLock { s in
            guard !content.sources.isEmpty else { return 0 }
            let block = min(max(0, b), content.sources.count - 1)
            return s.index.start(of: block) + (content.sources[block].spaceBefore ? 1 : 0)
        }
    }

    /// Line `n`; past the end, a blank line.
    func line(at n: Int) -> Line {
        state.withLock { s in
            guard let (b, offset, wraps) = locate(n, in: &s) else {
                return Line(block: Int32(max(0, content.sources.count - 1)), start: 0, end: 0, isBlank: true)
            }
            let k = offset - (content.sources[b].spaceBefore ? 1 : 0)
            if k < 0 { return Line(block: Int32(b), start: 0, end: 0, isBlank: true) }
            return Line(block: Int32(b), start: wraps[2 * k], end: wraps[2 * k + 1], isBlank: false)
        }
    }

    /// The lines, read as an array of them.
    var lines: Lines { Lines(layout: self) }

    struct Lines: RandomAccessCollection {
        let layout: Layout
        let startIndex = 0
        let endIndex: Int
        init(layout: Layout) {
            self.layout = layout
            endIndex = layout.count
        }
        subscript(n: Int) -> Line { layout.line(at: n) }
    }

    /// The line showing character `offset` of `block`.
    func line(for anchor: Anchor) -> Int {
        state.withLock { s in
            guard !content.sources.isEmpty else { return 0 }
            let b = min(max(0, anchor.block), content.sources.count - 1)
            let spaced = content.sources[b].spaceBefore
            let first = s.index.start(of: b) + (spaced ? 1 : 0)
            if anchor.offset < 0 { return spaced ? first - 1 : first }
            let wraps = self.wraps(b, in: &s)
            var k = 0
            while 2 * (k + 1) < wraps.count && Int(wraps[2 * (k + 1)]) <= anchor.offset { k += 1 }
            return first + k
        }
    }

    /// The anchor of a line; a blank separator anchors to the start of its block.
    func anchor(of n: Int) -> Anchor {
        state.withLock { s in
            guard let (b, offset, wraps) = locate(n, in: &s) else { return Anchor(block: 0, offset: 0) }
            let k = offset - (content.sources[b].spaceBefore ? 1 : 0)
            return Anchor(block: b, offset: k < 0 ? -1 : Int(wraps[2 * k]))
        }
    }

    /// Measures what a screen of `rows` lines from line `top` shows, and the last `rows`
    /// lines of the document when that screen reaches them, so that where a screen can
    /// start (up to `count - rows`) is exact; returns `top` held within that.
    func prepareScreen(top: Int, rows: Int) -> Int {
        state.withLock { s in
            var n = max(0, top)
            var reachedEnd = false
            var k = 0
            while k < rows {
                guard locate(n + k, in: &s) != nil else { reachedEnd = true; break }
                k += 1
            }
            if reachedEnd || n + rows >= s.index.total {
                // From the end backwards, until a screenful is measured.
                var lines = 0, b = content.sources.count - 1
                while b >= 0 && lines < rows {
                    _ = wraps(b, in: &s)
                    lines += Int(s.index.counts[b])
                    b -= 1
                }
                n = min(n, max(0, s.index.total - rows))
            }
            return n
        }
    }

    /// Measures blocks the reader has not been to, from the start of the document, until
    /// about `budget` characters have been wrapped; true while some remain. For the idle
    /// time between keys: each call is short, so a key never waits long for one.
    func measureMore(characters budget: Int) -> Bool {
        state.withLock { s in
            var done = 0
            while s.unmeasured > 0 && done < budget {
                while s.frontier < s.measured.count && s.measured[s.frontier] { s.frontier += 1 }
                guard s.frontier < s.measured.count else { break }
                Layout.measure(s.frontier, in: &s, content: content, width: width, keep: false)
                done += Int(content.sources[s.frontier].size) + 1
            }
            return s.unmeasured > 0
        }
    }

    /// Word wrap by display width: break after a space when one is on the line, else
    /// before or after a URL that fits the width, else after a URL's punctuation, else
    /// mid-word; a character wider than the line gets a line of its own.
    /// Spaces at a break are dropped, so continuation lines start with text.
    static func wrap(_ block: Block, width: Int, emit: (Int, Int) -> Void) {
        let cells = block.cells.span
        let urlCut = { (from: Int, to: Int) -> Int? in
            urlBreak(widths: block.cells.span, codes: block.codes.span, from: from, to: to, width: width)
        }
        wrap(widths: cells, width: width, narrow: !block.hasWide, urlCut: urlCut, emit: emit)
    }

    /// The same over a block's cell bytes alone (width and break flag per character).
    /// `narrow`: every character is one cell wide, so a line holds exactly `width` of
    /// them and only the last break before that point needs finding (backwards).
    /// `urlCut`: asked only when a line has no space to break at, where before the given
    /// end it may be cut instead of mid-word (`urlBreak`; the default always cuts mid-word).
    static func wrap(widths: Span<UInt8>, width: Int, narrow: Bool = false,
                     urlCut: (Int, Int) -> Int? = { _, _ in nil }, emit: (Int, Int) -> Void) {
        let n = widths.count
        if n == 0 { emit(0, 0); return }
        var start = 0
        while start < n {
            var i = start
            var lastBreak = -1
            if narrow {
                i = min(n, start + width)
                var k = i - 1
                while k >= start {
                    if widths[k] & Block.breakFlag != 0 { lastBreak = k + 1; break }
                    k -= 1
                }
            } else {
                var column = 0
                while i < n {
                    let w = Int(widths[i] & Block.widthMask)
                    if column + w > width { break }
                    column += w
                    if widths[i] & Block.breakFlag != 0 { lastBreak = i + 1 }
                    i += 1
                }
            }
            if i >= n { emit(start, n); return }
            var end: Int
            if widths[i] & Block.breakFlag != 0 {
                end = i
            } else if lastBreak > start {
                end = lastBreak
                // A URL glued to the word before it ("cijfers:https://…") that the cut
                // would split: end the line before the URL instead, when it fits a line.
                if widths[i] & roleBits == urlBits, let cut = urlCut(lastBreak, i), cut > lastBreak, cut < i,
                   widths[cut] & roleBits == urlBits, widths[cut - 1] & roleBits != urlBits {
                    end = cut
                }
            } else if let cut = urlCut(start, i), cut > start, cut <= i {
                end = cut
            } else {
                end = max(i, start + 1)
            }
            var shown = end
            while shown > start + 1 && widths[shown - 1] & Block.breakFlag != 0 { shown -= 1 }
            emit(start, shown)
            start = end
            while start < n && widths[start] & Block.breakFlag != 0 { start += 1 }
        }
    }

    /// Where a line without a space may end around a URL, so that a click or a copy gets
    /// the whole link wherever it can:
    /// - the cut at `to` falls inside a URL that fits the width: the line ends before the
    ///   URL, which then starts a line of its own;
    /// - a URL ends on the line before `to`: the line ends after it (its closing `)` or
    ///   `.` go to the next line, not half of the URL);
    /// - otherwise (a URL longer than the width): after the last `/ - _ . ? & =` of a
    ///   url-role run before `to`, so "…/countries-" + "region…" rather than "…/cou" +
    ///   "ntries".
    /// Searched only here, when a line is about to be cut mid-word: the cell byte has no bit
    /// left for these break points, and marking them while building would slow the ASCII
    /// bulk copy every paragraph goes through, for the few lines that need it.
    @inline(never)
    static func urlBreak(widths: Span<UInt8>, codes: Span<UInt32>, from start: Int, to end: Int,
                         width: Int = .max) -> Int? {
        let url = urlBits
        let n = min(widths.count, codes.count)
        let end = min(end, n)
        func isURL(_ k: Int) -> Bool { widths[k] & roleBits == url }
        if end < n, end - 1 > start, isURL(end), isURL(end - 1) {
            var u = end - 1
            while u > start, isURL(u - 1) { u -= 1 }
            if u > start {
                var v = u, used = 0
                while v < n, isURL(v), used <= width {
                    used += Int(widths[v] & Block.widthMask)
                    v += 1
                }
                if used <= width { return u }
            }
        } else {
            var k = end - 1
            while k > start, !isURL(k) { k -= 1 }
            if k > start, isURL(k) { return k + 1 }
        }
        var k = end - 1
        while k > start {
            if isURL(k) {
                switch codes[k] {
                case 0x2F, 0x2D, 0x5F, 0x2E, 0x3F, 0x26, 0x3D: return k + 1 // / - _ . ? & =
                default: break
                }
            }
            k -= 1
        }
        return nil
    }

    /// The role bits of a cell byte (neither width nor break flag).
    private static let roleBits: UInt8 = ~(Block.breakFlag | Block.widthMask)
    /// The role bits of a URL's cell.
    private static let urlBits: UInt8 = Block.cell(width: 0, role: .url) & roleBits
}

/// The wrapped lines of the blocks used last, by block: slot `b % size` (as `BlockCache`,
/// and filled in the same way, so that a new layout does not write 512 empty slots).
private struct WrapCache {
    private static let size = 512
    /// Where each slot's lines are in `wraps`, or -1 while the slot is empty.
    private var places = [Int32](repeating: -1, count: WrapCache.size)
    private var owners: [Int] = []
    private var wraps: [[Int32]] = []

    subscript(b: Int) -> [Int32]? {
        get {
            let p = Int(places[b % Self.size])
            return p >= 0 && owners[p] == b ? wraps[p] : nil
        }
        set {
            guard let lines = newValue else { return }
            let slot = b % Self.size
            let p = Int(places[slot])
            if p >= 0 {
                owners[p] = b
                wraps[p] = lines
            } else {
                places[slot] = Int32(wraps.count)
                owners.append(b)
                wraps.append(lines)
            }
        }
    }
}
