/// The plain-text form of document text that the export and the text commands share.
///
/// The parser keeps text close to the source (hard spaces, tabs, runs of blanks); readers
/// of JSON and of `show` want one space between words and one blank line between
/// paragraphs, so the normalisation is done once, here.
public enum PlainText {
    /// Collapses every run of whitespace (spaces, tabs, no-break spaces, line breaks) into
    /// one space and trims both ends.
    public static func normalised(_ s: some StringProtocol) -> String {
        // A local scalar view is appended to in place; appending through
        // `string.unicodeScalars` copies the whole string each time.
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in s.unicodeScalars {
            if isWhitespace(scalar) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(scalar)
        }
        return String(out)
    }

    /// ASCII is decided without the Unicode property tables, which are slow to consult.
    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return v == 0x20 || (0x09...0x0D).contains(v) }
        return scalar.properties.isWhitespace
    }

    /// Paragraphs normalised and joined by a blank line ("\n\n"); empty ones dropped.
    public static func text(of paragraphs: [Paragraph]) -> String {
        paragraphs.map { normalised($0.plainText) }.filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    /// The URLs written in the text, in order, without repeats.
    public static func urls(of paragraphs: [Paragraph]) -> [String] {
        var seen = Set<String>()
        var out: [String] = []
        for p in paragraphs {
            for run in p.runs {
                if case .url(let u) = run, seen.insert(u).inserted { out.append(u) }
            }
        }
        return out
    }

    /// The notes cited, in order of first citation, without repeats.
    public static func noteRefs(of paragraphs: [Paragraph]) -> [NoteID] {
        var seen = Set<NoteID>()
        var out: [NoteID] = []
        for p in paragraphs {
            for id in p.noteRefs where seen.insert(id).inserted { out.append(id) }
        }
        return out
    }
}
