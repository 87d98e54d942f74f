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

    /// The bytes SQLite puts around each match in a snippet: 0xFF and 0xFE never occur in
    /// UTF-8, and the index holds only valid UTF-8 (Swift strings), so no document text can
    /// be mistaken for them, and none has to be given up for them.
    static let matchStart: UInt8 = 0xFF
    static let matchEnd: UInt8 = 0xFE

    /// Reads SQLite's snippet, whose matches are between `matchStart` and `matchEnd`.
    init(marked bytes: [UInt8]) {
        var text = ""
        var matches: [Range<Int>] = []
        var count = 0
        var start: Int?
        var lastWasSpace = false
        var segment = 0
        func take(_ end: Int) {
            guard segment < end else { return }
            for ch in String(decoding: bytes[segment..<end], as: UTF8.self) {
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
        }
        for (i, b) in bytes.enumerated() where b == Self.matchStart || b == Self.matchEnd {
            take(i)
            segment = i + 1
            if b == Self.matchStart {
                start = count
            } else {
                if let s = start, s < count { matches.append(s..<count) }
                start = nil
            }
        }
        take(bytes.count)
        self.text = text
        self.matches = matches
    }

    package init(text: String, matches: [Range<Int>]) {
        self.text = text
        self.matches = matches
    }
}
