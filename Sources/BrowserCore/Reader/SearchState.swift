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
    /// Where the reader was when the prompt opened; Esc returns here. A place in the
    /// text, never a line number: lines change meaning when a resize re-wraps them.
    var origin: Place
    var savedSearch: SearchResults?
}

/// An accepted or in-progress search: where every match starts in the document's search
/// index (ascending), and the current one. Matches are turned into screen positions only
/// when drawn or stepped to, so a query with half a million matches costs no more to
/// keep than its list of starts.
struct SearchResults: Sendable {
    var query: SearchQuery
    var starts: [Int32]
    var current: Int?
    var forward: Bool

    var count: Int { starts.count }

    /// The matches starting within a unit range (one block): a binary search.
    func range(forUnits units: Range<Int32>) -> Range<Int> {
        func lowerBound(_ v: Int32) -> Int {
            var lo = 0, hi = starts.count
            while lo < hi { let mid = (lo + hi) / 2; if starts[mid] < v { lo = mid + 1 } else { hi = mid } }
            return lo
        }
        return lowerBound(units.lowerBound)..<lowerBound(units.upperBound)
    }
}
