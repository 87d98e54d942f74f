import KamervragenKit

/// References to other answers ("Aanhangsel Handelingen, vergaderjaar 2023–2024, nr.
/// 730", `ah-tk-20232024-730`) as links, in a reader opened from a library. The parser
/// does not mark them (the model has no run for them yet), so a block is scanned once,
/// when it is made, by the same `ReferenceScanner` the index uses for ids; only readers
/// given the library's ids (`Content.references`) pay for it, the reader of one file
/// never does.
extension Block {
    /// Links every reference in the block that no other link covers. A reference to a
    /// document in the library is drawn as a link; one to a document outside it stays
    /// text, but Tab still stops on it, so the status line can say it is not there.
    mutating func linkReferences(_ library: LibraryReferences) {
        guard count >= 9 else { return }
        let references = ReferenceScanner.references(in: text(0..<count))
        guard !references.isEmpty else { return }
        // The byte offset where each character starts, in the UTF-8 `text` made above.
        var starts: [Int] = []
        starts.reserveCapacity(count + 1)
        var offset = 0
        for i in 0..<count {
            starts.append(offset)
            let c = codes[i]
            if c < 0x80 {
                offset += 1
            } else if c & Block.clusterFlag != 0 {
                offset += String(clusters[Int(c & ~Block.clusterFlag)]).utf8.count
            } else {
                offset += Unicode.Scalar(c).map { UTF8.width($0) } ?? 3
            }
        }
        starts.append(offset)
        func character(atByte b: Int) -> Int {
            var lo = 0, hi = starts.count - 1
            while lo < hi {
                let mid = (lo + hi) / 2
                if starts[mid] < b { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
        var added = false
        for r in references where r.id != library.own {
            let range = character(atByte: r.range.lowerBound)..<character(atByte: r.range.upperBound)
            guard !range.isEmpty, !links.contains(where: { $0.range.overlaps(range) }) else { continue }
            links.append(Link(range: range, target: .document(r.id)))
            if library.present.contains(r.id) { for i in range { setRole(.answerLink, at: i) } }
            added = true
        }
        // Tab steps through a block's links in reading order.
        if added { links.sort { $0.range.lowerBound < $1.range.lowerBound } }
    }
}

/// What a reader opened from a library knows of it: the ids of its documents, and the
/// id of the document it shows (references to that one are not links: it is open).
struct LibraryReferences: Sendable {
    var present: Set<String>
    var own: String
}
