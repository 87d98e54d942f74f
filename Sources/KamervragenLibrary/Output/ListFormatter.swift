import KamervragenKit

/// `kamervragen list`: the library's documents, one a line, as aligned text for people,
/// tab-separated values for spreadsheets and `cut`, or JSON lines for `jq`.
package enum ListFormatter {
    /// The TSV header: the columns in order. `--json` uses the same names.
    package static let columns = ["id", "date", "sent", "received", "number", "case", "askers", "parties",
                                  "answered_by", "subject", "questions", "answered", "notes", "file"]

    package static func tsv(_ docs: [LibraryDocument], relativeTo cwd: String?) -> String {
        var out = columns.joined(separator: "\t") + "\n"
        for d in docs {
            out += fields(d, relativeTo: cwd).map { field in
                // A tab or line break inside a value would shift the columns. Looked for
                // first: a string per character for every field was most of the time.
                let safe = SafeText.line(field ?? "")
                guard safe.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return safe }
                return safe.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : String($0) }.joined()
            }.joined(separator: "\t") + "\n"
        }
        return out
    }

    package static func jsonLines(_ docs: [LibraryDocument], relativeTo cwd: String?) -> String {
        var out = ""
        for d in docs {
            var pairs: [(String, JSONValue)] = []
            for (name, value) in zip(columns, fields(d, relativeTo: cwd)) {
                switch name {
                case "questions": pairs.append((name, .int(d.questions)))
                case "answered": pairs.append((name, .int(d.answered)))
                case "notes": pairs.append((name, .int(d.notes)))
                case "parties": pairs.append((name, .array(d.parties.map(JSONValue.string))))
                default: pairs.append((name, .string(value)))
                }
            }
            out += JSONWriter.line(.object(pairs))
        }
        return out
    }

    /// For people: date, number, askers, who answers, subject, answered/questions, each
    /// line cut to `width` when one is given (a terminal), whole otherwise.
    package static func text(_ docs: [LibraryDocument], width: Int?) -> String {
        var out = ""
        for d in docs {
            let line = Self.line(d)
            out += (width.map { TextWrapper.truncate(line, width: $0) } ?? line) + "\n"
        }
        return out
    }

    package static func line(_ d: LibraryDocument) -> String {
        let date = d.date?.description ?? "          "
        let number = pad(d.number.map { "nr. \($0)" } ?? d.caseNumber ?? "", 9)
        let who = Self.who(d)
        let subject = d.subject ?? d.fileName
        return SafeText.line("\(date)  \(number)  \(d.answered)/\(d.questions)  \(who)  \(subject)")
    }

    /// "Van Nispen (SP) → minister Van Weel": askers and who answers, as known.
    package static func who(_ d: LibraryDocument) -> String {
        switch (d.askers, d.answeredBy.map(shortAnswerer)) {
        case let (a?, b?): "\(a) → \(b)"
        case let (a?, nil): a
        case let (nil, b?): "→ \(b)"
        case (nil, nil): "?"
        }
    }

    /// "minister Van Weel (Justitie en Veiligheid)" → "minister Van Weel".
    package static func shortAnswerer(_ s: String) -> String {
        guard let open = s.firstIndex(of: "(") else { return s }
        return String(s[..<open]).trimmingWhitespace()
    }

    package static func fields(_ d: LibraryDocument, relativeTo cwd: String?) -> [String?] {
        [d.publicationID, d.date?.description, d.sent?.description, d.received?.description, d.number,
         d.caseNumber, d.askers, d.parties.joined(separator: ", "), d.answeredBy, d.subject,
         String(d.questions), String(d.answered), String(d.notes), displayPath(d.path, relativeTo: cwd)]
    }

    /// A path under the current folder as `sub/file.txt`, as grep names what it was given.
    package static func displayPath(_ path: String, relativeTo cwd: String?) -> String {
        guard let cwd, !cwd.isEmpty else { return path }
        let base = cwd.hasSuffix("/") ? cwd : cwd + "/"
        return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
    }

    private static func pad(_ s: String, _ width: Int) -> String {
        let w = DisplayWidth.of(s)
        return w >= width ? s : s + String(repeating: " ", count: width - w)
    }
}
