/// One question, answer, note or notice that matches a query.
package struct SearchHit: Hashable, Sendable {
    /// The passage's row in the index (identifies it for its snippet).
    package var passage: Int64
    package var document: Int64
    package var kind: PassageKind
    /// Its index among the document's questions, answers, notes or notices.
    package var item: Int
    /// Its place in the document's reading order.
    package var position: Int
    package var label: String
    /// bm25: lower is better.
    package var score: Double
}

/// A search's hits grouped by document: documents in the order of their best hit (bm25,
/// then newer first), each document's hits in reading order.
package struct SearchResults: Sendable {
    package struct Group: Sendable {
        package var document: LibraryDocument
        package var hits: [SearchHit]
    }

    package var query: LibraryQuery
    package var groups: [Group]
    /// How many passages match in all; more than `hits.count` when the search was capped.
    package var total: Int

    /// Every hit in the order the list shows them.
    package var hits: [SearchHit] { groups.flatMap(\.hits) }

    package var hitCount: Int { groups.reduce(0) { $0 + $1.hits.count } }
}

/// A stretch of a passage around its matches, with where they are.
package struct Snippet: Hashable, Sendable {
    /// One line: the text with line breaks made spaces, `…` where it was cut.
    package var text: String
    /// The matched words, as ranges of `Character`s in `text`.
    package var matches: [Range<Int>]

    /// Reads SQLite's snippet, whose matches are between the index's two marker characters.
    init(marked: String) {
        var text = ""
        var matches: [Range<Int>] = []
        var count = 0
        var start: Int?
        var lastWasSpace = false
        for ch in marked {
            if ch.unicodeScalars.first == IndexText.matchStart {
                start = count
                continue
            }
            if ch.unicodeScalars.first == IndexText.matchEnd {
                if let s = start, s < count { matches.append(s..<count) }
                start = nil
                continue
            }
            // One line: runs of white space (paragraph breaks) become one space.
            if ch.isWhitespace {
                if lastWasSpace { continue }
                text.append(" ")
                lastWasSpace = true
            } else {
                text.append(ch)
                lastWasSpace = false
            }
            count += 1
        }
        self.text = text
        self.matches = matches
    }

    package init(text: String, matches: [Range<Int>]) {
        self.text = text
        self.matches = matches
    }
}
