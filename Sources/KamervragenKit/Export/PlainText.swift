/// The plain-text form of document text that the export and the text commands share.
///
/// The parser keeps text close to the source (hard spaces, tabs, runs of blanks); readers
/// of JSON and of `show` want one space between words and one blank line between
/// paragraphs, so the normalisation is done once, here.
public enum PlainText {
    /// Collapses every run of whitespace (spaces, tabs, no-break spaces, line breaks) into
    /// one space and trims both ends.
    public static func normalised(_ s: some StringProtocol) -> String {
        // A local scalar view is appended to in place; appending through
        // `string.unicodeScalars` copies the whole string each time.
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in s.unicodeScalars {
            if isWhitespace(scalar) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(scalar)
        }
        return String(out)
    }

    /// ASCII is decided without the Unicode property tables, which are slow to consult.
    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return v == 0x20 || (0x09...0x0D).contains(v) }
        return scalar.properties.isWhitespace
    }

    /// The same collapse on UTF-8, appended to `out`: one pass over the stored bytes, no
    /// `String` per paragraph. Whitespace is the same set as `isWhitespace` decides.
    static func appendNormalised(_ b: ByteText, to out: inout [UInt8]) {
        let begin = out.count
        var pendingSpace = false
        var i = 0
        let n = b.count
        while i < n {
            // Bytes that cannot start whitespace are copied a run at a time: byte by byte,
            // the appends were most of the cost of `outline` on a document of long questions.
            // A single space inside the run (after a byte of it, before one that cannot
            // start whitespace) is what it normalises to, so it stays in the run: otherwise
            // every word was an append of its own.
            var j = i
            while j < n {
                let c = b[j]
                if c == 0x20, j > i, j + 1 < n, !mayStartWhitespace(b[j + 1]) { j += 2; continue }
                if mayStartWhitespace(c) { break }
                j += 1
            }
            if j > i {
                if pendingSpace { out.append(0x20); pendingSpace = false }
                out.append(b.extracting(i..<j))
                i = j
                continue
            }
            let c = b[i]
            var length = 1
            var space: Bool
            if c < 0x80 {
                space = c == 0x20 || (0x09...0x0D).contains(c)
            } else {
                length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2
                if i + length > n { length = n - i }
                space = false
                // Only C2 (U+0085, U+00A0), E1 (U+1680), E2 (U+2000–U+205F) and E3 (U+3000)
                // open a whitespace scalar.
                if c == 0xC2 || c == 0xE1 || c == 0xE2 || c == 0xE3 {
                    var v = UInt32(c) & (length == 2 ? 0x1F : 0x0F)
                    for k in 1..<length { v = v << 6 | UInt32(b[i + k] & 0x3F) }
                    if let scalar = Unicode.Scalar(v) { space = scalar.properties.isWhitespace }
                }
            }
            if space {
                pendingSpace = out.count > begin
            } else {
                if pendingSpace { out.append(0x20); pendingSpace = false }
                out.append(b.extracting(i..<(i + length)))
            }
            i += length
        }
    }

    /// Whether a whitespace scalar may start with byte `c`: ASCII space and controls 9–13,
    /// and the lead bytes C2 (U+0085, U+00A0), E1 (U+1680), E2 (U+2000–U+205F), E3 (U+3000).
    @inline(__always)
    private static func mayStartWhitespace(_ c: UInt8) -> Bool {
        c == 0x20 || (c >= 0x09 && c <= 0x0D) || c == 0xC2 || c == 0xE1 || c == 0xE2 || c == 0xE3
    }

    /// Paragraphs normalised and joined by a blank line ("\n\n"); empty ones dropped.
    public static func text(of paragraphs: some Sequence<Paragraph>) -> String {
        var out: [UInt8] = []
        for p in paragraphs {
            let before = out.count
            if before > 0 { out.append(0x0A); out.append(0x0A) }
            let mark = out.count
            p.withPlainUTF8 { appendNormalised($0, to: &out) }
            if out.count == mark { out.removeSubrange(before...) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The URLs written in the text, in order, without repeats.
    public static func urls(of paragraphs: some Sequence<Paragraph>) -> [String] {
        var seen = Set<String>()
        var out: [String] = []
        for p in paragraphs {
            p.forEachRun { kind, b in
                guard kind == .url else { return }
                let u = String(decoding: b, as: UTF8.self)
                if seen.insert(u).inserted { out.append(u) }
            }
        }
        return out
    }

    /// Every link of the text in order, each as its words and its URL (a URL written in
    /// the text is a link whose words are the URL), without repeats of the same pair.
    public static func links(of paragraphs: some Sequence<Paragraph>) -> [(text: String, url: String)] {
        var seen = Set<LinkKey>()
        var out: [(text: String, url: String)] = []
        for p in paragraphs {
            p.forEachRunAndTarget { kind, b, target in
                guard kind == .url || kind == .link else { return }
                let text = kind == .url ? String(decoding: b, as: UTF8.self) : normalised(String(decoding: b, as: UTF8.self))
                let url = String(decoding: target, as: UTF8.self)
                if seen.insert(LinkKey(text: text, url: url)).inserted { out.append((text, url)) }
            }
        }
        return out
    }

    private struct LinkKey: Hashable {
        var text: String
        var url: String
    }

    /// A paragraph's text for reading as plain text (`show`): as `plainText`, with each
    /// link whose words are not its URL followed by the URL in angle brackets, as plain
    /// text has long written an address beside its words (RFC 3986, appendix C).
    public static func withLinkTargets(_ p: Paragraph) -> String {
        var out: [UInt8] = []
        p.forEachRunAndTarget { kind, b, target in
            switch kind {
            case .text, .url: out.append(contentsOf: b)
            case .link:
                out.append(contentsOf: b)
                out.append(contentsOf: " <".utf8)
                out.append(contentsOf: target)
                out.append(0x3E)
            case .footnoteRef, .endnoteRef: break
            }
        }
        return normalised(String(decoding: out, as: UTF8.self))
    }

    /// The notes cited, in order of first citation, without repeats.
    public static func noteRefs(of paragraphs: some Sequence<Paragraph>) -> [NoteID] {
        var seen = Set<NoteID>()
        var out: [NoteID] = []
        for p in paragraphs {
            p.forEachNoteRef { id in if seen.insert(id).inserted { out.append(id) } }
        }
        return out
    }
}
