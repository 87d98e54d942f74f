import KamervragenKit

/// A selected link: which block, which of its links.
struct Selection: Hashable, Sendable {
    var block: Int
    var link: Int
}

/// The split pane with the notes of what is on screen; `focus` is the note opened with
/// Enter on its marker, kept in view even when its marker scrolls away.
struct NotesPane: Hashable, Sendable {
    var focus: NoteID?
}
