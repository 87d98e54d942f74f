/// The text of a parsed document in a few flat stores: the UTF-8 of every text and URL
/// run, note body and answer heading (in chunks, see `Chunks`), the note labels, the
/// numbers answers cover, and tables of small records that point into them.
///
/// A document of 10,000 questions held its text as tens of thousands of separately
/// allocated `String`s and arrays (one per run, per paragraph list, per note); each heap
/// block costs a header and allocator rounding, which made the model several times the
/// size of its input. Here a paragraph or a note is a reference plus a few offsets.
///
/// Appends only ever add at the end, so an offset handed out stays valid. The parser is
/// the only writer and finishes before the `Document` is handed out; after that nothing
/// mutates a storage (a value that "changes" a paragraph or note gets a storage of its
/// own), which is why sharing it across threads is safe.
public final class TextStorage: @unchecked Sendable {
    // The stored properties are `@exclusivity(unchecked)`: every access to a class's
    // `var` otherwise goes through the runtime's dynamic exclusivity check (a call, a
    // thread-local access set), paid on each run and paragraph written. Overlapping accesses cannot happen here: only the parser
    // writes, on one thread, through these methods, none of which calls out while it
    // holds a property (the closures of `withBytes` and `forEachRun` only read).

    /// UTF-8 of text and URL runs (a paragraph's runs back to back, so its plain text is
    /// one slice) and of note bodies, in chunks (see `Chunks`).
    @exclusivity(unchecked) private var chunks: Chunks
    /// UTF-8 of note labels, apart from the text so they do not interrupt a paragraph's text.
    @exclusivity(unchecked) private(set) var labels: [UInt8] = []
    @exclusivity(unchecked) private(set) var runs: [RunRecord] = []
    @exclusivity(unchecked) private(set) var paragraphs: [ParagraphRecord] = []
    /// The targets of paragraphs' links (runs of kind `link`): each a range of
    /// `linkTargetBytes`, in the order the links were written.
    @exclusivity(unchecked) private(set) var linkTargets: [ByteRange] = []
    /// The UTF-8 of those targets, apart from the text: a link's target is not text its
    /// paragraph shows, and the paragraph's text must stay one slice.
    @exclusivity(unchecked) private(set) var linkTargetBytes: [UInt8] = []
    /// The links of note bodies: where each is shown in its note's text and its URL.
    @exclusivity(unchecked) private(set) var noteLinks: [NoteLinkRecord] = []
    /// The question numbers answers cover, answer after answer.
    @exclusivity(unchecked) private(set) var questionNumbers: [QuestionNumber] = []

    /// Text runs get no record of their own: a paragraph's text runs are the gaps
    /// between its URL and note runs. Only the parser's storage does this, since its text
    /// runs are never empty nor adjacent (two text runs in a row would read back as one);
    /// most of its paragraphs then need no run record at all. Values built by hand keep
    /// every run as given.
    let implicitText: Bool

    /// `chunkSize` 0 sizes each chunk to what it must hold: right for the one-paragraph
    /// storages of values built by hand. The parser uses `Chunks.pageSize` and implicit text.
    init(chunkSize: Int = 0, implicitText: Bool = false) {
        chunks = Chunks(chunkSize: chunkSize)
        self.implicitText = implicitText
    }

    deinit { chunks.free() }

    /// Room for about `paragraphCount` paragraphs in the record tables.
    func reserve(paragraphs paragraphCount: Int, runs runCount: Int, numbers: Int) {
        paragraphs.reserveCapacity(paragraphCount)
        runs.reserveCapacity(runCount)
        questionNumbers.reserveCapacity(numbers)
    }

    var paragraphCount: Int { paragraphs.count }

    // MARK: writing (the parser, or a value built by hand)

    /// Makes the next `byteCount` bytes of text land in one chunk: call before writing a
    /// paragraph (with a bound on its text) or a note body, whose text must be one slice.
    func reserveContiguous(_ byteCount: Int) { chunks.ensure(byteCount) }

    /// Appends one run of a paragraph under construction (after `reserveContiguous`):
    /// `utf8` is the run's text (a note reference's label); `target` is a link's URL, and
    /// is not read for the other kinds.
    func appendRun(_ kind: InlineKind, _ utf8: ByteText, target: ByteText = ByteText()) {
        switch kind {
        case .text, .url:
            let range = chunks.append(utf8)
            if kind == .text && implicitText { return }
            runs.append(RunRecord(start: range.lowerBound, end: range.upperBound, at: range.lowerBound, kind: kind))
        case .link:
            let range = chunks.append(utf8)
            let t = UInt32(linkTargetBytes.count)
            linkTargetBytes.append(target)
            linkTargets.append(ByteRange(start: t, end: UInt32(linkTargetBytes.count)))
            runs.append(RunRecord(start: range.lowerBound, end: range.upperBound, at: UInt32(linkTargets.count - 1), kind: .link))
        case .footnoteRef, .endnoteRef:
            let start = UInt32(labels.count)
            labels.append(contentsOf: utf8)
            runs.append(RunRecord(start: start, end: UInt32(labels.count), at: chunks.cursor, kind: kind))
        }
    }

    /// Appends a hand-built paragraph's runs; nil when there are none.
    func appendParagraph(_ runs: [Inline]) -> Int? {
        var total = 0
        for run in runs {
            switch run {
            case .text(let s), .url(let s), .link(let s, _): total += s.utf8.count
            case .noteRef: break
            }
        }
        reserveContiguous(total)
        let m = mark
        for run in runs { appendRun(run) }
        return closeParagraph(from: m)
    }

    private func appendRun(_ run: Inline) {
        switch run {
        case .text(let s): s.withByteText { appendRun(.text, $0) }
        case .url(let s): s.withByteText { appendRun(.url, $0) }
        case .link(let text, let url): text.withByteText { t in url.withByteText { appendRun(.link, t, target: $0) } }
        case .noteRef(let id):
            id.label.withByteText { appendRun(id.kind == .footnote ? .footnoteRef : .endnoteRef, $0) }
        }
    }

    /// A mark for `closeParagraph`: where the paragraph's runs and text begin.
    var mark: (runs: Int, text: UInt32) { (runs.count, chunks.cursor) }

    /// Ends the paragraph begun at `mark`; nil (and nothing kept) when it has no runs.
    func closeParagraph(from mark: (runs: Int, text: UInt32)) -> Int? {
        guard runs.count > mark.runs || (implicitText && chunks.cursor > mark.text) else { return nil }
        paragraphs.append(ParagraphRecord(textStart: mark.text, textEnd: chunks.cursor,
                                          runStart: UInt32(mark.runs), runEnd: UInt32(runs.count)))
        return paragraphs.count - 1
    }

    func appendEmptyParagraph() -> Int {
        let b = chunks.cursor, r = UInt32(runs.count)
        paragraphs.append(ParagraphRecord(textStart: b, textEnd: b, runStart: r, runEnd: r))
        return paragraphs.count - 1
    }

    /// Appends a copy of another storage's paragraph; returns its index here.
    func appendCopy(of index: Int, from other: TextStorage) -> Int {
        // Reading `other`'s labels while appending to ours: the same storage would append
        // to the array it is reading (see the note on the stored properties).
        precondition(other !== self, "a storage copying its own paragraph")
        let record = other.paragraphs[index]
        reserveContiguous(Int(record.textEnd - record.textStart))
        let m = mark
        other.forEachRunAndTarget(of: record) { kind, bytes, target in appendRun(kind, bytes, target: target) }
        return closeParagraph(from: m) ?? appendEmptyParagraph()
    }

    /// Appends bytes (after `reserveContiguous` when they must be one slice).
    func appendBytes(_ utf8: ByteText) -> Range<UInt32> { chunks.append(utf8) }

    /// Appends text (a note body) and returns its range.
    func appendText(_ text: String) -> Range<UInt32> {
        text.withByteText { b in
            reserveContiguous(b.count)
            return chunks.append(b)
        }
    }

    /// Records a link of the note text at `within`: shown at `shown` (byte offsets into
    /// that text; nil when the URL is not printed in it), opening `url`. The URL's bytes
    /// are the shown ones when they are the same, else bytes of their own (`www.…`
    /// opens `https://www.…`).
    func appendNoteLink(_ url: String, shown: Range<Int>?, within: Range<UInt32>) {
        var shownSpan = ByteRange(start: NoteLinkRecord.notShown, end: NoteLinkRecord.notShown)
        if let shown, shown.upperBound <= within.count {
            shownSpan = ByteRange(start: within.lowerBound + UInt32(shown.lowerBound), end: within.lowerBound + UInt32(shown.upperBound))
            if withBytes(shownSpan.range, { $0.elementsEqual(url.utf8) }) {
                noteLinks.append(NoteLinkRecord(shown: shownSpan, target: shownSpan))
                return
            }
        }
        let r = appendText(url)
        noteLinks.append(NoteLinkRecord(shown: shownSpan, target: ByteRange(r)))
    }

    /// Where `url` is first printed in the note text at `within`, from byte `from` on.
    func find(_ url: String, within: Range<UInt32>, from: Int) -> Range<Int>? {
        url.withByteText { needle in
            withBytes(within) { text in
                guard from <= text.count else { return nil }
                return text.firstOffset(of: needle, from: from).map { $0..<($0 + needle.count) }
            }
        }
    }

    var noteLinkCount: Int { noteLinks.count }

    func reserve(noteLinks count: Int) { noteLinks.reserveCapacity(noteLinks.count + count) }

    func appendNumbers(_ numbers: [QuestionNumber]) -> Range<UInt32> {
        let start = UInt32(questionNumbers.count)
        questionNumbers.append(contentsOf: numbers)
        return start..<UInt32(questionNumbers.count)
    }

    func number(_ i: Int) -> QuestionNumber { questionNumbers[i] }

    func numbers(_ range: Range<UInt32>) -> [QuestionNumber] {
        range.isEmpty ? [] : Array(questionNumbers[Int(range.lowerBound)..<Int(range.upperBound)])
    }

    // MARK: reading

    @inline(__always)
    func withBytes<R>(_ range: Range<UInt32>, _ body: (ByteText) throws -> R) rethrows -> R {
        try body(chunks.text(range))
    }

    func string(_ range: Range<UInt32>) -> String {
        withBytes(range) { $0.string }
    }

    func noteLink(_ i: Int) -> NoteLinkRecord { noteLinks[i] }
    func paragraph(_ i: Int) -> ParagraphRecord { paragraphs[i] }
    func run(_ i: Int) -> RunRecord { runs[i] }

    /// The runs of a paragraph in order, text runs included (read from the gaps when
    /// implicit). Each comes as its kind and, for text, URLs and links, its text range,
    /// for note references its label range (the kind says which buffer the range is in),
    /// and for a link the index of its target in `linkTargets` (0 for the other kinds).
    @inline(__always)
    func forEachRunRecord(of record: ParagraphRecord, _ body: (InlineKind, Range<UInt32>, Int) throws -> Void) rethrows {
        if !implicitText {
            for k in Int(record.runStart)..<Int(record.runEnd) {
                let run = runs[k]
                try body(run.kind, run.start..<run.end, run.kind == .link ? Int(run.at) : 0)
            }
            return
        }
        var cursor = record.textStart
        for k in Int(record.runStart)..<Int(record.runEnd) {
            let run = runs[k]
            // A link's `at` is its target's index; it stands where its text starts.
            let at = run.kind == .link ? run.start : run.at
            if at > cursor { try body(.text, cursor..<at, 0) }
            try body(run.kind, run.start..<run.end, run.kind == .link ? Int(run.at) : 0)
            if run.kind == .url || run.kind == .link { cursor = run.end } else { cursor = run.at }
        }
        if record.textEnd > cursor { try body(.text, cursor..<record.textEnd, 0) }
    }

    /// `forEachRunRecord` without the link targets.
    @inline(__always)
    func forEachRunRange(of record: ParagraphRecord, _ body: (InlineKind, Range<UInt32>) throws -> Void) rethrows {
        try forEachRunRecord(of: record) { kind, range, _ in try body(kind, range) }
    }

    /// `forEachRunRange` with each range's bytes.
    @inline(__always)
    func forEachRun(of record: ParagraphRecord, _ body: (InlineKind, ByteText) throws -> Void) rethrows {
        try forEachRunRange(of: record) { kind, range in
            try withRunBytes(kind, range) { try body(kind, $0) }
        }
    }

    /// `forEachRun` with each run's target: a URL's own bytes, a link's URL, and no
    /// bytes for text and note references.
    @inline(__always)
    func forEachRunAndTarget(of record: ParagraphRecord,
                             _ body: (InlineKind, ByteText, ByteText) throws -> Void) rethrows {
        try forEachRunRecord(of: record) { kind, range, link in
            try withRunBytes(kind, range) { bytes in
                switch kind {
                case .url: try body(kind, bytes, bytes)
                case .link: try withLinkTarget(link) { try body(kind, bytes, $0) }
                case .text, .footnoteRef, .endnoteRef: try body(kind, bytes, ByteText())
                }
            }
        }
    }

    /// The UTF-8 of the target of link `index` (an index into `linkTargets`).
    @inline(__always)
    func withLinkTarget<R>(_ index: Int, _ body: (ByteText) throws -> R) rethrows -> R {
        let target = linkTargets[index]
        return try linkTargetBytes.withByteText { try body($0.extracting(Int(target.start)..<Int(target.end))) }
    }

    @inline(__always)
    func withRunBytes<R>(_ kind: InlineKind, _ range: Range<UInt32>, _ body: (ByteText) throws -> R) rethrows -> R {
        switch kind {
        case .text, .url, .link: return try body(chunks.text(range))
        case .footnoteRef, .endnoteRef:
            return try labels.withByteText { try body($0.extracting(Int(range.lowerBound)..<Int(range.upperBound))) }
        }
    }
}

/// What a run of a paragraph is, as stored: a note reference keeps its kind here so the
/// label alone is stored.
public enum InlineKind: UInt8, Hashable, Sendable {
    case text
    case url
    case footnoteRef
    case endnoteRef
    /// Words shown for a link whose target is not those words (a Word hyperlink).
    case link
}

/// One run: a byte range in the text buffer (text, URL, a link's words) or the label
/// buffer (note refs), and where in the text it stands (for a note reference, the text
/// offset it follows). A link's `at` is its target's index in `linkTargets` instead: it
/// stands where its words start.
struct RunRecord: Hashable, Sendable {
    var start: UInt32
    var end: UInt32
    var at: UInt32
    var kind: InlineKind
}

/// One paragraph: its plain text (one slice, since only text and URL runs are in the
/// text buffer) and its runs.
struct ParagraphRecord: Hashable, Sendable {
    var textStart: UInt32
    var textEnd: UInt32
    var runStart: UInt32
    var runEnd: UInt32
}

/// A link of a note body: the range of the note's text it is shown as (`notShown` when
/// the URL is not printed there) and the range of its URL's bytes.
struct NoteLinkRecord: Hashable, Sendable {
    static let notShown = UInt32.max
    var shown: ByteRange
    var target: ByteRange
}

/// A byte range. Stored in arrays and optionals instead of `Range<UInt32>`: the metadata
/// of `Range<UInt32>` is made at run time, and checking its `Comparable` requirement the
/// first time searched every protocol conformance in the binary, at start-up.
struct ByteRange: Hashable, Sendable {
    var start: UInt32
    var end: UInt32

    init(start: UInt32, end: UInt32) {
        self.start = start
        self.end = end
    }

    init(_ range: Range<UInt32>) {
        start = range.lowerBound
        end = range.upperBound
    }

    var range: Range<UInt32> { start..<end }
}
