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

/// A link inside one block: which characters, and where it leads.
struct Link: Hashable, Sendable {
    var range: Range<Int>
    var target: LinkTarget
}
