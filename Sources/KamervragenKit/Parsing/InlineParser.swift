#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Splits a paragraph's joined text into runs: text, note references and URLs; and lifts
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
        if marks.isEmpty, bytes.withUnsafeBufferPointer(isPlain) {
            if !bytes.isEmpty { bytes.withUnsafeBufferPointer { storage.appendRun(.text, $0) } }
            return (storage.closeParagraph(from: mark), [])
        }
        var parser = RunParser(b: bytes, marks: marks, storage: storage)
        parser.run()
        return (storage.closeParagraph(from: mark), parser.bodies)
    }

    /// One paragraph's runs, read left to right into the storage, one named step per kind
    /// of run. Its state is a struct's, changed by mutating methods, as `ParagraphJoiner`'s
    /// is: local variables shared with local functions would be boxed, and each access to
    /// them checked for exclusivity at run time.
    private struct RunParser {
        let b: [UInt8]
        let marks: [LineMark]
        let storage: TextStorage
        /// Plain text not yet written as a run.
        var buf: [UInt8] = []
        /// POI references met so far whose body has not been lifted.
        var cited: [NoteID] = []
        // Labelled as the result is: converting an array of unlabelled tuples is a runtime
        // cast, whose first use searches every protocol conformance in the binary.
        var bodies: [(id: NoteID, text: String)] = []
        var i = 0
        /// The next mark and where it stands: text is read up to it, then it is emitted.
        var nextMark = 0
        var markAt: Int

        init(b: [UInt8], marks: [LineMark], storage: TextStorage) {
            self.b = b
            self.marks = marks
            self.storage = storage
            markAt = marks.isEmpty ? b.count + 1 : Int(marks[0].offset)
        }

        mutating func run() {
            let n = b.count
            while i < n || nextMark < marks.count {
                if i >= markAt {
                    emitMark()
                    continue
                }
                let limit = Swift.min(n, markAt)
                let c = b[i]
                if c == 0x5B, poiReference() || poiBody() { continue }
                if c == 0x68, i == 0 || !isLetterOrHigh(b[i - 1]), url(limit: limit) { continue }
                copyPlain(limit: limit)
            }
            while let l = buf.last, l == 0x20 { buf.removeLast() }
            flushText()
        }

        private mutating func flushText() {
            guard !buf.isEmpty else { return }
            buf.withUnsafeBufferPointer { storage.appendRun(.text, $0) }
            buf.removeAll(keepingCapacity: true)
        }

        private func emitSlice(_ kind: InlineKind, _ range: Range<Int>) {
            b.withUnsafeBufferPointer { storage.appendRun(kind, UnsafeBufferPointer(rebasing: $0[range])) }
        }

        /// The mark at the reading position: a note reference run, or a link run over
        /// its shown bytes. A link whose text is not its target stays text (the model
        /// has no run for a link with other text yet).
        private mutating func emitMark() {
            let m = marks[nextMark]
            nextMark += 1
            markAt = nextMark < marks.count ? Int(marks[nextMark].offset) : b.count + 1
            switch m.kind {
            case .noteRef(let id):
                flushText()
                var label = id.label
                label.withUTF8 { storage.appendRun(id.kind == .footnote ? .footnoteRef : .endnoteRef, $0) }
            case .link(let target, _):
                let r = m.range.clamped(to: i..<b.count)
                if !r.isEmpty, b[r].elementsEqual(target.utf8) {
                    flushText()
                    emitSlice(.url, r)
                    i = r.upperBound
                }
            }
        }

        /// `[footnoteRef:N]` or `[endnoteRef:N]` at the reading position.
        private mutating func poiReference() -> Bool {
            let n = b.count
            guard b[i...].starts(with: footRef) || b[i...].starts(with: endRef) else { return false }
            let kind: NoteKind = b[i + 1] == 0x66 ? .footnote : .endnote
            var j = i + (kind == .footnote ? footRef.count : endRef.count)
            let s = j
            while j < n && isDigit(b[j]) { j += 1 }
            guard j > s, j < n, b[j] == 0x5D else { return false }
            flushText()
            emitSlice(kind == .footnote ? .footnoteRef : .endnoteRef, s..<j)
            cited.append(NoteID(kind, b[s..<j].string))
            i = j + 1
            return true
        }

        /// A POI body at the reading position: "[N:" whose label a marker in this
        /// paragraph cited. It is lifted out of the text.
        private mutating func poiBody() -> Bool {
            let n = b.count
            var j = i + 1
            while j < n && isDigit(b[j]) { j += 1 }
            guard j > i + 1, j < n, b[j] == 0x3A else { return false }
            let label = b[(i + 1)..<j].string
            guard let k = cited.firstIndex(where: { $0.label == label }) else { return false }
            let id = cited.remove(at: k)
            let (end, body) = InlineParser.poiBody(b, from: j + 1)
            bodies.append((id, body))
            while let l = buf.last, l == 0x20 { buf.removeLast() }
            i = end
            return true
        }

        /// A literal http(s) URL at the reading position becomes a link run, so the text
        /// stays as printed.
        private mutating func url(limit: Int) -> Bool {
            guard let (end, url) = URLScanner.url(in: b, at: i, limit: limit), b[i...].starts(with: httpPrefix) else { return false }
            flushText()
            var u = url
            u.withUTF8 { storage.appendRun(.url, $0) }
            i = end
            return true
        }

        /// Copies the plain run up to the next byte that may start something (or the next
        /// mark). An `h` does only as the start of `http` at a word start; stopping at
        /// every `h` (Dutch has many) cost a trip round the loop and an append each.
        private mutating func copyPlain(limit: Int) {
            var j = i + 1
            while j < limit, b[j] != 0x5B {
                if b[j] == 0x68, !isLetterOrHigh(b[j - 1]), b[j...].starts(with: httpPrefix) { break }
                j += 1
            }
            buf.append(contentsOf: b[i..<j])
            i = j
        }
    }

    /// No `[` and no `http`, no trailing space: the text is one run as it is.
    private static func isPlain(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = b.count
        guard let base = b.baseAddress, n > 0 else { return true }
        // The C library's vectorised memchr beats a byte loop: `[` is rare.
        if memchr(base, 0x5B, n) != nil { return false }
        // A link run needs `http` and a slash after it (`URLScanner.url`): most paragraphs
        // have no slash, and searching them for `http` hopped from one `h` to the next
        // (a memchr and a memcmp for each of Dutch's many `h`s).
        if memchr(base, 0x2F, n) != nil,
           InlineParser.httpPrefix.withUnsafeBufferPointer({ search(base, n, $0) }) != nil { return false }
        return b[n - 1] != 0x20
    }

    /// A body runs to the `]` that is followed by another body, or by the paragraph end.
    fileprivate static func poiBody(_ b: [UInt8], from start: Int) -> (Int, String) {
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
