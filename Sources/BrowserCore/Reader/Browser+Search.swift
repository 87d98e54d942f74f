import KamervragenKit

extension Browser {
    /// Builds the search index now instead of on the first `/`. For the terminal to call
    /// when it would otherwise wait for a key: opening stays as fast, and the first
    /// search keystroke costs what every later one does.
    public func prepareSearch() {
        _ = content.searchIndex
    }

    mutating func startSearch(forward: Bool) {
        prompt = SearchPrompt(forward: forward, origin: here, savedSearch: search)
        selection = nil
        // The index is built lazily; build it while the reader types the first letter's
        // worth of thought, so that letter's keystroke stays as fast as the rest.
        _ = content.searchIndex
    }

    mutating func perform(_ action: PromptAction, key: Key) -> [Effect] {
        guard var p = prompt else { return [] }
        switch action {
        case .cancel:
            cancelPrompt(p)
            return []
        case .accept:
            acceptPrompt(p)
            return []
        case .erase where p.text.isEmpty:
            // Backspace past the start leaves the prompt as in less, and like Esc gives
            // the previous search back rather than forgetting it.
            cancelPrompt(p)
            return []
        case .erase:
            p.text.removeLast()
            p.stack.removeLast()
        case .type:
            guard case .character(let c) = key else { return [] }
            p.text.append(c)
            // A combining mark (or the second half of a flag) joins the last character
            // instead of adding one: it replaces that character's results, so the stack
            // keeps one entry per character and Backspace pops the right one.
            if p.stack.count >= p.text.count { p.stack.removeLast(p.stack.count - p.text.count + 1) }
            let query = SearchQuery(p.text)
            let previous = p.stack.last
            p.stack.append(results(for: query, narrowing: previous, forward: p.forward))
        case .redraw: return [.redraw]
        }
        prompt = p
        // Incremental: show the first match from where the search started. The origin is
        // an anchor, not a line: the screen may have been resized since the prompt opened.
        restore(p.origin)
        if var s = p.stack.last, s.count > 0 {
            s.current = firstHit(in: s, from: top, forward: p.forward)
            p.stack[p.stack.count - 1] = s
            prompt = p
            if let c = s.current { reveal(hit(s, c)) }
            search = s
        } else {
            search = nil
        }
        return []
    }

    private mutating func cancelPrompt(_ p: SearchPrompt) {
        prompt = nil
        search = p.savedSearch
        restore(p.origin)
    }

    private mutating func acceptPrompt(_ p: SearchPrompt) {
        prompt = nil
        if p.text.isEmpty {
            // An empty query repeats the last search, as in less and vim.
            search = p.savedSearch
            search?.forward = p.forward
            stepMatch(forward: p.forward)
            return
        }
        search = p.stack.last
        failedQuery = nil
        if let s = search, s.count == 0 {
            message = ("Pattern not found: \(p.text)", .error)
            search = nil
            failedQuery = p.text
        }
        remember(p.origin)
    }

    func results(for query: SearchQuery, narrowing previous: SearchResults?, forward: Bool) -> SearchResults {
        let index = content.searchIndex
        let starts: [Int32]
        if query.isEmpty {
            starts = []
        } else if let previous, query.refines(previous.query) {
            starts = index.starts(of: query, among: previous.starts)
        } else {
            starts = index.starts(of: query)
        }
        return SearchResults(query: query, starts: starts, current: nil, forward: forward)
    }

    /// Match `i` of a search in screen terms: its block and the characters it covers.
    func hit(_ s: SearchResults, _ i: Int) -> Hit {
        let u = Int(s.starts[i])
        let chars = content.searchIndex.characters(atUnit: u, length: s.query.units.count)
        let starts = content.blockCharacterStart
        var lo = 0, hi = starts.count - 1
        while lo < hi { let mid = (lo + hi + 1) / 2; if starts[mid] <= chars.lowerBound { lo = mid } else { hi = mid - 1 } }
        let base = starts[lo]
        return Hit(block: Int32(lo), unitStart: Int32(u), start: Int32(chars.lowerBound - base), end: Int32(chars.upperBound - base))
    }

    /// The matches inside one block, as indices into the search's starts.
    func hitRange(_ s: SearchResults, block: Int) -> Range<Int> {
        let unitStarts = content.searchIndex.segmentUnitStarts
        guard unitStarts.indices.contains(block) else { return 0..<0 }
        let end = block + 1 < unitStarts.count ? unitStarts[block + 1] : Int32.max
        return s.range(forUnits: unitStarts[block]..<end)
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
        guard s.count > 0 else { return nil }
        let bound = position(ofLine: forward ? topLine : topLine + max(1, textRows))
        var lo = 0, hi = s.count
        while lo < hi {
            let mid = (lo + hi) / 2
            let h = hit(s, mid)
            if (h.block, h.start) < bound { lo = mid + 1 } else { hi = mid }
        }
        if forward { return lo < s.count ? lo : 0 }
        return lo > 0 ? lo - 1 : s.count - 1
    }

    /// Scrolls only when the hit is off screen, then puts it on the top line.
    mutating func reveal(_ hit: Hit) {
        let line = lineOf(hit)
        if !visibleLines.contains(line) { scroll(to: line) }
    }

    /// vim's wording, shortened where it would be cut: beside the match count and the
    /// percentage a narrow status line has room for about twenty characters.
    func wrapMessage(hit: String, continuing: String) -> String {
        columns < 60 ? "wrapped to \(continuing)" : "search hit \(hit), continuing at \(continuing)"
    }

    mutating func stepMatch(forward: Bool) {
        guard var s = search, s.count > 0 else {
            if let failed = failedQuery {
                // As less: `n` after a search that found nothing repeats that verdict.
                message = ("Pattern not found: \(failed)", .error)
            } else {
                message = ("no search: type / to search", .message)
            }
            return
        }
        let from = here
        if let c = s.current {
            var next = c + (forward ? 1 : -1)
            if next >= s.count { next = 0; message = (wrapMessage(hit: "BOTTOM", continuing: "TOP"), .message) }
            if next < 0 { next = s.count - 1; message = (wrapMessage(hit: "TOP", continuing: "BOTTOM"), .message) }
            s.current = next
        } else {
            s.current = firstHit(in: s, from: top, forward: forward)
        }
        search = s
        if let c = s.current { reveal(hit(s, c)) }
        remember(from)
    }
}
