import KamervragenKit

/// Where a link on screen leads. The parser already decided what is a marker or a URL;
/// the content builder only adds the links between questions and answers.
public enum LinkTarget: Hashable, Sendable {
    case note(NoteID)
    case answer(Int)
    case question(Int)
    case url(String)
    /// Another answer, by its id (`ah-tk-20232024-730`): only in a reader opened from a
    /// library (`DocumentReferences`).
    case document(String)
}

extension LinkTarget {
    /// The web address this link opens, if it opens one: what a terminal hyperlink and a
    /// copy of the selected link carry.
    public var webURL: String? {
        if case .url(let url) = self { return url }
        return nil
    }
}

/// A link inside one block: which characters, and where it leads.
struct Link: Hashable, Sendable {
    var range: Range<Int>
    var target: LinkTarget
}
