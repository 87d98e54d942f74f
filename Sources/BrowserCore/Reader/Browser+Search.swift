import KamervragenKit

extension Browser {
    mutating func startSearch(forward: Bool) {
        prompt = SearchPrompt(forward: forward, origin: anchor, originTop: top, savedSearch: search)
        selection = nil
    }

    mutating func handlePrompt(_ key: Key) -> [Effect] {
        guard var p = prompt else { return [] }
        switch key {
        case .escape, .control("c"), .control("g"):
            prompt = nil
            search = p.savedSearch
            anchor = p.origin
            top = clampTop(layout.line(for: p.origin))
            return []
        case .enter:
            prompt = nil
            if p.text.isEmpty {
                // An empty query repeats the last search, as in less and vim.
                search = p.savedSearch
                if search != nil { search?.forward = p.forward; stepMatch(forward: p.forward) }
                return []
            }
            search = p.stack.last
            if let s = search, s.hits.isEmpty {
                message = ("Pattern not found: \(p.text)", .error)
                search = nil
            }
            if anchor != p.origin {
                back.append(p.origin)
                forward.removeAll()
            }
            return []
        case .backspace:
            guard !p.text.isEmpty else {
                prompt = nil
                return []
            }
            p.text.removeLast()
            p.stack.removeLast()
        case .character(let c):
            p.text.append(c)
            let query = SearchQuery(p.text)
            let previous = p.stack.last
            p.stack.append(results(for: query, narrowing: previous, forward: p.forward))
        case .control("l"): return [.redraw]
        default: return []
        }
        prompt = p
        // Incremental: show the first match from where the search started.
        top = p.originTop
        anchor = p.origin
        if var s = p.stack.last, !s.hits.isEmpty {
            s.current = firstHit(in: s, from: p.originTop, forward: p.forward)
            p.stack[p.stack.count - 1] = s
            prompt = p
            if let c = s.current { reveal(s.hits[c]) }
            search = s
        } else {
            search = nil
        }
        return []
    }

    func results(for query: SearchQuery, narrowing previous: SearchResults?, forward: Bool) -> SearchResults {
        if query.isEmpty { return SearchResults(query: query, hits: [], current: nil, forward: forward) }
        let index = content.searchIndex
        let matches: [SearchableText.Match]
        if let previous, query.refines(previous.query) {
            matches = index.matches(of: query, startingAt: previous.hits.map(\.unitStart))
        } else {
            matches = index.matches(of: query)
        }
        // Matches ascend, so the block they fall in only ever moves forward.
        let starts = content.blockCharacterStart
        var hits: [Hit] = []
        hits.reserveCapacity(matches.count)
        var block = 0
        for m in matches {
            while block + 1 < starts.count && starts[block + 1] <= m.characters.lowerBound { block += 1 }
            let base = starts[block]
            hits.append(Hit(block: Int32(block), unitStart: m.unitStart,
                            start: Int32(m.characters.lowerBound - base), end: Int32(m.characters.upperBound - base)))
        }
        return SearchResults(query: query, hits: hits, current: nil, forward: forward)
    }

    func lineOf(_ hit: Hit) -> Int {
        layout.line(for: Anchor(block: Int(hit.block), offset: Int(hit.start)))
    }

    /// A line's place in document order, comparable with a hit's (block, start).
    private func position(ofLine line: Int) -> (Int32, Int32) {
        guard layout.lines.indices.contains(line) else { return (Int32.max, Int32.max) }
        let l = layout.lines[line]
        return (l.block, l.isBlank ? -1 : l.start)
    }

    /// The first hit at or below the given top line (forward), or the last one above the
    /// bottom of that screen (backward); wraps around the document. Binary searches, as
    /// a one-letter query can have a hundred thousand hits.
    func firstHit(in s: SearchResults, from topLine: Int, forward: Bool) -> Int? {
        guard !s.hits.isEmpty else { return nil }
        let bound = position(ofLine: forward ? topLine : topLine + max(1, textRows))
        var lo = 0, hi = s.hits.count
        while lo < hi {
            let mid = (lo + hi) / 2
            let h = s.hits[mid]
            if (h.block, h.start) < bound { lo = mid + 1 } else { hi = mid }
        }
        if forward { return lo < s.hits.count ? lo : 0 }
        return lo > 0 ? lo - 1 : s.hits.count - 1
    }

    /// Scrolls only when the hit is off screen, then puts it on the top line.
    mutating func reveal(_ hit: Hit) {
        let line = lineOf(hit)
        if !visibleLines.contains(line) { scroll(to: line) }
    }

    mutating func stepMatch(forward: Bool) {
        guard var s = search, !s.hits.isEmpty else {
            message = ("no search: type / to search", .message)
            return
        }
        let from = anchor
        if let c = s.current {
            var next = c + (forward ? 1 : -1)
            if next >= s.hits.count { next = 0; message = ("search hit BOTTOM, continuing at TOP", .message) }
            if next < 0 { next = s.hits.count - 1; message = ("search hit TOP, continuing at BOTTOM", .message) }
            s.current = next
        } else {
            s.current = firstHit(in: s, from: top, forward: forward)
        }
        search = s
        if let c = s.current { reveal(s.hits[c]) }
        if from != anchor {
            back.append(from)
            self.forward.removeAll()
        }
    }
}
