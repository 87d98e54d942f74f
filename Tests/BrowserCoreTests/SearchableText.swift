@testable import KamervragenKit

// The whole-text search index the browser once searched through, kept here as the
// reference that the product's block-by-block search (`SegmentSearch`) is compared with:
// an index of every unit and where each letter occurs, built in two ways (from the
// characters, and from the blocks' stored codes) that must agree. It left Sources when
// the browser stopped using it (issue 8: one production path per rule).

/// A run of displayed characters prepared for searching: folded units in two cases and,
/// for each unit, the character it came from, so matches map back to the screen.
///
/// Built once per block of text; a keystroke then only compares integers.
struct SearchableText: Sendable {
    private(set) var exact: [UInt32] = []
    private(set) var lower: [UInt32] = []
    /// `origin[i]` is the index of the character that produced unit `i`. Spelled out
    /// here for callers that want them all; the index itself keeps them as `origins`.
    var origin: [Int32] { (0..<exact.count).map { Int32(origins.character(ofUnit: $0)) } }
    private var origins = Origins()
    private(set) var characterCount = 0
    /// For text built from segments: the unit index where each segment starts.
    private(set) var segmentUnitStarts: [Int32] = []
    /// Where each lower-cased unit occurs: the candidates for a query's first letter, so
    /// the first keystroke of a search costs as much as that letter's occurrences rather
    /// than a scan of the whole document. ASCII by table, the rest by dictionary.
    private var asciiPositions: [[Int32]] = Array(repeating: [], count: 128)
    private var otherPositions: [UInt32: [Int32]] = [:]

    init(_ characters: some Sequence<Character>) {
        append(characters)
        finish()
    }

    /// Several texts searched as one, a line break between them so no match spans two
    /// (a typed query never contains one). Character indices run on across segments,
    /// counting one for each break. Saves concatenating a whole document first.
    init(segments: [[Character]]) {
        segmentUnitStarts.reserveCapacity(segments.count)
        for segment in segments {
            segmentUnitStarts.append(Int32(exact.count))
            append(segment)
            origins.note(unit: exact.count, character: characterCount)
            exact.append(0x0A)
            characterCount += 1
        }
        finish()
    }

    /// The same index as `init(segments:)` on the segments' characters, read straight
    /// from their codes. Opening a large document and typing `/` waits for this, so it
    /// makes one pass over the integers that writes all three unit arrays and counts the
    /// letters, ASCII without any `Character` or `String`; only the rare other codes are
    /// folded, each as the `Character` path folds it.
    init(codedSegments segments: [CodedSegment]) {
        // The arrays are written in place, so their exact length comes first: a code
        // below 0x80 is one unit, the others count what they fold to.
        var scratch: [UInt32] = []
        var memo = FoldMemo()
        var total = 0
        for segment in segments {
            total += segment.codes.count + 1
            // Most blocks are all ASCII; OR-ing their codes is a loop the compiler
            // vectorises, and only the other blocks are walked code by code.
            let bits = segment.codes.withUnsafeBufferPointer { codes in
                var bits: UInt32 = 0
                for code in codes { bits |= code }
                return bits
            }
            guard bits >= 0x80 else { continue }
            for code in segment.codes where code >= 0x80 {
                memo.fold(code, of: segment, into: &scratch)
                total += scratch.count - 1
            }
        }
        var counts = [Int](repeating: 0, count: 129)
        var others: [UInt32: [Int32]] = [:]
        var starts: [Int32] = []
        starts.reserveCapacity(segments.count)
        var characters = 0
        var exactUnits: [UInt32] = []
        var unitOrigins = Origins()
        let lowerUnits = [UInt32](unsafeUninitializedCapacity: total) { lo, loCount in
            exactUnits = [UInt32](unsafeUninitializedCapacity: total) { ex, exCount in
                counts.withUnsafeMutableBufferPointer { counts in
                    var out = UnitWriter(exact: ex, lower: lo, counts: counts)
                    for segment in segments {
                        starts.append(Int32(out.units))
                        out.write(segment, others: &others, scratch: &scratch, memo: &memo)
                        out.put(0x0A, others: &others)
                        out.characters += 1
                    }
                    precondition(out.units == total, "search units miscounted")
                    characters = out.characters
                    unitOrigins = out.origins
                }
                exCount = total
            }
            loCount = total
        }
        exact = exactUnits
        lower = lowerUnits
        origins = unitOrigins
        characterCount = characters
        segmentUnitStarts = starts
        otherPositions = others
        listASCIIPositions(counts: counts)
    }

    /// Writes units into buffers sized beforehand. Its counters are plain stored
    /// properties of a local value, so the per-character loop keeps them in registers.
    /// An ASCII code is one unit from one character, which never changes the offset
    /// `origins` records, so only the other codes (and the breaks) note theirs.
    private struct UnitWriter {
        let exact: UnsafeMutableBufferPointer<UInt32>
        let lower: UnsafeMutableBufferPointer<UInt32>
        /// `counts[u + 1]`: occurrences of the lower-cased ASCII unit `u`.
        let counts: UnsafeMutableBufferPointer<Int>
        var origins = Origins()
        var units = 0
        var characters = 0

        @inline(__always)
        mutating func put(_ unit: UInt32, others: inout [UInt32: [Int32]]) {
            let l = SearchFolding.lowercased(unit)
            exact[units] = unit; lower[units] = l
            origins.note(unit: units, character: characters)
            if l < 128 { counts[Int(l) + 1] += 1 } else { others[l, default: []].append(Int32(units)) }
            units += 1
        }

        mutating func write(_ segment: CodedSegment, others: inout [UInt32: [Int32]], scratch: inout [UInt32], memo: inout FoldMemo) {
            var k = units, c = characters
            segment.codes.withUnsafeBufferPointer { codes in
                for code in codes {
                    if code < 0x80 {
                        let l = code &- 0x41 < 26 ? code + 0x20 : code
                        exact[k] = code; lower[k] = l
                        counts[Int(l) + 1] += 1
                        k += 1
                    } else {
                        units = k; characters = c
                        memo.fold(code, of: segment, into: &scratch)
                        for unit in scratch { put(unit, others: &others) }
                        // Whatever comes next starts from the next character.
                        origins.note(unit: units, character: c + 1)
                        k = units
                    }
                    c += 1
                }
            }
            units = k; characters = c
        }
    }

    /// Which character each unit came from, kept as the offset between the two: unit `i`
    /// came from character `i + offset`, and the offset changes only around a character
    /// that did not fold to exactly one unit (ß, …, a dropped mark, a cluster). A large
    /// document has a few such places among millions of units, so this replaces an
    /// array as long as the text, whose page faults alone were a large share of
    /// building the index. Looking one up is a binary search, done per match shown.
    struct Origins: Sendable {
        /// `firstUnits[k]` is where `offsets[k]` starts to apply; ascending.
        private var firstUnits: [Int32] = [0]
        private var offsets: [Int32] = [0]

        /// Unit `unit` came from character `character`; units after it are taken to
        /// follow one character each until noted otherwise. Units are noted in order.
        @inline(__always)
        mutating func note(unit: Int, character: Int) {
            let offset = Int32(character - unit), last = firstUnits.count - 1
            if Int(firstUnits[last]) == unit {
                // A second note for the same unit (a guess replaced by the fact).
                offsets[last] = offset
                if last > 0 && offsets[last - 1] == offset { firstUnits.removeLast(); offsets.removeLast() }
            } else if offsets[last] != offset {
                firstUnits.append(Int32(unit))
                offsets.append(offset)
            }
        }

        func character(ofUnit unit: Int) -> Int {
            var low = 0, high = firstUnits.count // firstUnits[low] <= unit < firstUnits[high]
            while high - low > 1 {
                let mid = (low + high) / 2
                if Int(firstUnits[mid]) <= unit { low = mid } else { high = mid }
            }
            return unit + Int(offsets[low])
        }
    }

    private mutating func append(_ characters: some Sequence<Character>) {
        for ch in characters {
            let before = exact.count
            CodedSegment.fold(ch, into: &exact)
            for unit in before..<exact.count { origins.note(unit: unit, character: characterCount) }
            characterCount += 1
        }
    }

    private mutating func finish() {
        lower = exact.map(SearchFolding.lowercased)
        var counts = [Int](repeating: 0, count: 129)
        for (i, u) in lower.enumerated() {
            if u < 128 { counts[Int(u) + 1] += 1 } else { otherPositions[u, default: []].append(Int32(i)) }
        }
        listASCIIPositions(counts: counts)
    }

    /// Fills the ASCII position lists from `counts[u + 1]`, the occurrences of each
    /// lower-cased unit `u`. Each list is allocated at its exact size and written through
    /// a pointer: appending to 128 growing arrays cost most of a large build, and filling
    /// one buffer to copy out of doubled the memory touched, which costs as much again in
    /// page faults. A pointer into an array under construction is valid only inside its
    /// initialiser's closure, so the lists are opened one inside the other, recursively,
    /// and the one pass over the units runs at the innermost level.
    private mutating func listASCIIPositions(counts: [Int]) {
        let letters = (0..<128).filter { counts[$0 + 1] > 0 }
        var lists = [[Int32]](repeating: [], count: 128)
        var heads = [UnsafeMutablePointer<Int32>?](repeating: nil, count: 128)
        let units = lower
        func open(_ k: Int) {
            guard k < letters.count else {
                heads.withUnsafeMutableBufferPointer { heads in
                    units.withUnsafeBufferPointer { units in
                        for i in units.indices where units[i] < 128 {
                            let u = Int(units[i])
                            heads[u]!.pointee = Int32(i)
                            heads[u]! += 1
                        }
                    }
                }
                return
            }
            let a = letters[k], n = counts[a + 1]
            lists[a] = [Int32](unsafeUninitializedCapacity: n) { buffer, count in
                heads[a] = buffer.baseAddress
                open(k + 1)
                count = n
            }
        }
        open(0)
        asciiPositions = lists
    }

    /// Unit positions whose lower-cased unit equals `unit` lower-cased, ascending.
    func positions(ofFirst unit: UInt32) -> [Int32] {
        let u = SearchFolding.lowercased(unit)
        return u < 128 ? asciiPositions[Int(u)] : otherPositions[u] ?? []
    }

    /// One occurrence: where it starts among the units (for narrowing) and which
    /// characters it covers (for highlighting).
    struct Match: Hashable, Sendable {
        var unitStart: Int32
        var characters: Range<Int>
    }

    /// Every occurrence of `query`, in order. Overlaps are kept (as vim counts them) so that
    /// narrowing by a longer query never misses a start.
    func matches(of query: SearchQuery) -> [Match] {
        starts(of: query).map { match(at: Int($0), length: query.units.count) }
    }

    /// The occurrences of `query` among earlier matches of a query it refines; only those
    /// starts can still match, so typing one more letter costs little.
    func matches(of query: SearchQuery, narrowing earlier: [Match]) -> [Match] {
        starts(of: query, among: earlier.map(\.unitStart)).map { match(at: Int($0), length: query.units.count) }
    }

    /// Where every occurrence of `query` starts, as unit positions in ascending order.
    /// A one-letter case-insensitive query is answered by the position list itself, so
    /// the first keystroke of a search copies nothing, however many hits it has.
    func starts(of query: SearchQuery) -> [Int32] {
        guard let first = query.units.first else { return [] }
        let candidates = positions(ofFirst: first)
        if query.units.count == 1 && !query.isCaseSensitive { return candidates }
        return starts(of: query, among: candidates)
    }

    /// The starts among `candidates` (ascending unit positions) where `query` occurs: what
    /// incremental search calls with the starts of the previous, shorter query.
    func starts(of query: SearchQuery, among candidates: [Int32]) -> [Int32] {
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
    func characters(atUnit unitStart: Int, length: Int) -> Range<Int> {
        let start = origins.character(ofUnit: unitStart)
        let end = origins.character(ofUnit: min(exact.count - 1, unitStart + max(1, length) - 1)) + 1
        return start..<end
    }

    /// The occurrence of `query` starting at unit `unitStart`, if there is one.
    func match(of query: SearchQuery, at unitStart: Int) -> Match? {
        let units = query.isCaseSensitive ? exact : lower
        let q = query.units
        guard !q.isEmpty, unitStart >= 0, unitStart + q.count <= units.count else { return nil }
        for k in 0..<q.count where units[unitStart + k] != q[k] { return nil }
        return match(at: unitStart, length: q.count)
    }

    private func match(at i: Int, length: Int) -> Match {
        let start = origins.character(ofUnit: i)
        let end = origins.character(ofUnit: i + length - 1) + 1
        return Match(unitStart: Int32(i), characters: start..<end)
    }
}

extension String {
    /// Character ranges of every occurrence of `query` in this string, folded as the
    /// browser folds (diacritics, smart case).
    func searchMatches(of query: String) -> [Range<Int>] {
        SearchableText(self).matches(of: SearchQuery(query)).map(\.characters)
    }
}
