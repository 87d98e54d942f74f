import KamervragenKit

/// `kamervragen search`: one hit a line, as grep prints one match a line
/// (`file:Vraag 3: …snippet…`), or one JSON object a line.
package enum SearchFormatter {
    /// How matches are marked in a line for a terminal: grep's colours.
    package struct Colors: Sendable {
        package var file = "\u{1B}[35m"
        package var label = "\u{1B}[32m"
        package var separator = "\u{1B}[36m"
        package var match = "\u{1B}[1;31m"
        package var reset = "\u{1B}[m"
        package init() {}
    }

    /// `language` is that of the labels the program chooses ("Noot 3"); a question's or an
    /// answer's is the document's own name for it and stays.
    package static func line(_ hit: SearchHit, snippet: Snippet, document: LibraryDocument, relativeTo cwd: String?, colors: Colors?,
                             language: Language = .english) -> String {
        let file = SafeText.line(ListFormatter.displayPath(document.path, relativeTo: cwd))
        let label = SafeText.line(DocumentRecords.label(hit.label, kind: hit.kind, in: language))
        guard let c = colors else { return "\(file):\(label): \(SafeText.line(snippet.text))" }
        var text = ""
        var k = 0
        var matches = snippet.matches[...]
        for ch in SafeText.line(snippet.text) {
            if let m = matches.first, m.lowerBound == k { text += c.match }
            text.append(ch)
            k += 1
            if let m = matches.first, m.upperBound == k {
                text += c.reset
                matches = matches.dropFirst()
            }
        }
        return "\(c.file)\(file)\(c.reset)\(c.separator):\(c.reset)\(c.label)\(label)\(c.reset)\(c.separator):\(c.reset) \(text)"
    }

    /// The JSON keeps the label as the index stores it, whatever the locale: a script's
    /// contract, like `kind`.
    /// `{"file":…,"id":…,"kind":"antwoord","label":…,"item":2,"rank":1,"date":…,"subject":…,"snippet":…,"matches":[[3,10]]}`.
    /// `matches` are character offsets into `snippet`; `rank` counts from 1 in bm25 order.
    package static func json(_ hit: SearchHit, rank: Int, snippet: Snippet, document: LibraryDocument, relativeTo cwd: String?) -> String {
        JSONWriter.line(.object([
            ("file", .string(ListFormatter.displayPath(document.path, relativeTo: cwd))),
            ("id", .string(document.publicationID)),
            ("kind", .string(hit.kind.word)),
            ("label", .string(hit.label)),
            ("item", .int(hit.item)),
            ("rank", .int(rank)),
            ("date", .string(document.date?.description)),
            ("subject", .string(document.subject)),
            ("snippet", .string(snippet.text)),
            ("matches", .array(snippet.matches.map { .array([.int($0.lowerBound), .int($0.upperBound)]) })),
        ]))
    }
}
