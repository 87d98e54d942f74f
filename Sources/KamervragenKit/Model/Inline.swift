/// A note's identity. Word numbers footnotes and endnotes independently, so the seed
/// has both a footnote 1 and an endnote 1: the kind is part of the key.
public struct NoteID: Hashable, Sendable, CustomStringConvertible {
    public var kind: NoteKind
    public var label: String

    public init(_ kind: NoteKind, _ label: String) {
        self.kind = kind
        self.label = label
    }

    public var description: String { "\(kind.rawValue) \(label)" }
}

public enum NoteKind: String, Hashable, Sendable, Codable {
    case footnote
    case endnote
}

/// One run of a paragraph. The parser decides what is a marker or a link once, so the
/// browser never has to re-discover them in rendered text.
public enum Inline: Hashable, Sendable {
    case text(String)
    /// A note marker; the marker glyph itself is not part of the text.
    case noteRef(NoteID)
    /// A URL as it appears in the text (always `http` or `https`): a link whose words
    /// are its address.
    case url(String)
    /// A link shown as other words than its address (a Word hyperlink over "de brief van
    /// 3 mei"): `text` is part of the paragraph's text, `url` (`http` or `https`) is
    /// where it leads and is not.
    case link(text: String, url: String)
}

/// 1-based, inclusive line numbers in the decoded input.
public struct LineRange: Hashable, Sendable, CustomStringConvertible {
    public var first: Int
    public var last: Int

    public init(_ first: Int, _ last: Int) {
        self.first = first
        self.last = max(first, last)
    }

    public var description: String { first == last ? "\(first)" : "\(first)-\(last)" }
}
