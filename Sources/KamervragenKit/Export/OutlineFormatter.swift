/// The `outline` command's lines: one per question, saying where it is answered.
///
/// Lives in the library rather than the executable so that it is unit-tested without
/// spawning a process. Every line is terminal-safe.
public enum OutlineFormatter {
    /// Columns given to a question's opening words; the arrows line up after them.
    public static let openingWidth = 60

    public static func lines(_ doc: Document, language: Language = .english) -> [String] {
        var out: [String] = []
        out.reserveCapacity(doc.questions.count + doc.notices.count)
        forEachLine(doc, language: language) { out.append($0) }
        return out
    }

    /// Each line in turn, so the command can write them as they are made.
    /// `language` is that of the program's words ("not answered"); the parts' names are
    /// the documents' own (`PartNames`).
    public static func forEachLine<E: Error>(_ doc: Document, language: Language = .english,
                                             _ body: (String) throws(E) -> Void) throws(E) {
        let noOwnText = Catalogue.Parts.noOwnText.text(in: language)
        var numberWidth = 1
        for q in doc.questions { numberWidth = max(numberWidth, DisplayWidth.of(q.number.description)) }
        var buffers = Buffers()
        for q in doc.questions {
            let number = q.number.description
            var (opening, width) = Self.opening(of: q.paragraphs, &buffers)
            if opening.isEmpty { opening = noOwnText; width = DisplayWidth.of(opening) }
            // Number right-aligned, opening, fill to the arrow, where it is answered: put
            // together as bytes (an interpolation of five pieces cost more than the cut).
            buffers.line.removeAll(keepingCapacity: true)
            buffers.line.append(contentsOf: repeatElement(0x20, count: max(0, numberWidth - number.count)))
            buffers.line.append(contentsOf: number.utf8)
            buffers.line.append(contentsOf: "  ".utf8)
            buffers.line.append(contentsOf: opening.utf8)
            buffers.line.append(contentsOf: repeatElement(0x20, count: max(0, openingWidth - width)))
            buffers.line.append(contentsOf: "  → ".utf8)
            buffers.line.append(contentsOf: whereAnswered(q, in: doc, language: language).utf8)
            try body(String(decoding: buffers.line, as: UTF8.self))
        }
        for n in doc.notices {
            let text = TextWrapper.truncate(SafeText.line(PlainText.text(of: n.paragraphs)), width: openingWidth)
            try body("\(PartNames.notice)  \(text)")
        }
    }

    /// The opening words of the first paragraph with text, sanitised and cut to
    /// `openingWidth` columns, and their width: what `PlainText.text(of:)`, split at its
    /// first line break, sanitised and truncated gives, without normalising, sanitising and
    /// measuring the whole question, which cost several times the parse on a document of
    /// long questions. Only a prefix of the paragraph is read, grown until the cut no
    /// longer depends on what follows it.
    static func opening(of paragraphs: ParagraphList, _ buffers: inout Buffers) -> (String, Int) {
        for p in paragraphs {
            // Two bytes a character first: enough for Dutch text, where most characters are one.
            var limit = 2 * (openingWidth + 2)
            while true {
                let whole = p.withPlainUTF8 { all -> Bool in
                    var end = min(all.count, limit)
                    // Cut between scalars, never inside one.
                    while end < all.count && end > 0 && all[end] & 0xC0 == 0x80 { end -= 1 }
                    buffers.bytes.removeAll(keepingCapacity: true)
                    PlainText.appendNormalised(all.extracting(0..<end), to: &buffers.bytes)
                    return end == all.count
                }
                switch cut(&buffers, whole: whole) {
                case .text(let text, let width): return (text, width)
                case .empty: break
                case .needMore: limit *= 4; continue
                }
                break
            }
        }
        return ("", 0)
    }

    /// The normalised prefix and the line being assembled: kept from one question to the
    /// next, so that a line costs no allocation for them.
    struct Buffers {
        var bytes: [UInt8] = []
        var line: [UInt8] = []
    }

    private enum Cut {
        case text(String, Int)
        /// The whole paragraph normalises to nothing: the opening is the next one's.
        case empty
        /// The prefix is too short to say.
        case needMore
    }

    /// The cut of a normalised prefix (`whole`: the whole paragraph), as
    /// `TextWrapper.truncate(SafeText.line(text), width: openingWidth)` makes it.
    private static func cut(_ buffers: inout Buffers, whole: Bool) -> Cut {
        if let simple = simpleCut(buffers.bytes, whole: whole) { return simple }
        let bytes = buffers.bytes
        var text = SafeText.line(String(decoding: bytes, as: UTF8.self))
        if whole {
            if text.isEmpty { return .empty }
        } else {
            // The last character may be cut short (a combining mark may follow it), and
            // truncation looks at one character past the room it keeps.
            if !text.isEmpty { text.removeLast() }
            guard DisplayWidth.of(text) > openingWidth + 1 else { return .needMore }
        }
        let cut = TextWrapper.truncate(text, width: openingWidth)
        return .text(cut, DisplayWidth.of(cut))
    }

    /// The cut made on the bytes when every character in them is one cell wide, safe to
    /// print and a grapheme of its own: printable ASCII and the accented letters, dashes
    /// and quotes of Dutch text (the browser's plain scalars: none is a control, none
    /// combines with a neighbour). Then characters are scalars, and truncation counts them
    /// on the bytes. nil when some character is anything else.
    private static func simpleCut(_ bytes: [UInt8], whole: Bool) -> Cut? {
        // Characters are counted as far as truncation looks: the first `openingWidth`
        // decide the cut, one more says the text is longer than that. Kept on the way:
        // where character `room` starts, and the last space among the first `room + 1`.
        let room = openingWidth - 1
        let n = bytes.count
        var i = 0, count = 0
        var roomStart = 0
        var lastSpace: (k: Int, at: Int)?
        while i < n && count <= openingWidth {
            let b = bytes[i]
            var length = 1
            if b >= 0x80 {
                length = plainScalarLength(bytes, at: i)
                if length == 0 { return nil }
            } else if b < 0x20 || b == 0x7F {
                return nil
            }
            if count == room { roomStart = i }
            if count <= room && b == 0x20 { lastSpace = (count, i) }
            count += 1
            i += length
        }
        if count <= openingWidth {
            guard whole else { return .needMore }
            return count == 0 ? .empty : .text(String(decoding: bytes, as: UTF8.self), count)
        }
        // As `TextWrapper.truncate`: room for `openingWidth - 1` characters and the
        // ellipsis; back to the last space among the first `openingWidth` when that keeps
        // more than half of the room; no trailing space or comma before the ellipsis
        // (each step back goes over one whole character: its continuation bytes first).
        var keep = room, end = roomStart
        if let space = lastSpace, space.k > room / 2 { keep = space.k; end = space.at }
        while keep > 0 {
            var p = end - 1
            while p > 0 && bytes[p] & 0xC0 == 0x80 { p -= 1 }
            guard bytes[p] == 0x20 || bytes[p] == 0x2C else { break }
            keep -= 1
            end = p
        }
        return .text(String(decoding: bytes[..<end], as: UTF8.self) + "…", keep + 1)
    }

    /// The length of a plain scalar (U+00C0–U+024F, U+2010–U+2027, U+20AC) at `i`, or 0.
    @inline(__always)
    private static func plainScalarLength(_ b: [UInt8], at i: Int) -> Int {
        let lead = b[i]
        if lead >= 0xC3 && lead <= 0xC9, i + 1 < b.count, b[i + 1] & 0xC0 == 0x80 {
            let v = UInt32(lead & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)
            return v >= 0xC0 && v <= 0x24F ? 2 : 0
        }
        if lead == 0xE2, i + 2 < b.count {
            let b1 = b[i + 1], b2 = b[i + 2]
            if b1 == 0x80 && b2 >= 0x90 && b2 <= 0xA7 { return 3 }
            if b1 == 0x82 && b2 == 0xAC { return 3 }
        }
        return 0
    }

    /// Where a question is answered: the answer's one name (`PartNames.answer`, as the
    /// reader calls it), or "not answered" in `language`.
    public static func whereAnswered(_ q: Question, in doc: Document, language: Language = .english) -> String {
        guard let i = q.answer, doc.answers.indices.contains(i) else { return Catalogue.Parts.unanswered.text(in: language) }
        let a = doc.answers[i]
        // Only an answer that names no number is called by its heading, which may hold anything.
        return a.questionCount > 0 ? PartNames.answer(a) : SafeText.line(PlainText.normalised(PartNames.answer(a)))
    }
}
