/// One display line: a slice of a block's characters, or a blank separator line.
struct Line: Hashable, Sendable {
    var block: Int32
    var start: Int32
    var end: Int32
    var isBlank: Bool
}

/// The document wrapped to one width. Built once per width; rendering a frame only
/// reads the visible slice of `lines`.
final class Layout: Sendable {
    let width: Int
    let lines: [Line]
    /// The index of the first line of each block (its text, not its blank separator).
    let firstLine: [Int]

    init(blocks: [Block], width: Int) {
        let w = max(1, width)
        self.width = w
        var lines: [Line] = []
        var firstLine: [Int] = []
        lines.reserveCapacity(blocks.count * 3)
        firstLine.reserveCapacity(blocks.count)
        // Borrow the blocks in place: iterating copies of them retained and released four
        // arrays per block, which was most of the cost of a re-layout.
        blocks.withUnsafeBufferPointer { all in
            for index in all.indices {
                if all[index].spaceBefore { lines.append(Line(block: Int32(index), start: 0, end: 0, isBlank: true)) }
                firstLine.append(lines.count)
                let narrow = !all[index].hasWide
                all[index].cells.withUnsafeBufferPointer { widths in
                    // The characters are reached only for a line with no space: taking
                    // them for every block cost a retain and release each.
                    let urlCut = { (from: Int, to: Int) -> Int? in
                        all[index].codes.withUnsafeBufferPointer { Layout.urlBreak(widths: widths, codes: $0, from: from, to: to) }
                    }
                    Layout.wrap(widths: widths, width: w, narrow: narrow, urlCut: urlCut) { start, end in
                        lines.append(Line(block: Int32(index), start: Int32(start), end: Int32(end), isBlank: false))
                    }
                }
            }
        }
        self.lines = lines
        self.firstLine = firstLine
    }

    /// Word wrap by display width: break after a space when one is on the line, else
    /// after a URL's punctuation, else mid-word; a character wider than the line gets a line of its own.
    /// Spaces at a break are dropped, so continuation lines start with text.
    static func wrap(_ block: Block, width: Int, emit: (Int, Int) -> Void) {
        block.cells.withUnsafeBufferPointer { cells in
            let urlCut = { (from: Int, to: Int) -> Int? in
                block.codes.withUnsafeBufferPointer { urlBreak(widths: cells, codes: $0, from: from, to: to) }
            }
            wrap(widths: cells, width: width, narrow: !block.hasWide, urlCut: urlCut, emit: emit)
        }
    }

    /// The same over a block's cell bytes alone (width and break flag per character).
    /// `narrow`: every character is one cell wide, so a line holds exactly `width` of
    /// them and only the last break before that point needs finding (backwards).
    /// `urlCut`: asked only when a line has no space to break at, where before the given
    /// end it may be cut instead of mid-word (`urlBreak`; the default always cuts mid-word).
    static func wrap(widths: UnsafeBufferPointer<UInt8>, width: Int, narrow: Bool = false,
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

    /// Where a line without a space may end inside a URL: after the last `/ - _ . ? & =`
    /// of a url-role run before `to`, so "…/countries-" + "region…" rather than "…/cou" +
    /// "ntries". Searched only here, when a line is about to be cut mid-word: the cell byte
    /// has no bit left for these break points, and marking them while building would slow
    /// the ASCII bulk copy every paragraph goes through, for the few lines that need it.
    @inline(never)
    static func urlBreak(widths: UnsafeBufferPointer<UInt8>, codes: UnsafeBufferPointer<UInt32>, from start: Int, to end: Int) -> Int? {
        let url = Block.cell(width: 0, role: .url) & roleBits
        var k = min(end, codes.count) - 1
        while k > start {
            if widths[k] & roleBits == url {
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

    var count: Int { lines.count }

    /// The line showing character `offset` of `block`.
    func line(for anchor: Anchor) -> Int {
        guard !firstLine.isEmpty else { return 0 }
        let b = min(max(0, anchor.block), firstLine.count - 1)
        var i = firstLine[b]
        if anchor.offset < 0 {
            return i > 0 && lines[i - 1].isBlank && Int(lines[i - 1].block) == b ? i - 1 : i
        }
        let last = b + 1 < firstLine.count ? firstLine[b + 1] : lines.count
        while i + 1 < last, !lines[i + 1].isBlank, Int(lines[i + 1].start) <= anchor.offset { i += 1 }
        return i
    }

    /// The anchor of a line; a blank separator anchors to the start of its block.
    func anchor(of lineIndex: Int) -> Anchor {
        guard lines.indices.contains(lineIndex) else { return Anchor(block: 0, offset: 0) }
        let line = lines[lineIndex]
        return Anchor(block: Int(line.block), offset: line.isBlank ? -1 : Int(line.start))
    }
}
