extension Browser {
    /// The matches of `s` in block `b` that cover a character in `characters`, in order.
    /// Found by a binary search among the block's matches: a long paragraph can hold tens
    /// of thousands of matches of a one-letter search, and drawing a line (or checking it)
    /// must not turn every one of them into screen positions.
    func hits(_ s: SearchResults, block b: Int, characters: Range<Int>) -> [Hit] {
        let all = hitRange(s, block: b)
        // Matches are in order and all as long as the query, so their ends are in order too.
        var lo = all.lowerBound, hi = all.upperBound
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(hit(s, mid).end) <= characters.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        var out: [Hit] = []
        var i = lo
        while i < all.upperBound {
            let h = hit(s, i)
            guard Int(h.start) < characters.upperBound else { break }
            out.append(h)
            i += 1
        }
        return out
    }
}
