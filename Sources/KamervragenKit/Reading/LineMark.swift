/// Something a reader or a note convention found at a place in a line's text, kept beside
/// the text instead of written into it: no byte of a document is ever the program's own
/// markup, so no document text can forge or hide a note.
///
/// A note reference stands between two bytes (`offset`, with no text of its own: the
/// marker glyph is not part of the text). A link covers the `length` bytes from `offset`
/// that are shown for it; its target may differ from them (a Word hyperlink's text, or
/// `www.…` opened as `https://www.…`).
struct LineMark: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        case noteRef(NoteID)
        case link(target: String, length: Int32)
    }

    /// Byte offset in the line's text.
    var offset: Int32
    var kind: Kind

    init(offset: Int, _ kind: Kind) {
        self.offset = Int32(clamping: offset)
        self.kind = kind
    }

    static func noteRef(_ id: NoteID, at offset: Int) -> LineMark { LineMark(offset: offset, .noteRef(id)) }

    static func link(_ range: Range<Int>, target: String) -> LineMark {
        LineMark(offset: range.lowerBound, .link(target: target, length: Int32(clamping: range.count)))
    }

    var isNoteRef: Bool {
        if case .noteRef = kind { return true }
        return false
    }

    /// The bytes a link covers (empty for a note reference).
    var range: Range<Int> {
        if case .link(_, let length) = kind { return Int(offset)..<(Int(offset) + Int(length)) }
        return Int(offset)..<Int(offset)
    }

    /// The mark moved by `delta` bytes (its line's text was joined after others).
    func shifted(by delta: Int) -> LineMark {
        var m = self
        m.offset = Int32(clamping: Int(offset) + delta)
        return m
    }

    /// The mark for the text narrowed to `range`: moved, or nil when it falls outside
    /// (a link must lie wholly inside).
    func narrowed(to range: Range<Int>) -> LineMark? {
        let r = self.range
        guard r.lowerBound >= range.lowerBound, r.upperBound <= range.upperBound else { return nil }
        return shifted(by: -range.lowerBound)
    }
}

/// What a reader knows about a line besides its text. The grammar reads `pageBreak` and
/// `trailingSpace`; the style hints are there for readers that know them (Word's bold
/// runs, heading styles and automatic numbering) and for the grammar to grow into.
struct LineFlags: OptionSet, Hashable, Sendable {
    let rawValue: UInt8
    init(rawValue: UInt8) { self.rawValue = rawValue }

    /// A page starts at this line.
    static let pageBreak = LineFlags(rawValue: 1 << 0)
    /// The raw line ended in a space (a soft wrap, not the inside of a URL).
    static let trailingSpace = LineFlags(rawValue: 1 << 1)
    /// The whole line is set in bold.
    static let bold = LineFlags(rawValue: 1 << 2)
    /// The line has a heading style (Word's `Heading N`, a larger type size).
    static let headingStyle = LineFlags(rawValue: 1 << 3)
    /// The line's text begins with a label its source numbered automatically (`1.`,
    /// `a)`), written into the text as the reader would show it.
    static let numbered = LineFlags(rawValue: 1 << 4)

    init(pageBreak: Bool, trailingSpace: Bool) {
        var raw: UInt8 = 0
        if pageBreak { raw |= LineFlags.pageBreak.rawValue }
        if trailingSpace { raw |= LineFlags.trailingSpace.rawValue }
        rawValue = raw
    }
}
