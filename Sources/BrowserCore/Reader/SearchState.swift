import KamervragenKit

/// One match on screen terms: a block and the characters it covers.
struct Hit: Hashable, Sendable {
    var block: Int32
    var unitStart: Int32
    var start: Int32
    var end: Int32
}

/// The prompt while typing. One result set per typed character, so Backspace pops
/// instead of searching again and each new letter only narrows the last set.
struct SearchPrompt: Sendable {
    var forward: Bool
    var text: String = ""
    var stack: [SearchResults] = []
    /// Where the reader was when the prompt opened; Esc returns here.
    var origin: Anchor
    var originTop: Int
    var savedSearch: SearchResults?
}

/// An accepted or in-progress search: every hit in document order and the current one.
struct SearchResults: Sendable {
    var query: SearchQuery
    var hits: [Hit]
    var current: Int?
    var forward: Bool

    /// Hits of one block: a binary search, since hits are in block order.
    func range(forBlock block: Int32) -> Range<Int> {
        var lo = 0, hi = hits.count
        while lo < hi { let mid = (lo + hi) / 2; if hits[mid].block < block { lo = mid + 1 } else { hi = mid } }
        var end = lo
        while end < hits.count && hits[end].block == block { end += 1 }
        return lo..<end
    }
}
