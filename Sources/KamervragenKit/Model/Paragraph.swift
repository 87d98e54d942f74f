/// A paragraph as inline runs; the browser wraps it to the terminal width.
///
/// A reference into its document's `TextStorage` and an index there, not an array of
/// runs of its own: see `TextStorage` for why. `runs` builds the classic form on
/// request; the hot readers (export, browser, tree dump) use `withPlainUTF8` and
/// `forEachRun`, which read the stored bytes in place.
public struct Paragraph: Hashable, Sendable {
    let storage: TextStorage
    let index: UInt32

    init(storage: TextStorage, index: Int) {
        self.storage = storage
        self.index = UInt32(index)
    }

    public init(_ runs: [Inline]) {
        let s = TextStorage()
        // A paragraph without runs still exists as a value, so it gets a record too.
        self.init(storage: s, index: s.appendParagraph(runs) ?? s.appendEmptyParagraph())
    }

    public init(text: String) { self.init([.text(text)]) }

    var record: ParagraphRecord { storage.paragraph(Int(index)) }

    public var runs: [Inline] {
        get {
            var out: [Inline] = []
            forEachRunAndTarget { kind, b, target in
                let s = String(decoding: b, as: UTF8.self)
                switch kind {
                case .text: out.append(.text(s))
                case .url: out.append(.url(s))
                case .link: out.append(.link(text: s, url: String(decoding: target, as: UTF8.self)))
                case .footnoteRef: out.append(.noteRef(NoteID(.footnote, s)))
                case .endnoteRef: out.append(.noteRef(NoteID(.endnote, s)))
                }
            }
            return out
        }
        set { self = Paragraph(newValue) }
    }

    /// Each run in order: for text and URL runs their UTF-8, for a link the words it
    /// shows, for note references the label's UTF-8 (the kind says footnote or endnote).
    /// No `String` is made.
    @inline(__always)
    package func forEachRun(_ body: (InlineKind, ByteText) throws -> Void) rethrows {
        try storage.forEachRun(of: record, body)
    }

    /// `forEachRun` with where each run leads: a URL's own bytes, a link's URL; empty
    /// for text and note references.
    @inline(__always)
    package func forEachRunAndTarget(_ body: (InlineKind, ByteText, ByteText) throws -> Void) rethrows {
        try storage.forEachRunAndTarget(of: record, body)
    }

    /// The UTF-8 of `plainText`, in place.
    @inline(__always)
    package func withPlainUTF8<R>(_ body: (ByteText) throws -> R) rethrows -> R {
        let r = record
        return try storage.withBytes(r.textStart..<r.textEnd, body)
    }

    /// The text with markers removed, as the export and search see it.
    public var plainText: String { withPlainUTF8 { String(decoding: $0, as: UTF8.self) } }

    public var noteRefs: [NoteID] {
        var out: [NoteID] = []
        forEachNoteRef { out.append($0) }
        return out
    }

    /// Each note reference in order, without building the other runs.
    public func forEachNoteRef(_ body: (NoteID) throws -> Void) rethrows {
        let r = record
        for k in Int(r.runStart)..<Int(r.runEnd) {
            let run = storage.run(k)
            guard run.kind == .footnoteRef || run.kind == .endnoteRef else { continue }
            let label = storage.withRunBytes(run.kind, run.start..<run.end) { String(decoding: $0, as: UTF8.self) }
            try body(NoteID(run.kind == .footnoteRef ? .footnote : .endnote, label))
        }
    }

    /// The runs as kinds, ranges and link target indices, for comparing without making
    /// `String`s.
    private var runRanges: [(InlineKind, ByteRange, Int)] {
        var out: [(InlineKind, ByteRange, Int)] = []
        storage.forEachRunRecord(of: record) { out.append(($0, ByteRange($1), $2)) }
        return out
    }

    // Equal by content, as when a paragraph was an array of runs: runs of the same kinds
    // with equal text. Equal bytes decide at once; otherwise `String` equality (canonical
    // equivalence) decides, as it did.
    public static func == (a: Paragraph, b: Paragraph) -> Bool {
        if a.storage === b.storage && a.index == b.index { return true }
        let x = a.runRanges, y = b.runRanges
        guard x.count == y.count else { return false }
        var sameBytes = true
        for (p, q) in zip(x, y) {
            guard p.0 == q.0 else { return false }
            var equal = a.storage.withRunBytes(p.0, p.1.range) { bp in b.storage.withRunBytes(q.0, q.1.range) { bq in bp == bq } }
            if equal, p.0 == .link {
                equal = a.storage.withLinkTarget(p.2) { ta in b.storage.withLinkTarget(q.2) { tb in ta == tb } }
            }
            if !equal { sameBytes = false; break }
        }
        return sameBytes || a.runs == b.runs
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(runs)
    }
}
