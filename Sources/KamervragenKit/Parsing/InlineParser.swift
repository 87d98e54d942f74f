/// Splits a paragraph's joined text into runs: text, note references, URLs and links; and lifts
/// POI note bodies (` [N: …]`, appended to the paragraph that cites them) out of the text.
enum InlineParser {
    struct Output {
        var paragraph: Paragraph
        /// POI bodies found at the end of the paragraph, with the kind of the marker citing them.
        var bodies: [(id: NoteID, text: String)]
    }

    private static let footRef = Array("[footnoteRef:".utf8)
    private static let endRef = Array("[endnoteRef:".utf8)
    private static let httpPrefix = Array("http".utf8)

    static func parse(_ text: String) -> Output {
        let storage = TextStorage()
        let (index, bodies) = parse(bytes: Array(text.utf8), marks: [], into: storage)
        return Output(paragraph: Paragraph(storage: storage, index: index ?? storage.appendEmptyParagraph()), bodies: bodies)
    }

    /// Parses the joiner's bytes straight into the document's storage: the runs' bytes
    /// are copied there once, with no `String` per run. `marks` (offsets into `bytes`,
    /// in order) are the note references and links readers and conventions found beside
    /// the text. Returns the new paragraph's index (nil when it has no runs, and then
    /// nothing was kept) and the POI bodies.
    static func parse(bytes: [UInt8], marks: [LineMark] = [], into storage: TextStorage)
        -> (index: Int?, bodies: [(id: NoteID, text: String)]) {
        // The stored runs are the input bytes less markers and bodies, never more: room
        // for all of them keeps the paragraph's text one slice.
        storage.reserveContiguous(bytes.count)
        let mark = storage.mark
        if marks.isEmpty, bytes.withByteText(isPlain) {
            if !bytes.isEmpty { bytes.withByteText { storage.appendRun(.text, $0) } }
            return (storage.closeParagraph(from: mark), [])
        }
        let bodies = parseRuns(bytes, marks: marks, emit: { kind, run in storage.appendRun(kind, run) },
                               emitLink: { words, target in
                                   target.withByteText { storage.appendRun(.link, words, target: $0) }
                               })
        return (storage.closeParagraph(from: mark), bodies)
    }

    private static func parseRuns(_ b: [UInt8], marks: [LineMark],
                                  emit: (InlineKind, ByteText) -> Void,
                                  emitLink: (ByteText, String) -> Void) -> [(id: NoteID, text: String)] {
        var buf: [UInt8] = []
        var cited: [NoteID] = []
        // Labelled as the result is: converting an array of unlabelled tuples is a runtime
        // cast, whose first use searches every protocol conformance in the binary.
        var bodies: [(id: NoteID, text: String)] = []
        func flushText() {
            if !buf.isEmpty { buf.withByteText { emit(.text, $0) }; buf.removeAll(keepingCapacity: true) }
        }
        func emitSlice(_ kind: InlineKind, _ range: Range<Int>) {
            b.withByteText { emit(kind, $0.extracting(range)) }
        }
        var i = 0
        let n = b.count
        // The next mark and where it stands: text is read up to it, then it is emitted.
        var nextMark = 0
        var markAt = marks.isEmpty ? n + 1 : Int(marks[0].offset)
        while i < n || nextMark < marks.count {
            if i >= markAt {
                let m = marks[nextMark]
                nextMark += 1
                markAt = nextMark < marks.count ? Int(marks[nextMark].offset) : n + 1
                i = emitMark(m, b, at: i, flushText: flushText, emit: emit, emitLink: emitLink)
                continue
            }
            let limit = Swift.min(n, markAt)
            let c = b[i]
            if c == 0x5B { // [
                if let (kind, digits) = poiReference(b, at: i) {
                    flushText()
                    emitSlice(kind == .footnote ? .footnoteRef : .endnoteRef, digits)
                    cited.append(NoteID(kind, b[digits].string))
                    i = digits.upperBound + 1
                    continue
                }
                // A POI body: "[N:" whose label a marker in this paragraph cited.
                if let digits = poiBodyLabel(b, at: i) {
                    let label = b[digits].string
                    if let k = cited.firstIndex(where: { $0.label == label }) {
                        let id = cited.remove(at: k)
                        let (end, body) = poiBody(b, from: digits.upperBound + 1)
                        bodies.append((id, body))
                        while let l = buf.last, l == 0x20 { buf.removeLast() }
                        i = end
                        continue
                    }
                }
            } else if c == 0x68, i == 0 || !isLetterOrHigh(b[i - 1]) {
                // Only literal http(s) URLs become link runs, so the text stays as printed.
                if let (end, url) = URLScanner.url(in: b, at: i, limit: limit), b[i...].starts(with: httpPrefix) {
                    flushText()
                    url.withByteText { emit(.url, $0) }
                    i = end
                    continue
                }
            }
            let j = plainRunEnd(b, from: i, limit: limit)
            buf.append(contentsOf: b[i..<j])
            i = j
        }
        while let l = buf.last, l == 0x20 { buf.removeLast() }
        flushText()
        return bodies
    }

    /// Emits a reader's mark standing at `i`: a note reference, or a link over the bytes
    /// shown for it, a URL run when they are its target, else a link run of those words
    /// that keeps its target. Returns where the text goes on.
    private static func emitMark(_ m: LineMark, _ b: [UInt8], at i: Int, flushText: () -> Void,
                                 emit: (InlineKind, ByteText) -> Void,
                                 emitLink: (ByteText, String) -> Void) -> Int {
        switch m.kind {
        case .noteRef(let id):
            flushText()
            id.label.withByteText { emit(id.kind == .footnote ? .footnoteRef : .endnoteRef, $0) }
            return i
        case .link(let target, _):
            let r = m.range.clamped(to: i..<b.count)
            guard !r.isEmpty else { return i }
            flushText()
            b.withByteText { all in
                let words = all.extracting(r)
                if words.elementsEqual(target.utf8) { emit(.url, words) } else { emitLink(words, target) }
            }
            return r.upperBound
        }
    }

    /// `[footnoteRef:N]` or `[endnoteRef:N]` at `i`: its kind and the digits' range.
    @inline(__always)
    private static func poiReference(_ b: [UInt8], at i: Int) -> (NoteKind, Range<Int>)? {
        guard b[i...].starts(with: footRef) || b[i...].starts(with: endRef) else { return nil }
        let kind: NoteKind = b[i + 1] == 0x66 ? .footnote : .endnote
        let s = i + (kind == .footnote ? footRef.count : endRef.count)
        var j = s
        while j < b.count && isDigit(b[j]) { j += 1 }
        guard j > s, j < b.count, b[j] == 0x5D else { return nil }
        return (kind, s..<j)
    }

    /// `[N:` at `i`, the start of a POI note body: the digits' range.
    @inline(__always)
    private static func poiBodyLabel(_ b: [UInt8], at i: Int) -> Range<Int>? {
        var j = i + 1
        while j < b.count && isDigit(b[j]) { j += 1 }
        guard j > i + 1, j < b.count, b[j] == 0x3A else { return nil }
        return (i + 1)..<j
    }

    /// The end of the plain run from `i`: the next byte that may start something, or
    /// `limit` (the next mark). An `h` does only as the start of `http` at a word start;
    /// stopping at every `h` (Dutch has many) cost a trip round the loop and an append each.
    @inline(__always)
    private static func plainRunEnd(_ b: [UInt8], from i: Int, limit: Int) -> Int {
        var j = i + 1
        while j < limit, b[j] != 0x5B {
            if b[j] == 0x68, !isLetterOrHigh(b[j - 1]), b[j...].starts(with: httpPrefix) { break }
            j += 1
        }
        return j
    }

    /// No `[` and no `http`, no trailing space: the text is one run as it is.
    private static func isPlain(_ b: ByteText) -> Bool {
        guard let last = b.last else { return true }
        // The C library's vectorised byte search beats a byte loop: `[` is rare.
        if b.contains(byte: 0x5B) { return false }
        // A link run needs `http` and a slash after it (`URLScanner.url`): most paragraphs
        // have no slash, and searching them for `http` hopped from one `h` to the next
        // (a byte search and a comparison for each of Dutch's many `h`s).
        if b.contains(byte: 0x2F), b.contains(ByteText("http")) { return false }
        return last != 0x20
    }

    /// A body runs to the `]` that is followed by another body, or by the paragraph end.
    private static func poiBody(_ b: [UInt8], from start: Int) -> (Int, String) {
        var depth = 0
        var j = start
        while j < b.count {
            if b[j] == 0x5B { depth += 1 }
            if b[j] == 0x5D {
                if depth == 0 { break }
                depth -= 1
            }
            j += 1
        }
        let text = HeadingParser.trimmed(b[start..<min(j, b.count)].string)
        let body = String(text.drop { $0 == " " })
        return (min(j + 1, b.count), body)
    }
}
