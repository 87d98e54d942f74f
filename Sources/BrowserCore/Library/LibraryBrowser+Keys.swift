import KamervragenKit

extension LibraryBrowser {
    public mutating func handle(_ key: Key) -> [Effect] {
        message = nil
        defer { settle() }
        if showing == .reader { return handleReader(key) }
        if prompt != nil { return handlePrompt(key) }
        if let scroll = helpScroll { return handleHelp(key, scroll: scroll) }
        let bindings = showing == .hits ? LibraryKeys.hits : LibraryKeys.list
        guard let action = LibraryKeys.action(for: key, in: bindings) else {
            message = (Catalogue.LibraryView.notAKey.text(key.name, in: language), .message)
            return []
        }
        return perform(action)
    }

    private var page: Int { max(1, bodyRows) }

    private mutating func perform(_ action: LibraryAction) -> [Effect] {
        switch action {
        case .next: move(by: 1)
        case .previous: move(by: -1)
        case .pageDown: move(by: page)
        case .pageUp: move(by: -page)
        case .first: move(by: -Int.max / 2)
        case .last: move(by: Int.max / 2)
        case .open:
            guard showing == .hits else { return openSelectedDocument() }
            // The reader's n/N go through the final order.
            finishRanking()
            return openHit(hits?.current ?? 0)
        case .sort:
            let all = LibraryColumn.allCases
            list.column = all[(list.column.rawValue + 1) % all.count]
            // Dates newest first, numbers and counts highest first; names A to Z.
            list.descending = [.date, .number, .questions].contains(list.column)
            list.refresh()
            announceSort()
        case .reverse:
            list.descending.toggle()
            list.refresh()
            announceSort()
        case .filter: prompt = Prompt(kind: .filter, text: list.filter)
        case .clear:
            list.filter = ""
            list.refresh()
        case .search: prompt = Prompt(kind: .search)
        case .back, .backDocument: showing = .documents
        case .help: helpScroll = 0
        case .redraw: return [.redraw]
        case .suspend: return [.suspend]
        case .quit: return [.quit]
        }
        return []
    }

    private mutating func move(by delta: Int) {
        if showing == .hits, var h = hits {
            h.current = max(0, min(h.count - 1, h.current.addingReportingOverflow(delta).partialValue))
            hits = h
            fetchSnippets()
        } else {
            list.selected = max(0, min(list.shown.count - 1, list.selected.addingReportingOverflow(delta).partialValue))
        }
    }

    private mutating func announceSort() {
        let v = Catalogue.LibraryView.self
        message = (v.sorted.text(list.column.title.text(in: language).lowercased(),
                                 (list.descending ? v.descending : v.ascending).text(in: language), in: language), .message)
    }

    // MARK: Typing a filter or a query

    private mutating func handlePrompt(_ key: Key) -> [Effect] {
        guard var p = prompt else { return [] }
        switch key {
        case .escape, .control("c"), .control("g"):
            prompt = nil
            if p.kind == .filter {
                list.filter = ""
                list.refresh()
            }
            return []
        case .enter:
            prompt = nil
            if p.kind == .search { runSearch(p.text) }
            return []
        case .backspace:
            guard !p.text.isEmpty else {
                prompt = nil
                return []
            }
            p.text.removeLast()
        case .character(let c): p.text.append(c)
        case .control("l"): return [.redraw]
        default: return []
        }
        prompt = p
        if p.kind == .filter {
            // As you type: the rows narrow with each letter.
            list.filter = p.text
            list.refresh()
        }
        return []
    }

    private mutating func runSearch(_ text: String) {
        guard !text.allSatisfy(\.isWhitespace) else { return }
        switch source.search(text) {
        case .failure(let f):
            message = (f.message, .error)
        case .success(let results) where results.hits.isEmpty:
            message = (Catalogue.LibraryView.nothingFound.text(text, in: language), .error)
        case .success(let results):
            hits = HitList(results)
            showing = .hits
            settle()
            fetchSnippets()
        }
    }

    /// Asks the source for the snippets of the hits on screen that it has not given yet.
    mutating func fetchSnippets() {
        guard var h = hits else { return }
        h.keepCurrentVisible(rows: page)
        h.resolve(h.hitsOnScreen(rows: page), from: source)
        let missing = h.missingSnippets(rows: page)
        guard !missing.isEmpty else { hits = h; return }
        let got = source.snippets(missing.map { h.results.hits[$0] }, of: h.results)
        for (k, s) in zip(missing, got) { h.snippets[k] = s }
        hits = h
    }

    // MARK: Help

    private mutating func handleHelp(_ key: Key, scroll: Int) -> [Effect] {
        let total = helpLines.count
        let page = max(1, rows - statusRows)
        var s = scroll
        switch key {
        case .character("q"), .escape, .character("h"), .function(1): helpScroll = nil; return []
        case .character("j"), .down, .enter: s += 1
        case .character("k"), .up: s -= 1
        case .character(" "), .pageDown: s += page
        case .character("b"), .pageUp: s -= page
        case .character("g"), .home: s = 0
        case .character("G"), .end: s = total
        case .control("l"): return [.redraw]
        case .control("z"): return [.suspend]
        default: message = (Catalogue.LibraryView.notAKey.text(key.name, in: language), .message)
        }
        helpScroll = max(0, min(s, total - page))
        return []
    }

    /// The reader's keys and the library's, as the reader's help lists them.
    var helpLines: [String] {
        KeyTable.helpLines(width: columns, sections: KeyTable.sections(in: language) + KeyTable.librarySections(in: language),
                           language: language)
    }

    // MARK: Opening documents

    private mutating func openSelectedDocument() -> [Effect] {
        guard let row = list.selectedDocument else {
            message = (Catalogue.LibraryView.empty.text(in: language), .message)
            return []
        }
        guard open(row) else { return [] }
        referrers.removeAll()
        returnTo = .documents
        readerHit = nil
        readerFollowsHits = false
        return []
    }

    /// Opens a hit: its document (unless the reader shows it already), at its passage,
    /// the match highlighted.
    mutating func openHit(_ index: Int) -> [Effect] {
        guard var h = hits, h.results.hits.indices.contains(index) else { return [] }
        h.resolve([index], from: source)
        hits = h
        let hit = h.results.hits[index]
        guard !hit.isGone else {
            // Its rowid names another passage now, or none: never open a guess.
            let text = Catalogue.LibraryView.hitChanged.text(String(index + 1), in: language)
            if showing == .reader { reader?.showMessage(text) } else { message = (text, .error) }
            return []
        }
        let row = h.results.documents[hit.document]
        let same = reader != nil && readerDocument?.key == row.key
        if !same {
            guard open(row) else { return [] }
            referrers.removeAll()
        }
        showing = .reader
        returnTo = .hits
        readerHit = index
        readerFollowsHits = true
        hits?.current = index
        reader?.showPassage(hit.passage, highlight: h.results.highlight, remember: same)
        reader?.showMessage(Catalogue.LibraryView.readerHit.text(String(index + 1), String(h.count), hit.label, in: language))
        return []
    }

    /// A new reader on a row's document; false (with the reason shown) when it cannot be read.
    private mutating func open(_ row: LibraryRow) -> Bool {
        switch source.open(row) {
        case .failure(let f):
            let text = Catalogue.LibraryView.cannotOpen.text(row.fileName, f.message, in: language)
            if showing == .reader { reader?.showMessage(text) } else { message = (text, .error) }
            return false
        case .success(let document):
            reader = Browser(document: document, rows: rows, columns: columns, eagerCharacters: Content.eagerCharacters,
                             references: LibraryReferences(present: documentIDs, own: row.id), language: language)
            readerDocument = row
            showing = .reader
            return true
        }
    }

    // MARK: In the reader

    private mutating func handleReader(_ key: Key) -> [Effect] {
        guard var r = reader else {
            showing = returnTo
            return []
        }
        // Only while the reader shows its text with no prompt open do keys lead out of it;
        // in its help, contents or search prompt every key is its own.
        if r.isReadingText {
            switch LibraryKeys.action(for: key, in: LibraryKeys.reader) {
            case .next? where readerFollowsHits: return stepHit(by: 1)
            case .previous? where readerFollowsHits: return stepHit(by: -1)
            case .back?:
                backToList()
                return []
            case .backDocument? where !r.hasEarlierPlace:
                if let previous = referrers.popLast() {
                    reader = previous.reader
                    readerDocument = previous.document
                    readerFollowsHits = previous.followsHits
                    reader?.resize(rows: rows, columns: columns)
                } else {
                    backToList()
                }
                return []
            default: break
            }
            if key == .character("/") || key == .character("?") { readerFollowsHits = false }
        }
        var effects = r.handle(key)
        reader = r
        if effects.contains(.quit) {
            effects.removeAll { $0 == .quit }
            backToList()
        }
        for case .openDocument(let id) in effects { followReference(to: id) }
        effects.removeAll { if case .openDocument = $0 { return true } else { return false } }
        return effects
    }

    /// Opens the library's document `id` from the reader, which waits on `referrers`.
    private mutating func followReference(to id: String) {
        guard let row = list.documents.first(where: { $0.id == id }), let from = reader, let document = readerDocument else {
            reader?.showMessage(Catalogue.LibraryView.referenceAbsent.text(id, in: language))
            return
        }
        guard open(row) else { return }
        referrers.append((from, document, readerFollowsHits))
        // The hits' n/N would leave this document for the next hit: they stay the
        // reader's own here.
        readerFollowsHits = false
        reader?.showMessage(Catalogue.LibraryView.backToDocument.text(document.id.isEmpty ? document.fileName : document.id, in: language))
    }

    private mutating func stepHit(by delta: Int) -> [Effect] {
        guard var h = hits, let at = readerHit else { return [] }
        var next = at + delta
        // Hits whose document changed since the search are passed over.
        while h.results.hits.indices.contains(next) {
            h.resolve([next], from: source)
            guard h.results.hits[next].isGone else { break }
            next += delta
        }
        hits = h
        guard h.results.hits.indices.contains(next) else {
            reader?.showMessage((delta > 0 ? Catalogue.LibraryView.lastHit : .firstHit).text(in: language))
            return []
        }
        return openHit(next)
    }

    /// Back to the list the reader was opened from, where it was.
    private mutating func backToList() {
        showing = returnTo
        reader = nil
        readerDocument = nil
        referrers.removeAll()
        if returnTo == .hits {
            if let k = readerHit { hits?.current = k }
            settle()
            fetchSnippets()
        }
    }
}
