/// Joins hard-wrapped lines back into paragraphs; the browser re-wraps them.
///
/// A blank line always ends a paragraph. Otherwise a line continues the previous one
/// unless the previous one ends a sentence (`.`, `?`, `!`, `:`) and this one starts with
/// a capital — Word text has one paragraph per line and they end in punctuation, PDF
/// text wraps mid-sentence. See docs/input-grammar.md for the hyphen rule.
enum ParagraphJoiner {
    struct Joined {
        var text: String
        var marks: [LineMark]
        var first: Int
        var last: Int
    }

    static func join(_ lines: [SourceLine]) -> [Joined] {
        var out: [Joined] = []
        join(lines) { out.append(Joined(text: $0.string, marks: $1, first: $2, last: $3)) }
        return out
    }

    /// Built straight from the lines' bytes, each paragraph handed over in one reused
    /// buffer with its marks (offsets now into the paragraph) and its first and last line
    /// numbers: the parser makes the only `String`s, those for the runs that reach the model.
    static func join(_ lines: [SourceLine], _ paragraph: ([UInt8], [LineMark], Int, Int) -> Void) {
        var state = Paragraphs()
        for line in lines {
            if line.isBlank { state.flush(paragraph); continue }
            if state.add(line) { state.flush(paragraph); state.start(line) }
        }
        state.flush(paragraph)
    }

    /// The paragraph being joined. Its fields are a struct's, changed by mutating methods,
    /// not local variables shared with a local function and a closure: captured variables
    /// are boxed, and every access to them went through the runtime's dynamic exclusivity
    /// check.
    private struct Paragraphs {
        var cur: [UInt8] = []
        var marks: [LineMark] = []
        var first = 0
        var last = 0

        mutating func flush(_ paragraph: ([UInt8], [LineMark], Int, Int) -> Void) {
            if !cur.isEmpty || !marks.isEmpty { paragraph(cur, marks, first, last) }
            cur.removeAll(keepingCapacity: true)
            marks.removeAll(keepingCapacity: true)
        }

        /// Begins the paragraph with `line` (after a flush).
        mutating func start(_ line: SourceLine) {
            append(line)
            first = line.number
            last = line.number
        }

        /// The line's bytes and marks, straight after what is there.
        private mutating func append(_ line: SourceLine) {
            take(line.marks, at: cur.count)
            line.withBytes { cur.append(contentsOf: $0) }
        }

        private mutating func take(_ lineMarks: [LineMark], at base: Int) {
            for m in lineMarks { marks.append(m.shifted(by: base)) }
        }

        /// Adds a non-blank line to the paragraph; true when it begins a new one instead
        /// (the caller flushes and starts it).
        mutating func add(_ line: SourceLine) -> Bool {
            if cur.isEmpty && marks.isEmpty { start(line); return false }
            if line.startsWithNoteRef {
                // A note reference continues the word it was printed after. (A line with
                // no text but not blank holds only references, so the bytes below exist.)
                append(line)
                last = line.number
                return false
            }
            let afterNoteRef = marks.last.map { Int($0.offset) == cur.count && $0.isNoteRef } ?? false
            let startsNew = line.withBytes { b -> Bool in
                let endsSentence = cur.last == 0x2E || cur.last == 0x3F || cur.last == 0x21 || cur.last == 0x3A
                    || afterNoteRef
                let startsUpper = isUpper(b[0]) || b[0] >= 0xC3
                if endsSentence && startsUpper && !endsInURL(cur) { return true }
                appendJoining(&cur, b, trailingSpace: line.trailingSpace, afterNoteRef: afterNoteRef)
                return false
            }
            if !startsNew {
                // The line's bytes went to the end, whatever joined them.
                take(line.marks, at: cur.count - line.byteCount)
                last = line.number
            }
            return startsNew
        }
    }

    private static let keepHyphenWords: Set<String> = ["en", "of", "tot", "als", "dan", "noch", "respectievelijk"]

    /// Appends `next` to `cur` with a space, or without when a hyphen or a URL was split.
    static func appendJoining(_ cur: inout [UInt8], _ next: [UInt8], trailingSpace: Bool = true) {
        next.withByteText { appendJoining(&cur, $0, trailingSpace: trailingSpace) }
    }

    /// `afterNoteRef`: a note reference ends `cur`, so its last bytes are no hyphen or URL
    /// the line end split: the lines join with a space.
    static func appendJoining(_ cur: inout [UInt8], _ next: ByteText, trailingSpace: Bool = true,
                              afterNoteRef: Bool = false) {
        if afterNoteRef {
            cur.append(0x20)
            cur.append(contentsOf: next)
            return
        }
        let urlSplit = cur.last == 0x2F || cur.last == 0x2D || cur.last == 0x5F || cur.last == 0x3D || cur.last == 0x2E
        if urlSplit && !next.isEmpty && next[0] != 0x28 && !isUpper(next[0]) && endsInURL(cur) {
            cur.append(contentsOf: next)
            return
        }
        if cur.count >= 2, cur.last == 0x2D, isLetterOrHigh(cur[cur.count - 2]), let f = next.first {
            var w = next.startIndex
            while w < next.count && isLetterOrHigh(next[w]) { w += 1 }
            let nextWord = String(decoding: next.extracting(0..<w), as: UTF8.self)
            var s = cur.count - 1
            while s > 0 && cur[s - 1] != 0x20 { s -= 1 }
            let left = cur[s..<(cur.count - 1)]
            let leftCapitalShort = left.first.map(isUpper) == true && left.count <= 4
            let leftAllCaps = left.count >= 2 && left.allSatisfy { isUpper($0) || isDigit($0) }
            if isLower(f) && keepHyphenWords.contains(nextWord) {
                cur.append(0x20)
            } else if isLower(f) && !leftCapitalShort && !leftAllCaps {
                cur.removeLast()
            }
            cur.append(contentsOf: next)
            return
        }
        cur.append(0x20)
        cur.append(contentsOf: next)
    }

    private static let http = Array("http".utf8)
    private static let www = Array("www.".utf8)

    /// The last word is a URL that the line end may have split.
    static func endsInURL(_ b: [UInt8]) -> Bool {
        var s = b.count
        while s > 0 && b[s - 1] != 0x20 && b[s - 1] != 0x28 { s -= 1 }
        let word = b[s...]
        return word.starts(with: http) || word.starts(with: www)
    }
}

extension ParagraphJoiner {
    /// Whether text after a page break (`next`) carries on the paragraph the page ended in
    /// (`previous`), although blank lines, the footer and notes stood between them. Only a
    /// sentence left open meets a lower-case word (or a number or quote that is not a
    /// list label): a heading, a list item or a finished sentence before the break keeps
    /// its paragraph end.
    static func continuesAcrossPage(_ previous: ByteText, _ next: ByteText) -> Bool {
        // A note reference closing the text stands beside it: the last byte is the word or
        // stop it was printed after.
        guard let end = previous.indices.last, let f = next.first else { return false }
        let last = previous[end]
        if last == 0x2E || last == 0x3F || last == 0x21 || last == 0x3A || last == 0x3B { return false }
        // "a. …", "b) …", "3. …", "12) …": a list goes on, not the sentence.
        var w = 0
        while w < next.count && w < 3 && (isLower(next[w]) || isDigit(next[w])) { w += 1 }
        if w > 0 && w < next.count && (next[w] == 0x2E || next[w] == 0x29)
            && (w + 1 == next.count || next[w + 1] == 0x20) { return false }
        if isLower(f) || isDigit(f) { return true }
        if f == 0xC3, next.count > 1, next[1] >= 0xA0 { return true }   // à … ÿ
        if f == 0x22 || f == 0x27 { return true }
        // ‘ “ (E2 80 98 / E2 80 9C)
        if f == 0xE2, next.count > 2, next[1] == 0x80, next[2] == 0x98 || next[2] == 0x9C { return true }
        return false
    }
}
