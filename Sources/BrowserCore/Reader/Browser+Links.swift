import KamervragenKit

extension Browser {
    /// Links whose first character is on screen, in reading order.
    var linksOnScreen: [Selection] {
        var out: [Selection] = []
        for li in visibleLines {
            let line = layout.lines[li]
            guard !line.isBlank else { continue }
            let b = Int(line.block)
            for k in content.blocks[b].links(startingIn: Int(line.start)..<max(Int(line.end), Int(line.start) + 1)) {
                out.append(Selection(block: b, link: k))
            }
        }
        return out
    }

    /// Everything Tab and Shift-Tab step through, in that order, each URL once: the text's
    /// links, then the URLs of the notes pane while it is open (the pane is on screen, and
    /// its URLs are what a reader most often wants to open).
    /// With the pane open, a URL often shows twice: in the pane and in the document's own
    /// "Noten" list at the end. The pane's copy is kept: it stays in the same place while
    /// the text scrolls, it is what `o` and the pane's focus work with, and its note is
    /// named by the pane's title. Among the text's own repeats the first on screen stays.
    /// Markers, question and answer links are not merged: their place is their meaning.
    var selectableLinks: [Selection] {
        var pane: [(Selection, LinkTarget)] = []
        if paneRows > 0 {
            for entry in notesPaneLayout.blocks {
                for (k, link) in entry.block.links.enumerated() { pane.append((.inPane(entry.note, link: k), link.target)) }
            }
        }
        var seen = Set(pane.map(\.1))
        var out: [Selection] = []
        for s in linksOnScreen {
            let target = content.blocks[s.block].links[s.link].target
            // Question and answer links repeat on purpose (each question of a combined
            // answer links to it, in its own place): only URLs are visited once.
            guard case .url = target else { out.append(s); continue }
            if seen.insert(target).inserted { out.append(s) }
        }
        var inPane = Set<LinkTarget>()
        for (s, t) in pane where inPane.insert(t).inserted { out.append(s) }
        return out
    }

    mutating func cycleLink(forward: Bool) {
        let links = selectableLinks
        guard !links.isEmpty else {
            selection = nil
            message = (Catalogue.Reader.noLinksOnScreen.text(in: language), .message)
            return
        }
        if let current = selection, let at = links.firstIndex(of: current) {
            selection = links[(at + (forward ? 1 : links.count - 1)) % links.count]
        } else {
            selection = forward ? links.first : links.last
        }
        if case .note(let id)? = selectedTarget, notes != nil { notes = NotesPane(focus: id) }
        if let target = selectedTarget { message = (describe(target), .message) }
    }

    /// What the selected link leads to, in the status line, as w3m shows a link's URL: the
    /// highlight alone does not say where Enter goes, and a URL may be cut by the wrap.
    func describe(_ target: LinkTarget) -> String {
        switch target {
        case .url(let url): return url
        case .note(let id):
            guard let note = document.footnote(id) else { return Catalogue.Reader.noteNotInDocument.text(content.noteLabel(id), in: language) }
            let text = note.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            return "\(content.noteLabel(id)) \(text)"
        case .answer(let j): return "→ \(Labels.answer(document.answers[j]))"
        case .question(let i): return "→ \(Labels.question(document.questions[i]))"
        case .document(let id): return describeReference(id)
        }
    }

    var selectedTarget: LinkTarget? {
        guard let s = selection else { return nil }
        return target(of: s)
    }

    /// Where a selection leads, or nil when it no longer names a link.
    func target(of s: Selection) -> LinkTarget? {
        if let note = s.pane {
            guard notes != nil, let entry = notesPaneLayout.blocks.first(where: { $0.note == note }),
                  entry.block.links.indices.contains(s.link) else { return nil }
            return entry.block.links[s.link].target
        }
        guard content.blocks.indices.contains(s.block),
              content.blocks[s.block].links.indices.contains(s.link) else { return nil }
        return content.blocks[s.block].links[s.link].target
    }

    var selectedNote: NoteID? {
        if case .note(let id)? = selectedTarget { return id }
        return nil
    }

    mutating func followSelection() -> [Effect] {
        guard let target = selectedTarget else { return [] }
        switch target {
        case .note(let id):
            guard document.footnote(id) != nil else {
                message = (Catalogue.Reader.noteMissing.text(content.noteLabel(id), in: language), .error)
                return []
            }
            notes = NotesPane(focus: id)
        case .answer(let j):
            let from = selection.flatMap { $0.pane == nil ? content.blocks[$0.block].owner : nil }
            selection = nil
            go(toBlock: content.answerHeading[j], remember: true)
            if case .question(let i)? = from { cameFromQuestion = i }
        case .question(let i):
            selection = nil
            go(toBlock: content.questionHeading[i], remember: true)
            cameFromQuestion = nil
        case .url(let url):
            return open(url)
        case .document(let id):
            return followReference(id)
        }
        return []
    }

    /// `o` acts on the one selected link, never on anything else on screen (the pane's
    /// note, a link selected before): a URL opens, a note opens its first URL, and a
    /// link inside the document says that Enter is the key for it.
    mutating func openSelectedURL() -> [Effect] {
        switch selectedTarget {
        case .url(let url)?: return open(url)
        case .note(let id)?: return openFirstURL(of: id)
        case let target?:
            message = (Catalogue.Links.notAWebLink.text(describe(target), in: language), .message)
            return []
        case nil:
            message = (Catalogue.Links.nothingSelected.text(in: language), .message)
            return []
        }
    }

    /// `c`: the selected URL as it is, or else the question on screen with its answer (and
    /// every question a combined answer covers, and the notes they cite) as plain text, as
    /// `kamervragen show` prints it but without wrapping, for pasting elsewhere.
    mutating func copyToClipboard() -> [Effect] {
        if let url = selectedTarget?.webURL {
            return [.copy(text: SafeText.sanitized(url), what: Catalogue.Clipboard.theURL.text(in: language))]
        }
        guard let q = currentQuestion, document.questions.indices.contains(q) else {
            message = (Catalogue.Clipboard.nothingToCopy.text(in: language), .message)
            return []
        }
        let text = ShowFormatter.text(question: q, in: document, width: Int(Int32.max), language: language)
        let what = Catalogue.Clipboard.questionWithAnswer.text(SafeText.line(document.questions[q].number.description), in: language)
        return [.copy(text: text, what: what)]
    }

    private mutating func openFirstURL(of id: NoteID) -> [Effect] {
        guard let url = document.footnote(id)?.urls.first else {
            message = (Catalogue.Links.noteHasNoURL.text(content.noteLabel(id), in: language), .message)
            return []
        }
        return open(url)
    }

    /// Only web links leave the program (`URLPolicy`); anything else (file:, javascript:,
    /// a crafted scheme) is refused here so the terminal layer never sees it.
    private mutating func open(_ url: String) -> [Effect] {
        guard URLPolicy.mayOpen(url) else {
            message = (Catalogue.Reader.notOpening.text(SafeText.sanitized(url), in: language), .error)
            return []
        }
        message = (Catalogue.Reader.opening.text(url, in: language), .message)
        return [.openURL(url)]
    }

    /// The notes the pane lists: those referenced on screen, plus the focused one, each
    /// once, with its place in `document.footnotes`; notes the document lacks are left out.
    var notesForPane: [(id: NoteID, position: Int)] {
        var out: [(id: NoteID, position: Int)] = []
        var listed = [Bool](repeating: false, count: document.footnotes.count)
        func add(_ id: NoteID) {
            guard let p = noteIndex.position(of: id, in: document), !listed[p] else { return }
            listed[p] = true
            out.append((id, p))
        }
        for li in visibleLines {
            let line = layout.lines[li]
            guard !line.isBlank else { continue }
            let block = content.blocks[Int(line.block)]
            for k in block.links(overlapping: Int(line.start)..<Int(line.end)) {
                if case .note(let id) = block.links[k].target { add(id) }
            }
        }
        // The focused note leads the list when its marker is not on screen.
        if let focus = notes?.focus, let p = noteIndex.position(of: focus, in: document), !listed[p] {
            out.insert((focus, p), at: 0)
        }
        return out
    }
}
