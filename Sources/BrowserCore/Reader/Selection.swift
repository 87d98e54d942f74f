import KamervragenKit

/// A selected link: which block, which of its links. A URL inside the notes pane has no
/// block of the document's text (the pane lays its notes out anew as the screen scrolls),
/// so it is named by its note instead: then `pane` is that note, `link` counts the links
/// of the note's pane block, and `block` is unused.
struct Selection: Hashable, Sendable {
    var block: Int
    var link: Int
    var pane: NoteID? = nil

    static func inPane(_ note: NoteID, link: Int) -> Selection {
        Selection(block: -1, link: link, pane: note)
    }
}

/// The split pane with the notes of what is on screen; `focus` is the note opened with
/// Enter on its marker, kept in view even when its marker scrolls away.
struct NotesPane: Hashable, Sendable {
    var focus: NoteID?
}
