/// A note body found in the line stream, before it becomes a `Footnote`.
struct ScannedNote {
    var id: NoteID
    var text: String
    var line: Int
    /// Where `text` went once the parser moved it into the document's storage (and
    /// emptied `text`), so the bodies are not held as `String`s through the parse.
    var stored: ByteRange? = nil
    /// Links a reader marked in the body (offsets into `text`).
    var links: [NoteLink] = []
}
