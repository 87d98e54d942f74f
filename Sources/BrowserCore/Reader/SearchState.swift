import KamervragenKit

/// One match on screen terms: a block and the characters it covers.
struct Hit: Hashable, Sendable, Comparable {
    var block: Int32
    var start: Int32
    var end: Int32

    static func < (a: Hit, b: Hit) -> Bool { (a.block, a.start) < (b.block, b.start) }
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

/// An accepted or in-progress search: the query, its progress through the document
/// (`scan`, shared by the copies of a browser state) and the current match. Matches are
/// found block by block when they are shown or stepped to, and counted in steps, so a
/// query with millions of matches in a 200 MB document costs a count per block, and a
/// key typed while it is counted is answered first.
struct SearchResults: Sendable {
    var query: SearchQuery
    let scan: SearchScan
    var currentHit: Hit?
    var forward: Bool

    /// How many matches the document holds (those counted so far, until `isCounted`).
    var count: Int { scan.total }
    var isCounted: Bool { scan.isComplete }

    /// The current match's place among all of them, counting from 0, once the blocks
    /// before it are counted.
    var current: Int? { currentHit.flatMap { scan.ordinal(of: $0) } }

    /// "3/14" for the status line; "…" for what is still being counted.
    var position: String? {
        guard let hit = currentHit else { return nil }
        let number = scan.ordinal(of: hit).map { String($0 + 1) } ?? "…"
        return number + "/" + (scan.isComplete ? String(scan.total) : "…")
    }
}
