/// One line of a document as a reader hands it to the parser: its UTF-8 text, its
/// 1-based line number (the source position diagnostics name), what the reader knows
/// about it (`LineFlags`), and its inline marks, which stand beside the text at byte
/// offsets rather than inside it (see `LineMark`).
///
/// The text is a byte range into the normalised input (`LineBytes`), not a `String` of
/// its own: most lines are only inspected (first byte, a prefix, a search) and joined into
/// a paragraph, so a `String` per line was an allocation per line that the model never
/// kept. `text` decodes on demand for the few readers that want a `String`; assigning it
/// gives the line bytes of its own.
///
/// A form feed splits a line in two (same line number) and marks the second half as
/// starting a page, because PDF extractors glue the next page straight onto the footer.
struct SourceLine {
    /// nil for a line without text (blank or released): no reference to count.
    private var store: LineBytes?
    /// Offsets are 32-bit, as everywhere in the model's text (see `TextStorage`), so a
    /// line with its marks stays as small as a line without them was.
    private var start: UInt32
    private var count: UInt32
    private var storedNumber: Int32
    /// What the reader knows about the line (page break, style hints).
    var flags: LineFlags
    /// Note references and links, in the order of their offsets. Empty for nearly every
    /// line, and an empty array costs no allocation.
    private(set) var marks: [LineMark]

    /// Length in bytes of the (trimmed, normalised) text.
    var byteCount: Int { Int(count) }
    var number: Int {
        get { Int(storedNumber) }
        set { storedNumber = Int32(clamping: newValue) }
    }
    /// A page starts here (form feed, or page furniture was removed just before).
    var pageBreak: Bool {
        get { flags.contains(.pageBreak) }
        set { if newValue { flags.insert(.pageBreak) } else { flags.remove(.pageBreak) } }
    }
    /// The raw line ended in a space: PDF extractors leave one at soft wraps, not inside URLs.
    var trailingSpace: Bool {
        get { flags.contains(.trailingSpace) }
        set { if newValue { flags.insert(.trailingSpace) } else { flags.remove(.trailingSpace) } }
    }

    init(text: String, number: Int, pageBreak: Bool, trailingSpace: Bool, marks: [LineMark] = []) {
        self.store = text.isEmpty ? nil : LineBytes(text)
        self.start = 0
        self.count = UInt32(text.utf8.count)
        self.storedNumber = Int32(clamping: number)
        self.flags = LineFlags(pageBreak: pageBreak, trailingSpace: trailingSpace)
        self.marks = marks
    }

    /// A line that is `count` bytes of `store` from `start`; the bytes must be valid UTF-8.
    init(store: LineBytes, start: Int, count: Int, number: Int, pageBreak: Bool, trailingSpace: Bool) {
        self.store = count == 0 ? nil : store
        self.start = count == 0 ? 0 : UInt32(start)
        self.count = UInt32(count)
        self.storedNumber = Int32(clamping: number)
        self.flags = LineFlags(pageBreak: pageBreak, trailingSpace: trailingSpace)
        self.marks = []
    }

    /// Whether a note reference stands before the first byte of the text: the reference
    /// belongs to the word the previous line ended with.
    var startsWithNoteRef: Bool { marks.first.map { $0.offset == 0 && $0.isNoteRef } ?? false }

    /// Whether a note reference stands after the last byte of the text.
    var endsWithNoteRef: Bool { marks.last.map { Int($0.offset) == byteCount && $0.isNoteRef } ?? false }

    /// The line's text as a `String`, decoded on each read: readers on the hot path use
    /// `withBytes` or `firstByte` instead.
    /// Setting it replaces the text and drops the marks: only stages that run before
    /// any mark exists (page furniture, header lines) rewrite a line's text this way.
    var text: String {
        get { withBytes { String(decoding: $0, as: UTF8.self) } }
        set {
            count = UInt32(newValue.utf8.count)
            store = count == 0 ? nil : LineBytes(newValue)
            start = 0
            marks = []
        }
    }

    /// No text and no mark: a line of note references only is not blank.
    var isBlank: Bool { count == 0 && marks.isEmpty }

    /// Gives the line its own copy of `bytes` (valid UTF-8) as its text, with `marks`
    /// (offsets into `bytes`) as its marks.
    mutating func replaceText(with bytes: [UInt8], marks newMarks: [LineMark]) {
        count = UInt32(bytes.count)
        start = 0
        marks = newMarks
        if bytes.isEmpty { store = nil; return }
        store = LineBytes(copying: bytes)
    }

    /// Keeps only `range` (byte offsets into the current text) as the text: a tail or
    /// a trimmed part needs no bytes of its own. Marks inside the range (or at its end)
    /// move with the text; the others go.
    mutating func narrow(to range: Range<Int>) {
        precondition(range.lowerBound >= 0 && range.upperBound <= byteCount)
        if !marks.isEmpty {
            marks = marks.compactMap { $0.narrowed(to: range) }
        }
        if range.isEmpty {
            store = nil
            start = 0
            count = 0
            return
        }
        start += UInt32(range.lowerBound)
        count = UInt32(range.count)
    }

    /// Lets go of the text and marks (keeping number and flags), so its chunk of the
    /// input can be freed once every line in it has been used.
    mutating func releaseText() {
        store = nil
        start = 0
        count = 0
        marks = []
    }

    var firstByte: UInt8? { store.map { $0.text(Int(start), 1)[0] } }

    /// The line's bytes, read in place.
    @inline(__always)
    func withBytes<R>(_ body: (ByteText) throws -> R) rethrows -> R {
        try body(store.map { $0.text(Int(start), Int(count)) } ?? ByteText())
    }

    /// Whether the bytes start with `prefix`.
    func hasPrefix(_ prefix: [UInt8]) -> Bool {
        guard prefix.count <= byteCount else { return false }
        return withBytes { b in prefix.withByteText { b.has($0, at: 0) } }
    }

    /// Whether the bytes contain `needle` anywhere.
    func contains(_ needle: [UInt8]) -> Bool {
        withBytes { hay in needle.withByteText { hay.contains($0) } }
    }

    /// Whether the bytes hold `byte`.
    func containsByte(_ byte: UInt8) -> Bool {
        withBytes { $0.contains(byte: byte) }
    }
}
