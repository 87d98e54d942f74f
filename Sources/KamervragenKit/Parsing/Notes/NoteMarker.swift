/// Every note convention is rewritten to one private-use marker (U+E000 kind label U+E001)
/// while lines are read, so the inline parser has one marker syntax besides POI's.
enum NoteMarker {
    static let open: [UInt8] = [0xEE, 0x80, 0x80]
    static let close: [UInt8] = [0xEE, 0x80, 0x81]

    static func append(_ id: NoteID, to out: inout [UInt8]) {
        out.append(contentsOf: open)
        out.append(id.kind == .footnote ? 0x66 : 0x65)
        out.append(contentsOf: id.label.utf8)
        out.append(contentsOf: close)
    }

    static func text(_ id: NoteID) -> String {
        var b: [UInt8] = []
        append(id, to: &b)
        return b.string
    }
}
