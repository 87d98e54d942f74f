import KamervragenKit

/// What the library view asks of the reader it opens: to show a hit's passage with the
/// match highlighted, and whether a key would lead out of it.
extension Browser {
    /// The text shows, with no help, contents or search prompt over it.
    var isReadingText: Bool { mode == .reading && prompt == nil }

    /// `←` has somewhere to go back to in this document.
    var hasEarlierPlace: Bool { !back.isEmpty }

    /// Puts a question, answer, note or notice at the top, with `highlight` (a word of the
    /// query) searched for as the reader's own `/` would: every match in the document
    /// highlighted, the first one in the passage current and on screen, so `n` of the
    /// reader's own and `=` work on it as after a search.
    mutating func showPassage(_ passage: LibraryPassage, highlight: String?, remember: Bool) {
        guard let (first, end) = blocks(of: passage) else { return }
        var target: Hit?
        if let highlight, !highlight.isEmpty {
            var s = results(for: SearchQuery(highlight.lowercased()), narrowing: nil, forward: true)
            if let (h, wrapped) = s.scan.hit(from: (Int32(first), -1), forward: true), !wrapped, Int(h.block) < end {
                target = h
            }
            s.currentHit = target
            search = s
            failedQuery = nil
        }
        selection = nil
        go(toBlock: first, remember: remember)
        cameFromQuestion = nil
        if let target { reveal(target) }
    }

    /// The blocks a passage is shown in: its first block and the block after its last.
    func blocks(of passage: LibraryPassage) -> (Int, Int)? {
        let first: Int?
        switch passage {
        case .question(let i): first = content.questionHeading.indices.contains(i) ? content.questionHeading[i] : nil
        case .answer(let j): first = content.answerHeading.indices.contains(j) ? content.answerHeading[j] : nil
        case .notice(let k): first = content.sources.firstIndex { $0.kind == .notice && Int($0.item) == k }
        case .note(let k): first = content.sources.firstIndex { $0.kind == .note && Int($0.item) == k }
        }
        guard let first else { return nil }
        let owner = content.sources[first].owner
        var end = first + 1
        // A note is one block; a question, answer or notice runs while its owner does.
        if case .notes = owner { return (first, end) }
        while end < content.count, content.sources[end].owner == owner { end += 1 }
        return (first, end)
    }
}

extension Browser {
    func describeReference(_ id: String) -> String {
        content.references?.present.contains(id) == true
            ? Catalogue.LibraryView.referencePresent.text(id, in: language)
            : Catalogue.LibraryView.referenceAbsent.text(id, in: language)
    }

    /// A document of the library opens (the library view does it); one outside it is said.
    mutating func followReference(_ id: String) -> [Effect] {
        guard content.references?.present.contains(id) == true else {
            message = (Catalogue.LibraryView.referenceAbsent.text(id, in: language), .error)
            return []
        }
        // The selection stays: back here, Enter follows the same link again.
        return [.openDocument(id)]
    }
}
