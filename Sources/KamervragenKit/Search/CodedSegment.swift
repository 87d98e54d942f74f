/// Text kept as one integer code per displayed character, as the browser stores its
/// blocks: the scalar value when the character is one scalar, else `clusterFlag` plus
/// an index into `clusters`. `SegmentSearch` folds and searches it.
package struct CodedSegment: Sendable {
    package var codes: [UInt32]
    package var clusters: [Character]
    package static let clusterFlag: UInt32 = 0x8000_0000

    package init(codes: [UInt32], clusters: [Character] = []) {
        self.codes = codes
        self.clusters = clusters
    }

    /// The units of one non-ASCII code, replacing `scratch`: a cluster as any
    /// `Character` is folded, a lone scalar (an invalid one shown as U+FFFD) by itself.
    func fold(_ code: UInt32, into scratch: inout [UInt32]) {
        scratch.removeAll(keepingCapacity: true)
        if code & CodedSegment.clusterFlag != 0 {
            CodedSegment.fold(clusters[Int(code & ~CodedSegment.clusterFlag)], into: &scratch)
        } else {
            SearchFolding.appendFolded(Unicode.Scalar(code) ?? "\u{FFFD}", to: &scratch)
        }
    }

    /// One character's units. ASCII is itself, except that "\r\n" (whose `asciiValue`
    /// is a line feed) keeps both scalars, so a query never sees a line break there.
    static func fold(_ ch: Character, into out: inout [UInt32]) {
        if let a = ch.asciiValue, a != 0x0A || ch == "\n" {
            out.append(UInt32(a))
            return
        }
        for scalar in ch.unicodeScalars { SearchFolding.appendFolded(scalar, to: &out) }
    }
}

/// What the scalars below U+3000 (accented Latin, quotes, dashes, the euro sign)
/// fold to, remembered across segments: the same few recur thousands of times in
/// a large document, and folding each afresh (a dictionary look-up, a Unicode
/// property) cost as much as all its ASCII together. A scalar that folds to more
/// than one unit is folded every time.
struct FoldMemo: Sendable {
    private static let limit: UInt32 = 0x3000
    private static let unknown = UInt32.max, nothing = UInt32.max - 1, several = UInt32.max - 2
    private var known = [UInt32](repeating: FoldMemo.unknown, count: Int(FoldMemo.limit))

    mutating func fold(_ code: UInt32, of segment: CodedSegment, into scratch: inout [UInt32]) {
        guard code < FoldMemo.limit else { return segment.fold(code, into: &scratch) }
        switch known[Int(code)] {
        case FoldMemo.unknown:
            segment.fold(code, into: &scratch)
            known[Int(code)] = scratch.count == 0 ? FoldMemo.nothing : scratch.count == 1 ? scratch[0] : FoldMemo.several
        case FoldMemo.nothing:
            scratch.removeAll(keepingCapacity: true)
        case FoldMemo.several:
            segment.fold(code, into: &scratch)
        case let unit:
            scratch.removeAll(keepingCapacity: true)
            scratch.append(unit)
        }
    }
}
