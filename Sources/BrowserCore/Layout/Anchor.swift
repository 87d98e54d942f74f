/// Where the reader is, independent of the width: a block and a character in it.
/// Resizing keeps the line holding this character at the top, so the same text stays
/// in view however often the terminal is resized.
struct Anchor: Hashable, Sendable {
    var block: Int
    var offset: Int
}
