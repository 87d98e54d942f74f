import KamervragenKit
import Synchronization

/// One query's way through the document, block by block: how many matches each block
/// holds, filled in as blocks are searched (for a frame, a jump to the next match, or in
/// the idle time between keys), and the matches of the blocks used last.
///
/// A small document (`Content.eagerCharacters`) is counted whole at once, so its count
/// is exact as soon as the query is typed. Shared by the copies of a browser state: it
/// only ever learns facts about one query in one document.
final class SearchScan: Sendable {
    let query: SearchQuery
    private let content: Content
    private let state: Mutex<State>

    private struct State {
        /// Matches per block; -1 while the block is not searched yet.
        var counts: [Int32]
        var uncounted: Int
        var total = 0
        /// Where the idle count goes on.
        var next = 0
        /// Matches before each block, made once every block is counted.
        var before: [Int]?
        var searcher = SegmentSearch()
        var kept = MatchCache()
    }

    /// `previous`: the scan of the query one letter shorter. Where this query refines it
    /// (every match of this one is a match of that one), the blocks it found nothing in
    /// are known to hold nothing here either.
    init(query: SearchQuery, content: Content, narrowing previous: SearchScan?) {
        self.query = query
        self.content = content
        var counts = [Int32](repeating: -1, count: content.count)
        var uncounted = counts.count
        if let previous, query.refines(previous.query) {
            previous.state.withLock { p in
                for b in counts.indices where p.counts[b] == 0 {
                    counts[b] = 0
                    uncounted -= 1
                }
            }
        }
        var state = State(counts: counts, uncounted: uncounted)
        if query.isEmpty {
            state.counts = [Int32](repeating: 0, count: counts.count)
            state.uncounted = 0
        }
        if content.size <= content.eagerCharacters {
            for b in state.counts.indices where state.counts[b] < 0 { _ = SearchScan.search(b, in: &state, query: query, content: content, keep: false) }
        }
        SearchScan.finishIfCounted(&state)
        self.state = Mutex(state)
    }

    var isComplete: Bool { state.withLock { $0.uncounted == 0 } }

    /// Matches in the blocks counted so far: all of them once `isComplete`.
    var total: Int { state.withLock { $0.total } }

    /// Searches block `b`: its matches as character pairs (start, end), and its count noted.
    private static func search(_ b: Int, in s: inout State, query: SearchQuery, content: Content, keep: Bool) -> [Int32] {
        if keep, let kept = s.kept[b] { return kept }
        let block = keep ? content.block(b) : content.makeBlock(b)
        var pairs: [Int32] = []
        let found = s.searcher.matches(of: query, in: block.searchSegment, into: &pairs)
        if s.counts[b] < 0 {
            s.counts[b] = Int32(found)
            s.uncounted -= 1
            s.total += found
            if s.uncounted == 0 { finishIfCounted(&s) }
        }
        if keep { s.kept[b] = pairs }
        return pairs
    }

    private static func finishIfCounted(_ s: inout State) {
        guard s.uncounted == 0, s.before == nil else { return }
        var before = [Int](repeating: 0, count: s.counts.count)
        var sum = 0
        for b in s.counts.indices {
            before[b] = sum
            sum += Int(s.counts[b])
        }
        s.before = before
    }

    /// The matches in block `b`, searched now if need be.
    func hits(in b: Int) -> [Hit] {
        state.withLock { s in
            guard s.counts.indices.contains(b), s.counts[b] != 0 else { return [] }
            return SearchScan.hits(SearchScan.search(b, in: &s, query: query, content: content, keep: true), block: b)
        }
    }

    /// The matches in block `b` that cover a character in `characters`, in order: what
    /// one line on screen shows. Found by a binary search among the block's matches (in
    /// order, and all as long as the query, so their ends are in order too): a paragraph
    /// can hold tens of thousands of matches of a one-letter query, and drawing a line
    /// must not make every one of them into a `Hit`.
    func hits(in b: Int, characters: Range<Int>) -> [Hit] {
        state.withLock { s in
            guard s.counts.indices.contains(b), s.counts[b] != 0 else { return [] }
            let pairs = SearchScan.search(b, in: &s, query: query, content: content, keep: true)
            var lo = 0, hi = pairs.count / 2
            while lo < hi {
                let mid = (lo + hi) / 2
                if Int(pairs[2 * mid + 1]) <= characters.lowerBound { lo = mid + 1 } else { hi = mid }
            }
            var out: [Hit] = []
            var k = lo
            while 2 * k < pairs.count, Int(pairs[2 * k]) < characters.upperBound {
                out.append(Hit(block: Int32(b), start: pairs[2 * k], end: pairs[2 * k + 1]))
                k += 1
            }
            return out
        }
    }

    private static func hits(_ pairs: [Int32], block b: Int) -> [Hit] {
        stride(from: 0, to: pairs.count, by: 2).map { Hit(block: Int32(b), start: pairs[$0], end: pairs[$0 + 1]) }
    }

    /// How many matches come before `hit`, when every block before it is counted.
    func ordinal(of hit: Hit) -> Int? {
        state.withLock { s in
            let b = Int(hit.block)
            guard s.counts.indices.contains(b) else { return nil }
            var before: Int
            if let known = s.before {
                before = known[b]
            } else {
                before = 0
                for k in 0..<b {
                    guard s.counts[k] >= 0 else { return nil }
                    before += Int(s.counts[k])
                }
            }
            let pairs = SearchScan.search(b, in: &s, query: query, content: content, keep: true)
            var k = 0
            while 2 * k < pairs.count && pairs[2 * k] < hit.start { k += 1 }
            return before + k
        }
    }

    /// The first match at or after `position` (a block and a character; going forward)
    /// or the last one before it (backward), wrapping around the document; nil when there
    /// is none. `budget`: at most this many characters of blocks not searched yet are
    /// searched on the way (the idle count finds the rest); nil for no limit.
    func hit(from position: (block: Int32, start: Int32), forward: Bool, budget: Int? = nil) -> (hit: Hit, wrapped: Bool)? {
        state.withLock { s in
            let n = s.counts.count
            guard n > 0 else { return nil }
            var spent = 0
            var position = position
            if Int(position.block) >= n {
                // Past the end: forward comes round to the first match, backward finds the last.
                position = forward ? (0, Int32.min) : (Int32(n - 1), Int32.max)
            }
            let from = Int(position.block)
            // Each block once, from `from` round to just before it; `from` itself once more
            // at the end, for its matches on the other side of the position.
            for step in 0...n {
                let b = forward ? (from + step) % n : (from - step + n) % n
                let wrapped = forward ? from + step >= n : from - step < 0
                if s.counts[b] == 0 { continue }
                if s.counts[b] < 0 {
                    if let budget, spent > budget { return nil }
                    spent += Int(content.sources[b].size) + 1
                }
                let hits = SearchScan.hits(SearchScan.search(b, in: &s, query: query, content: content, keep: true), block: b)
                if step == 0 {
                    // The position's own block: only the matches on the far side of it.
                    if forward, let h = hits.first(where: { $0.start >= position.start }) { return (h, false) }
                    if !forward, let h = hits.last(where: { $0.start < position.start }) { return (h, false) }
                    continue
                }
                if let h = forward ? hits.first : hits.last { return (h, wrapped) }
            }
            return nil
        }
    }

    /// Counts blocks not searched yet, in document order, until about `budget` characters
    /// have been searched; true while some remain. For the idle time between keys.
    func countMore(characters budget: Int) -> Bool {
        state.withLock { s in
            var done = 0
            while s.uncounted > 0 && done < budget {
                while s.next < s.counts.count && s.counts[s.next] >= 0 { s.next += 1 }
                guard s.next < s.counts.count else { break }
                _ = SearchScan.search(s.next, in: &s, query: query, content: content, keep: false)
                done += Int(content.sources[s.next].size) + 1
            }
            return s.uncounted > 0
        }
    }
}

/// The matches of the blocks searched last for the screen, by block (as `BlockCache`).
private struct MatchCache {
    private static let size = 64
    private var owners = [Int](repeating: -1, count: MatchCache.size)
    private var pairs = [[Int32]](repeating: [], count: MatchCache.size)

    subscript(b: Int) -> [Int32]? {
        get { owners[b % Self.size] == b ? pairs[b % Self.size] : nil }
        set {
            guard let found = newValue else { return }
            owners[b % Self.size] = b
            pairs[b % Self.size] = found
        }
    }
}
