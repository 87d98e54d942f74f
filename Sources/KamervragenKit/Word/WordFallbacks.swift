/// The `mc:Fallback`s of a part that the walk skips, found by their bytes, so that the XML
/// parser is not given them: Word stores a text box twice, as DrawingML in `mc:Choice` and
/// as VML in `mc:Fallback`, and the walk reads the first form only
/// (`WordWalker.alternateContent`). In the corpus's letterheads the fallbacks are a fifth
/// of the main part's bytes (docs/benchmarks.md, "Round three").
///
/// A fallback is cut only when the walk would skip it for certain: written `<mc:Fallback>`
/// (no attributes), its end `</mc:Fallback>` the first after it with no fallback started
/// between, right after the end of an `mc:Choice` (white space between) and right before
/// the end of the `mc:AlternateContent` holding both. That holds only if every `<` is
/// markup, so nothing is cut from a part with a comment, a CDATA section or a processing
/// instruction after the root's start tag, or that declares the prefix again below it.
/// What the parser is not given it does not check.
enum WordFallbacks {
    /// The part without those fallbacks; nil when there are none to cut.
    static func cut(_ xml: [UInt8], maxDepth: Int) -> [UInt8]? {
        let cuts = xml.withByteText { t in ranges(in: t, maxDepth: maxDepth) }
        guard !cuts.isEmpty else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(xml.count - cuts.reduce(0) { $0 + $1.count })
        var from = 0
        for range in cuts {
            out += xml[from..<range.lowerBound]
            from = range.upperBound
        }
        out += xml[from...]
        return out
    }

    static func ranges(in t: ByteText, maxDepth: Int) -> [Range<Int>] {
        // Most parts have none: the cheap look first, the checks only for what it found.
        guard t.contains(ByteText("Fallback>")), let tags = WordPartTags(t, maxDepth: maxDepth),
              let prefixRange = tags.rootPrefix(of: ByteText("http://schemas.openxmlformats.org/markup-compatibility/2006")) else { return [] }
        let body = tags.head.upperBound
        let prefix = t.extracting(prefixRange)
        var out: [Range<Int>] = []
        var open: Int?
        var at = body
        search: while let hit = t.firstOffset(of: ByteText("Fallback"), from: at) {
            at = hit + 8
            // `<mc:Fallback>` or `</mc:Fallback>`; the word elsewhere (in text) is passed by.
            let colon = hit - 1, name = colon - prefix.count
            guard name >= 2, t[colon] == 0x3A, t.has(prefix, at: name), at < t.count else { continue }
            let isEnd = t[name - 1] == 0x2F && t[name - 2] == 0x3C
            guard isEnd || t[name - 1] == 0x3C else { continue }
            guard t[at] == 0x3E else { break search }
            if !isEnd {
                guard open == nil else { break search }
                open = name - 1
                continue
            }
            guard let start = open else { break search }
            open = nil
            let end = at + 1
            if ends(t, before: start, with: ByteText("Choice"), prefix) && endTag(t, at: skipSpace(t, end), ByteText("AlternateContent"), prefix) {
                out.append(start..<end)
            }
        }
        guard !out.isEmpty, !hasDeclarationOrComment(t, from: body) else { return [] }
        // The prefix declared again below the root.
        at = body
        while let x = t.firstOffset(of: ByteText("xmlns:"), from: at) {
            if t.has(prefix, at: x + 6), x + 6 + prefix.count < t.count {
                let b = t[x + 6 + prefix.count]
                if b == 0x3D || b <= 0x20 { return [] }
            }
            at = x + 6
        }
        return out
    }

    /// Whether some `<!` or `<?` stands at or after `from` (each `!` and `?` looked for
    /// by `firstIndex`: both are rare in a part's bytes, questions and all).
    private static func hasDeclarationOrComment(_ t: ByteText, from: Int) -> Bool {
        for mark: UInt8 in [0x21, 0x3F] {
            var at = from
            while let k = t.firstIndex(of: mark, from: at) {
                if t[k - 1] == 0x3C { return true }
                at = k + 1
            }
        }
        return false
    }

    /// Whether the bytes before `position`, white space left out, are `</prefix:local>`.
    private static func ends(_ t: ByteText, before position: Int, with local: ByteText, _ prefix: ByteText) -> Bool {
        var k = position
        while k > 0, isSpace(t[k - 1]) { k -= 1 }
        let start = k - (local.count + prefix.count + 4)
        return start >= 0 && endTag(t, at: start, local, prefix) && start + local.count + prefix.count + 4 == k
    }

    /// Whether `</prefix:local>` stands at `at`.
    private static func endTag(_ t: ByteText, at: Int, _ local: ByteText, _ prefix: ByteText) -> Bool {
        let colon = at + 2 + prefix.count, close = colon + 1 + local.count
        return close < t.count && t[at] == 0x3C && t[at + 1] == 0x2F && t.has(prefix, at: at + 2) && t[colon] == 0x3A
            && t.has(local, at: colon + 1) && t[close] == 0x3E
    }

    private static func skipSpace(_ t: ByteText, _ from: Int) -> Int {
        var j = from
        while j < t.count, isSpace(t[j]) { j += 1 }
        return j
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }
}
