/// A run of displayed characters prepared for searching: folded units in two cases and,
/// for each unit, the character it came from, so matches map back to the screen.
///
/// Built once per block of text; a keystroke then only compares integers.
public struct SearchableText: Sendable {
    public private(set) var exact: [UInt32] = []
    public private(set) var lower: [UInt32] = []
    /// `origin[i]` is the index of the character that produced unit `i`.
    public private(set) var origin: [Int32] = []
    public private(set) var characterCount = 0
    /// For text built from segments: the unit index where each segment starts.
    public private(set) var segmentUnitStarts: [Int32] = []
    /// Where each lower-cased unit occurs: the candidates for a query's first letter, so
    /// the first keystroke of a search costs as much as that letter's occurrences rather
    /// than a scan of the whole document. ASCII by table, the rest by dictionary.
    private var asciiPositions: [[Int32]] = Array(repeating: [], count: 128)
    private var otherPositions: [UInt32: [Int32]] = [:]

    public init(_ characters: some Sequence<Character>) {
        append(characters)
        finish()
    }

    /// Several texts searched as one, a line break between them so no match spans two
    /// (a typed query never contains one). Character indices run on across segments,
    /// counting one for each break. Saves concatenating a whole document first.
    public init(segments: [[Character]]) {
        segmentUnitStarts.reserveCapacity(segments.count)
        for segment in segments {
            segmentUnitStarts.append(Int32(exact.count))
            append(segment)
            exact.append(0x0A)
            origin.append(Int32(characterCount))
            characterCount += 1
        }
        finish()
    }

    private mutating func append(_ characters: some Sequence<Character>) {
        for ch in characters {
            if let a = ch.asciiValue, a != 0x0A || ch == "\n" {
                exact.append(UInt32(a))
                origin.append(Int32(characterCount))
                characterCount += 1
                continue
            }
            let before = exact.count
            for scalar in ch.unicodeScalars { SearchFolding.appendFolded(scalar, to: &exact) }
            for _ in before..<exact.count { origin.append(Int32(characterCount)) }
            characterCount += 1
        }
    }

    private mutating func finish() {
        lower = exact.map(SearchFolding.lowercased)
        for (i, u) in lower.enumerated() {
            if u < 128 { asciiPositions[Int(u)].append(Int32(i)) } else { otherPositions[u, default: []].append(Int32(i)) }
        }
    }

    /// Unit positions whose lower-cased unit equals `unit` lower-cased, ascending.
    public func positions(ofFirst unit: UInt32) -> [Int32] {
        let u = SearchFolding.lowercased(unit)
        return u < 128 ? asciiPositions[Int(u)] : otherPositions[u] ?? []
    }

    /// One occurrence: where it starts among the units (for narrowing) and which
    /// characters it covers (for highlighting).
    public struct Match: Hashable, Sendable {
        public var unitStart: Int32
        public var characters: Range<Int>
    }

    /// Every occurrence of `query`, in order. Overlaps are kept (as vim counts them) so that
    /// narrowing by a longer query never misses a start.
    public func matches(of query: SearchQuery) -> [Match] {
        starts(of: query).map { match(at: Int($0), length: query.units.count) }
    }

    /// The occurrences of `query` among earlier matches of a query it refines; only those
    /// starts can still match, so typing one more letter costs little.
    public func matches(of query: SearchQuery, narrowing earlier: [Match]) -> [Match] {
        starts(of: query, among: earlier.map(\.unitStart)).map { match(at: Int($0), length: query.units.count) }
    }

    /// Where every occurrence of `query` starts, as unit positions in ascending order.
    /// A one-letter case-insensitive query is answered by the position list itself, so
    /// the first keystroke of a search copies nothing, however many hits it has.
    public func starts(of query: SearchQuery) -> [Int32] {
        guard let first = query.units.first else { return [] }
        let candidates = positions(ofFirst: first)
        if query.units.count == 1 && !query.isCaseSensitive { return candidates }
        return starts(of: query, among: candidates)
    }

    /// The starts among `candidates` (ascending unit positions) where `query` occurs: what
    /// incremental search calls with the starts of the previous, shorter query.
    public func starts(of query: SearchQuery, among candidates: [Int32]) -> [Int32] {
        let units = query.isCaseSensitive ? exact : lower
        let q = query.units
        guard !q.isEmpty else { return [] }
        var out: [Int32] = []
        units.withUnsafeBufferPointer { u in
            q.withUnsafeBufferPointer { qq in
                for s in candidates {
                    let i = Int(s)
                    guard i >= 0, i + qq.count <= u.count else { continue }
                    var k = 0
                    while k < qq.count && u[i + k] == qq[k] { k += 1 }
                    if k == qq.count { out.append(s) }
                }
            }
        }
        return out
    }

    /// The characters covered by an occurrence of `length` units at `unitStart`.
    public func characters(atUnit unitStart: Int, length: Int) -> Range<Int> {
        let start = Int(origin[unitStart])
        let end = Int(origin[min(origin.count - 1, unitStart + max(1, length) - 1)]) + 1
        return start..<end
    }

    /// The occurrence of `query` starting at unit `unitStart`, if there is one.
    public func match(of query: SearchQuery, at unitStart: Int) -> Match? {
        let units = query.isCaseSensitive ? exact : lower
        let q = query.units
        guard !q.isEmpty, unitStart >= 0, unitStart + q.count <= units.count else { return nil }
        for k in 0..<q.count where units[unitStart + k] != q[k] { return nil }
        return match(at: unitStart, length: q.count)
    }

    private func match(at i: Int, length: Int) -> Match {
        let start = Int(origin[i])
        let end = Int(origin[i + length - 1]) + 1
        return Match(unitStart: Int32(i), characters: start..<end)
    }
}

extension String {
    /// Character ranges of every occurrence of `query` in this string, folded as the
    /// browser folds (diacritics, smart case).
    public func searchMatches(of query: String) -> [Range<Int>] {
        SearchableText(self).matches(of: SearchQuery(query)).map(\.characters)
    }
}
