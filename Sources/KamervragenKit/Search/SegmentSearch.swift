/// Finds a query in one run of displayed characters at a time (a `CodedSegment`), folded
/// by `SearchFolding`, with no index: the browser searches a large document block by
/// block, in steps, instead of holding an index of it (twelve bytes per character). The
/// whole-text index it replaced is the tests' reference (`SearchIndexCodesTests`).
///
/// One value is reused for every segment, so its buffers are allocated once.
package struct SegmentSearch: Sendable {
    /// The folded units of the segment, lower-cased unless the query is case-sensitive.
    private var units: [UInt32] = []
    /// The character each unit came from.
    private var characters: [Int32] = []
    private var scratch: [UInt32] = []
    private var memo = FoldMemo()

    package init() {}

    /// Every occurrence of `query` in `segment` (overlapping ones too, as vim counts
    /// them), as the characters each covers, in order: start and end, one pair per
    /// match, appended to `out`. Returns how many were found.
    @discardableResult
    package mutating func matches(of query: SearchQuery, in segment: CodedSegment, into out: inout [Int32]) -> Int {
        let q = query.units
        guard let first = q.first else { return 0 }
        fold(segment, lowered: !query.isCaseSensitive)
        let n = units.count, m = q.count
        guard n >= m else { return 0 }
        var found = 0
        units.withUnsafeBufferPointer { u in
            q.withUnsafeBufferPointer { qq in
                characters.withUnsafeBufferPointer { c in
                    for i in 0...(n - m) where u[i] == first {
                        var k = 1
                        while k < m && u[i + k] == qq[k] { k += 1 }
                        guard k == m else { continue }
                        out.append(c[i])
                        out.append(c[i + m - 1] + 1)
                        found += 1
                    }
                }
            }
        }
        return found
    }

    /// How many occurrences `matches` would find.
    package mutating func count(of query: SearchQuery, in segment: CodedSegment) -> Int {
        var out: [Int32] = []
        return matches(of: query, in: segment, into: &out)
    }

    /// The units of the segment, each with its character: ASCII as itself, anything else
    /// as `CodedSegment.fold` folds it (through a `FoldMemo`).
    private mutating func fold(_ segment: CodedSegment, lowered: Bool) {
        units.removeAll(keepingCapacity: true)
        characters.removeAll(keepingCapacity: true)
        let codes = segment.codes
        units.reserveCapacity(codes.count)
        characters.reserveCapacity(codes.count)
        for (c, code) in codes.enumerated() {
            if code < 0x80 {
                units.append(lowered && code &- 0x41 < 26 ? code + 0x20 : code)
                characters.append(Int32(c))
                continue
            }
            memo.fold(code, of: segment, into: &scratch)
            for unit in scratch {
                units.append(lowered ? SearchFolding.lowercased(unit) : unit)
                characters.append(Int32(c))
            }
        }
    }
}
