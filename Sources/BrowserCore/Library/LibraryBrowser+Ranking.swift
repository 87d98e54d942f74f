import KamervragenKit

/// A search whose first page came from part of its matches (`LibraryHits.isComplete`
/// false) is ranked to the end in idle steps, a key always first: the terminal loop calls
/// `doIdleWork` only while no key is waiting. The final hits then replace the first page,
/// the current hit staying current. Opening a hit first finishes the ranking, so the
/// reader and its `n`/`N` always go through the final order.
extension LibraryBrowser {
    /// The hits shown are a first page and the source is ranking the rest.
    var isRanking: Bool { hits.map { !$0.results.isComplete } ?? false }

    /// One step of the ranking; the final hits in place once it is done.
    mutating func rankStep() {
        guard isRanking else { return }
        switch source.continueRanking() {
        case .more: break
        case .done(let results): install(results)
        case .failed(let f):
            hits?.markComplete()
            if !f.message.isEmpty, showing != .reader { message = (f.message, .error) }
        }
    }

    /// Ranks every match left, at once.
    mutating func finishRanking() {
        while isRanking { rankStep() }
    }

    /// The final hits in place of the first page: the current hit stays current (and on
    /// screen) when it is among them, else the same place in the list does.
    private mutating func install(_ results: LibraryHits) {
        guard let old = hits else { return }
        var h = HitList(results)
        let key = old.results.hits.indices.contains(old.current) ? old.results.hits[old.current].key : nil
        h.current = key.flatMap { k in results.hits.firstIndex { $0.key == k } } ?? min(old.current, max(0, h.count - 1))
        if old.current == 0 && h.current != 0 {
            // Nothing was chosen yet: the list starts at its new best hit.
            h.current = 0
        }
        hits = h
        settle()
        if showing == .hits { fetchSnippets() }
    }
}

extension HitList {
    /// Stops waiting for a ranking that cannot go on: what is shown becomes the list.
    mutating func markComplete() {
        var r = results
        r.isComplete = true
        self = HitList(rebuilding: self, results: r)
    }

    init(rebuilding old: HitList, results: LibraryHits) {
        self.init(results)
        current = old.current
        scroll = old.scroll
        snippets = old.snippets
        labelWidth = old.labelWidth
    }
}
