import KamervragenKit

extension Browser {
    mutating func startSearch(forward: Bool) {
        prompt = SearchPrompt(forward: forward, origin: here, savedSearch: search)
        selection = nil
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
            p.stack.append(results(for: query, narrowing: p.stack.last, forward: p.forward))
        case .redraw: return [.redraw]
        }
        prompt = p
        showFirstMatch()
        return []
    }

    /// Incremental: the first match from where the search started, shown; while none is
    /// found yet (the count goes on between keys) the prompt stays where it started. The
    /// origin is an anchor, not a line: the screen may have been resized since the prompt
    /// opened.
    mutating func showFirstMatch() {
        guard var p = prompt else { return }
        restore(p.origin)
        if var s = p.stack.last, !p.text.isEmpty {
            // A typed letter searches blocks not searched yet for at most twice what is done
            // at once on opening (a few milliseconds); the idle count goes on from there.
            s.currentHit = firstHit(in: s, from: top, forward: p.forward, budget: 2 * content.eagerCharacters)
            p.stack[p.stack.count - 1] = s
            prompt = p
            if let c = s.currentHit { reveal(c) }
            search = s.currentHit != nil || !s.isCounted ? s : nil
        } else {
            search = nil
        }
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
        if let s = search, s.isCounted, s.count == 0 {
            notFound(p.text)
        }
        remember(p.origin)
    }

    private mutating func notFound(_ text: String) {
        message = (Catalogue.Reader.patternNotFound.text(text, in: language), .error)
        search = nil
        failedQuery = text
    }

    func results(for query: SearchQuery, narrowing previous: SearchResults?, forward: Bool) -> SearchResults {
        SearchResults(query: query, scan: SearchScan(query: query, content: content, narrowing: previous?.scan),
                      currentHit: nil, forward: forward)
    }

    /// The matches inside one block.
    func hits(_ s: SearchResults, block: Int) -> [Hit] { s.scan.hits(in: block) }

    func lineOf(_ hit: Hit) -> Int {
        layout.line(for: Anchor(block: Int(hit.block), offset: Int(hit.start)))
    }

    /// A line's place in document order, comparable with a hit's (block, start).
    private func position(ofLine line: Int) -> (block: Int32, start: Int32) {
        guard line >= 0, line < layout.count else { return (Int32.max, Int32.max) }
        let l = layout.lines[line]
        return (l.block, l.isBlank ? -1 : l.start)
    }

    /// The first hit at or below the given top line (forward), or the last one above the
    /// bottom of that screen (backward); wraps around the document.
    func firstHit(in s: SearchResults, from topLine: Int, forward: Bool, budget: Int? = nil) -> Hit? {
        let bound = position(ofLine: forward ? topLine : topLine + max(1, textRows))
        return s.scan.hit(from: bound, forward: forward, budget: budget)?.hit
    }

    /// Scrolls only when the hit is off screen, then puts it on the top line.
    mutating func reveal(_ hit: Hit) {
        let line = lineOf(hit)
        if !visibleLines.contains(line) { scroll(to: line) }
    }

    /// vim's wording, shortened where it would be cut: beside the match count and the
    /// percentage a narrow status line has room for about twenty characters.
    func wrapMessage(toTop: Bool) -> String {
        let r = Catalogue.Reader.self
        let m = toTop ? (columns < 60 ? r.wrappedToTopShort : r.wrappedToTop) : (columns < 60 ? r.wrappedToBottomShort : r.wrappedToBottom)
        return m.text(in: language)
    }

    mutating func stepMatch(forward: Bool) {
        guard var s = search, s.currentHit != nil || s.count > 0 || !s.isCounted else {
            if let failed = failedQuery {
                // As less: `n` after a search that found nothing repeats that verdict.
                message = (Catalogue.Reader.patternNotFound.text(failed, in: language), .error)
            } else {
                message = (Catalogue.Reader.noSearch.text(in: language), .message)
            }
            return
        }
        let from = here
        if let c = s.currentHit {
            // Just past the current match, either way.
            let position = forward ? (c.block, c.start + 1) : (c.block, c.start)
            guard let (next, wrapped) = s.scan.hit(from: position, forward: forward) else { return }
            if wrapped { message = (wrapMessage(toTop: forward), .message) }
            s.currentHit = next
        } else {
            s.currentHit = firstHit(in: s, from: top, forward: forward)
        }
        guard s.currentHit != nil else {
            notFound(s.query.text)
            return
        }
        search = s
        if let c = s.currentHit { reveal(c) }
        remember(from)
    }

    /// One step of the search count, for the idle time between keys; true while the
    /// search still has blocks to count. What it learns is shown: the first match, once
    /// one turns up, and "Pattern not found" when the count ends with none.
    mutating func countSearch(characters budget: Int) -> Bool {
        if let p = prompt, let s = p.stack.last {
            let more = s.scan.countMore(characters: budget)
            if s.currentHit == nil && (s.scan.total > 0 || !more) { showFirstMatch() }
            return more
        }
        guard let s = search else { return false }
        let more = s.scan.countMore(characters: budget)
        if !more && s.count == 0 { notFound(s.query.text) }
        return more
    }
}
