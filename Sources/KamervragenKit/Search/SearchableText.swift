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

    public init(_ characters: some Sequence<Character>) {
        for ch in characters {
            let before = exact.count
            for scalar in ch.unicodeScalars { SearchFolding.appendFolded(scalar, to: &exact) }
            for _ in before..<exact.count { origin.append(Int32(characterCount)) }
            characterCount += 1
        }
        lower = exact.map(SearchFolding.lowercased)
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
        let units = query.isCaseSensitive ? exact : lower
        let q = query.units
        guard !q.isEmpty, units.count >= q.count else { return [] }
        var out: [Match] = []
        let first = q[0]
        var i = 0
        let last = units.count - q.count
        units.withUnsafeBufferPointer { u in
            q.withUnsafeBufferPointer { qq in
                while i <= last {
                    if u[i] == first {
                        var k = 1
                        while k < qq.count && u[i + k] == qq[k] { k += 1 }
                        if k == qq.count {
                            out.append(match(at: i, length: qq.count))
                        }
                    }
                    i += 1
                }
            }
        }
        return out
    }

    /// The occurrences of `query` among earlier matches of a query it refines; only those
    /// starts can still match, so typing one more letter costs little.
    public func matches(of query: SearchQuery, narrowing earlier: [Match]) -> [Match] {
        let units = query.isCaseSensitive ? exact : lower
        let q = query.units
        var out: [Match] = []
        for m in earlier {
            let i = Int(m.unitStart)
            guard i + q.count <= units.count else { continue }
            var k = 0
            while k < q.count && units[i + k] == q[k] { k += 1 }
            if k == q.count {
                out.append(match(at: i, length: q.count))
            }
        }
        return out
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
