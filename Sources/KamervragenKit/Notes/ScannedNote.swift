/// A note body found in the line stream, before it becomes a `Footnote`.
struct ScannedNote {
    var id: NoteID
    var text: String
    var line: Int
}
