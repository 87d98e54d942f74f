/// What a row of the full-text index is: the grain a reader opens at.
package enum PassageKind: Int, Hashable, Sendable, CaseIterable {
    case question = 0
    case answer = 1
    case note = 2
    /// A "Mededeling" (postponement notice).
    case notice = 3

    /// The word the query language uses (`in:vraag`) and `--json` writes.
    package var word: String {
        switch self {
        case .question: "vraag"
        case .answer: "antwoord"
        case .note: "noot"
        case .notice: "mededeling"
        }
    }
}

/// One question, answer, note or notice of a document, as indexed.
package struct Passage: Hashable, Sendable {
    package var kind: PassageKind
    /// Its index in the document's `questions`, `answers`, `footnotes` or `notices`.
    package var item: Int
    /// Its place in reading order, so a document's hits list as the document runs.
    package var position: Int
    /// "Vraag 3", "Antwoord op vragen 3 en 4", "Noot 2", "Mededeling".
    package var label: String
    /// The plain text, normalised (`IndexText`).
    package var text: String
}

/// A document ready to be written: its list row and its passages.
package struct IndexedDocument: Sendable {
    package var row: LibraryDocument
    package var passages: [Passage]
}
