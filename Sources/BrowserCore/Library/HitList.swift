import KamervragenKit

/// The hits of a full-text search as the view lists them: a line per document, its hits
/// under it, one of them current. Snippets are asked of the source only for the lines
/// that come on screen, so a search with thousands of hits costs a page of snippets.
struct HitList {
    enum Line: Hashable, Sendable {
        case document(Int)
        case hit(Int)
    }

    /// The hits; pending ones are filled in as they come on screen (`resolve`).
    private(set) var results: LibraryHits
    let lines: [Line]
    /// The line of each hit.
    let lineOfHit: [Int]
    /// Index into `results.hits`.
    var current = 0
    /// The first line on screen.
    var scroll = 0
    /// Snippets fetched so far, by hit.
    var snippets: [Int: LibrarySnippet] = [:]
    /// The label column's width: that of the widest label read when the list was made
    /// (at most `maxLabelWidth`), kept while more are read as they come on screen, so
    /// the snippets' column does not move as the list scrolls; a longer label is cut.
    var labelWidth: Int
    static let maxLabelWidth = 26

    init(_ results: LibraryHits) {
        self.results = results
        labelWidth = min(Self.maxLabelWidth, results.hits.lazy.filter { !$0.isPending }.map { DisplayWidth.of($0.label) }.max() ?? 0)
        var lines: [Line] = []
        var lineOfHit: [Int] = []
        var document: Int?
        for (k, hit) in results.hits.enumerated() {
            if hit.document != document {
                lines.append(.document(hit.document))
                document = hit.document
            }
            lineOfHit.append(lines.count)
            lines.append(.hit(k))
        }
        self.lines = lines
        self.lineOfHit = lineOfHit
    }

    var count: Int { results.hits.count }

    /// Keeps the current hit on screen, with its document's line above it when that fits.
    mutating func keepCurrentVisible(rows: Int) {
        guard count > 0, rows > 0 else { return }
        let line = lineOfHit[current]
        var top = line
        if line > 0, case .document = lines[line - 1] { top = line - 1 }
        if top < scroll { scroll = top }
        if line >= scroll + rows { scroll = line - rows + 1 }
        scroll = max(0, min(scroll, max(0, lines.count - rows)))
    }

    /// The pending hits among `indices` (`LibraryHit.isPending`).
    func pending(_ indices: [Int]) -> [Int] {
        indices.filter { results.hits.indices.contains($0) && results.hits[$0].isPending }
    }

    /// The hits on lines `scroll..<scroll + rows`.
    func hitsOnScreen(rows: Int) -> [Int] {
        lines[min(scroll, lines.count)..<min(lines.count, scroll + max(0, rows))].compactMap {
            if case .hit(let k) = $0 { return k }
            return nil
        }
    }

    /// Puts read hits in place of pending ones; a hit given back still pending, or for
    /// another passage, is left as it was.
    mutating func resolve(_ indices: [Int], with read: [LibraryHit]) {
        for (k, hit) in zip(indices, read) where !hit.isPending && hit.key == results.hits[k].key && hit.document == results.hits[k].document {
            results.hits[k] = hit
        }
    }

    /// The hits on lines `scroll..<scroll + rows` whose snippets are not fetched yet.
    func missingSnippets(rows: Int) -> [Int] {
        lines[min(scroll, lines.count)..<min(lines.count, scroll + max(0, rows))].compactMap {
            if case .hit(let k) = $0, snippets[k] == nil { return k }
            return nil
        }
    }
}

extension HitList {
    /// Reads the pending hits among `indices` from the source.
    mutating func resolve(_ indices: [Int], from source: any LibrarySource) {
        let wanted = pending(indices)
        guard !wanted.isEmpty else { return }
        resolve(wanted, with: source.details(wanted.map { results.hits[$0] }, of: results))
    }
}
