/// The text of a parsed document in a few flat arrays: one UTF-8 buffer for every text
/// and URL run and every note body, one for note labels, and tables of small records
/// that point into them.
///
/// A document of 10,000 questions held its text as tens of thousands of separately
/// allocated `String`s and arrays (one per run, per paragraph list, per note); each heap
/// block costs a header and allocator rounding, which made the model four times the size
/// of its input. Here a paragraph or a note is a reference plus a few offsets.
///
/// Appends only ever add at the end, so an offset handed out stays valid. The parser is
/// the only writer and finishes before the `Document` is handed out; after that nothing
/// mutates a storage (a value that "changes" a paragraph or note gets a storage of its
/// own), which is why sharing it across threads is safe.
public final class TextStorage: @unchecked Sendable {
    /// UTF-8 of text and URL runs (a paragraph's runs back to back, so its plain text is
    /// one slice) and of note bodies.
    private(set) var bytes: [UInt8] = []
    /// UTF-8 of note labels, apart from `bytes` so they do not interrupt a paragraph's text.
    private(set) var labels: [UInt8] = []
    private(set) var runs: [RunRecord] = []
    private(set) var paragraphs: [ParagraphRecord] = []
    /// Byte ranges of the URLs cited by notes.
    private(set) var spans: [Span] = []

    init() {}

    /// Room for about `byteCount` bytes of text, so the buffer is not copied as it grows
    /// during a parse (a copy of the whole buffer would raise the peak).
    func reserve(bytes byteCount: Int, paragraphs paragraphCount: Int = 0) {
        bytes.reserveCapacity(byteCount)
        if paragraphCount > 0 {
            paragraphs.reserveCapacity(paragraphCount)
            runs.reserveCapacity(paragraphCount * 2)
        }
    }

    var paragraphCount: Int { paragraphs.count }

    // MARK: writing (the parser, or a value built by hand)

    /// Appends one run of a paragraph under construction.
    func appendRun(_ kind: InlineKind, _ utf8: UnsafeBufferPointer<UInt8>) {
        switch kind {
        case .text, .url:
            let start = UInt32(bytes.count)
            bytes.append(contentsOf: utf8)
            runs.append(RunRecord(start: start, end: UInt32(bytes.count), kind: kind))
        case .footnoteRef, .endnoteRef:
            let start = UInt32(labels.count)
            labels.append(contentsOf: utf8)
            runs.append(RunRecord(start: start, end: UInt32(labels.count), kind: kind))
        }
    }

    func appendRun(_ run: Inline) {
        switch run {
        case .text(var s): s.withUTF8 { appendRun(.text, $0) }
        case .url(var s): s.withUTF8 { appendRun(.url, $0) }
        case .noteRef(let id):
            var label = id.label
            label.withUTF8 { appendRun(id.kind == .footnote ? .footnoteRef : .endnoteRef, $0) }
        }
    }

    /// A mark for `closeParagraph`: where the paragraph's runs and text begin.
    var mark: (runs: Int, bytes: Int) { (runs.count, bytes.count) }

    /// Ends the paragraph begun at `mark`; nil (and nothing kept) when it has no runs.
    func closeParagraph(from mark: (runs: Int, bytes: Int)) -> Int? {
        guard runs.count > mark.runs else { return nil }
        paragraphs.append(ParagraphRecord(textStart: UInt32(mark.bytes), textEnd: UInt32(bytes.count),
                                          runStart: UInt32(mark.runs), runEnd: UInt32(runs.count)))
        return paragraphs.count - 1
    }

    /// Drops what was appended since `mark` (a paragraph that turned out empty).
    func rollBack(to mark: (runs: Int, bytes: Int)) {
        if runs.count > mark.runs { runs.removeSubrange(mark.runs...) }
        if bytes.count > mark.bytes { bytes.removeSubrange(mark.bytes...) }
    }

    /// Appends a copy of another storage's paragraph; returns its index here.
    func appendCopy(of index: Int, from other: TextStorage) -> Int {
        let m = mark
        let record = other.paragraphs[index]
        for r in Int(record.runStart)..<Int(record.runEnd) {
            let run = other.runs[r]
            other.withRunBytes(run) { appendRun(run.kind, $0) }
        }
        return closeParagraph(from: m) ?? appendEmptyParagraph()
    }

    func appendEmptyParagraph() -> Int {
        let b = UInt32(bytes.count), r = UInt32(runs.count)
        paragraphs.append(ParagraphRecord(textStart: b, textEnd: b, runStart: r, runEnd: r))
        return paragraphs.count - 1
    }

    /// Appends text (a note body) and returns its byte range.
    func appendText(_ utf8: UnsafeBufferPointer<UInt8>) -> Range<UInt32> {
        let start = UInt32(bytes.count)
        bytes.append(contentsOf: utf8)
        return start..<UInt32(bytes.count)
    }

    func appendText(_ text: String) -> Range<UInt32> {
        var s = text
        return s.withUTF8 { appendText($0) }
    }

    /// Records a URL cited in the text at `within`: as a range of that text when it is
    /// printed there as is, else as bytes of its own (`www.…` gets `https://`).
    func appendURL(_ url: String, within: Range<UInt32>) {
        var u = url
        let span: Span = u.withUTF8 { needle in
            bytes.withUnsafeBufferPointer { all in
                if let at = Self.find(needle, in: all, range: Int(within.lowerBound)..<Int(within.upperBound)) {
                    return Span(start: UInt32(at), end: UInt32(at + needle.count))
                }
                return nil
            } ?? { let r = appendText(needle); return Span(start: r.lowerBound, end: r.upperBound) }()
        }
        spans.append(span)
    }

    var spanCount: Int { spans.count }

    private static func find(_ needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> Int? {
        let n = needle.count
        guard n > 0, range.count >= n, let first = needle.first else { return nil }
        var i = range.lowerBound
        while i <= range.upperBound - n {
            if hay[i] == first {
                var k = 1
                while k < n && hay[i + k] == needle[k] { k += 1 }
                if k == n { return i }
            }
            i += 1
        }
        return nil
    }

    // MARK: reading

    @inline(__always)
    func withBytes<R>(_ range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    @inline(__always)
    func withRunBytes<R>(_ run: RunRecord, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let range = Int(run.start)..<Int(run.end)
        switch run.kind {
        case .text, .url: return try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[range])) }
        case .footnoteRef, .endnoteRef: return try labels.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[range])) }
        }
    }

    func string(_ range: Range<UInt32>) -> String {
        withBytes(Int(range.lowerBound)..<Int(range.upperBound)) { String(decoding: $0, as: UTF8.self) }
    }

    func span(_ i: Int) -> Span { spans[i] }
    func paragraph(_ i: Int) -> ParagraphRecord { paragraphs[i] }
    func run(_ i: Int) -> RunRecord { runs[i] }
}

/// What a run of a paragraph is, as stored: a note reference keeps its kind here so the
/// label alone is stored.
public enum InlineKind: UInt8, Hashable, Sendable {
    case text
    case url
    case footnoteRef
    case endnoteRef
}

/// One run: a byte range in the text buffer (text, URL) or the label buffer (note refs).
struct RunRecord: Hashable, Sendable {
    var start: UInt32
    var end: UInt32
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

struct Span: Hashable, Sendable {
    var start: UInt32
    var end: UInt32
}
