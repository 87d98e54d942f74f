/// The tags of an XML part found by their bytes alone, one after another, for the readers
/// that hand libxml2 only the slices of a part they need (the numbering part's lists in use,
/// the styles part without its latent styles). What the parser reads is then still a
/// well-formed part of its own, and what it is not given it does not check.
///
/// The pass gives up (`.unusual`) at anything out of the ordinary, and the reader then
/// parses the part whole: another encoding than UTF-8, a comment, a CDATA section, a
/// processing instruction or a document type after the declaration, a `>` in text or in an
/// attribute's value, the main namespace (WordprocessingML, Transitional or Strict) bound
/// to no prefix or to more than one or as the default, tags that do not nest, or nesting
/// past the limit. A namespace declared below the root is the caller's to look for, over
/// the bytes it relies on.
///
/// Each tag runs from a `<` to the first `>` after it: a `>` may stand in text or in an
/// attribute's value (a `<` may not), and then one stands between some tag's end so found
/// and the next `<`, where the pass gives up. Start tags' names are not read unless the
/// caller asks; an end tag's name is checked against its start tag's bytes.
struct WordPartTags {
    struct Tag {
        let open: Int
        /// The `>`.
        let close: Int
        let isEnd: Bool
        let isEmpty: Bool
        /// Elements open around it: 1 for the root's children (for an end tag, around the
        /// element it ends).
        let depth: Int
    }

    enum Step {
        case tag(Tag)
        /// The root's end tag, with nothing but white space after it.
        case rootEnd(Range<Int>)
        case unusual
    }

    let text: ByteText
    /// The XML declaration and the root's start tag.
    let head: Range<Int>
    /// The prefix bound to the main namespace in the root's start tag.
    let prefix: Range<Int>
    private var stack: [Int]
    private var at: Int
    private let maxDepth: Int

    init?(_ t: ByteText, maxDepth: Int) {
        var i = 0
        if t.has(ByteText("\u{FEFF}"), at: 0) { i = 3 }
        if t.has(ByteText("<?xml"), at: i) {
            guard let end = t.firstOffset(of: ByteText("?>"), from: i) else { return nil }
            guard Self.declaresUTF8(t.extracting(i..<end)) else { return nil }
            i = end + 2
        }
        i = Self.skipSpace(t, i)
        guard i + 1 < t.count, t[i] == Self.lt, Self.isNameStart(t[i + 1]),
              let root = Self.rootTag(t, at: i) else { return nil }
        text = t
        head = 0..<root.end
        prefix = root.prefix
        stack = [i + 1]
        stack.reserveCapacity(64)
        at = root.end
        self.maxDepth = maxDepth
    }

    /// The one prefix the root's start tag binds to `uri`; nil when it binds none, more
    /// than one, or makes it the default namespace.
    func rootPrefix(of uri: ByteText) -> Range<Int>? {
        let t = text
        var found: Range<Int>?
        var j = 0
        while let at = t.firstOffset(of: ByteText("xmlns"), from: j), at < head.upperBound {
            var k = at + 5
            var declared = k..<k
            if k < t.count, t[k] == Self.colon {
                k += 1
                while k < head.upperBound, !Self.endsName(t[k]) { k += 1 }
                declared = at + 6..<k
            }
            k = Self.skipSpace(t, k)
            guard k < head.upperBound, t[k] == Self.equals else { return nil }
            k = Self.skipSpace(t, k + 1)
            guard k < head.upperBound, t[k] == Self.quote || t[k] == Self.apostrophe,
                  let close = t.firstIndex(of: t[k], from: k + 1), close < head.upperBound else { return nil }
            if t.extracting(k + 1..<close) == uri {
                guard found == nil, !declared.isEmpty else { return nil }
                found = declared
            }
            j = close + 1
        }
        return found
    }

    /// Where the pass has come to: just after the last tag it gave.
    var position: Int { at }

    @inline(__always)
    mutating func next() -> Step {
        let t = text
        var open = at
        if at >= t.count || t[at] != Self.lt {
            guard let next = t.firstIndex(of: Self.lt, from: at) else { return .unusual }
            for k in at..<next where t[k] == Self.gt { return .unusual }
            open = next
        }
        guard let close = t.firstIndex(of: Self.gt, from: open + 1), close > open + 1 else { return .unusual }
        at = close + 1
        if t[open + 1] == Self.slash {
            // Its name must be the start tag's, which ends where this one's does.
            var end = close
            while end > open + 2, Self.isSpace(t[end - 1]) { end -= 1 }
            let length = end - (open + 2)
            guard length > 0, let start = stack.popLast(), start + length < t.count, Self.endsName(t[start + length]),
                  t.has(t.extracting(open + 2..<end), at: start) else { return .unusual }
            if stack.isEmpty {
                return Self.skipSpace(t, at) == t.count ? .rootEnd(open..<at) : .unusual
            }
            return .tag(Tag(open: open, close: close, isEnd: true, isEmpty: false, depth: stack.count))
        }
        guard Self.isNameStart(t[open + 1]) else { return .unusual }
        let empty = t[close - 1] == Self.slash
        let depth = stack.count
        if !empty {
            guard depth < maxDepth else { return .unusual }
            stack.append(open + 1)
        }
        return .tag(Tag(open: open, close: close, isEnd: false, isEmpty: empty, depth: depth))
    }

    /// The first byte of a start tag's local name when the name has the main prefix
    /// (a cheap first test before `isMain`); nil for other names.
    @inline(__always)
    func mainInitial(_ tag: Tag) -> UInt8? {
        let local = tag.open + 1 + prefix.count + 1
        guard local < tag.close, text[local - 1] == Self.colon, text.has(text.extracting(prefix), at: tag.open + 1) else { return nil }
        return text[local]
    }

    /// Whether a start tag's name is `prefix:local`.
    @inline(__always)
    func isMain(_ tag: Tag, _ local: ByteText) -> Bool {
        let start = tag.open + 1 + prefix.count + 1
        return start + local.count <= tag.close && Self.endsName(text[start + local.count]) && text[start - 1] == Self.colon
            && text.has(local, at: start) && text.has(text.extracting(prefix), at: tag.open + 1)
    }

    /// The value of a start tag's attribute `prefix:local` as one to nine decimal digits:
    /// nil when the tag cannot be read or gives it twice, `.some(nil)` when it is absent
    /// or not such digits.
    func digits(_ tag: Tag, _ local: ByteText) -> Int?? {
        let t = text
        var j = tag.open + 1
        while j < tag.close, !Self.endsName(t[j]) { j += 1 }
        var value: Range<Int>?
        while true {
            j = Self.skipSpace(t, j)
            guard j < tag.close, t[j] != Self.slash else { break }
            let attributeStart = j
            while j < tag.close, !Self.endsName(t[j]), t[j] != Self.equals { j += 1 }
            let attribute = attributeStart..<j
            j = Self.skipSpace(t, j)
            guard !attribute.isEmpty, j < tag.close, t[j] == Self.equals else { return nil }
            j = Self.skipSpace(t, j + 1)
            guard j < tag.close, t[j] == Self.quote || t[j] == Self.apostrophe,
                  let close = t.firstIndex(of: t[j], from: j + 1), close < tag.close else { return nil }
            if attribute.count == prefix.count + 1 + local.count, t[attribute.lowerBound + prefix.count] == Self.colon,
               t.has(local, at: attribute.lowerBound + prefix.count + 1), t.has(t.extracting(prefix), at: attribute.lowerBound) {
                guard value == nil else { return nil }
                value = j + 1..<close
            }
            j = close + 1
        }
        guard let value, (1...9).contains(value.count) else { return .some(nil) }
        var n = 0
        for k in value {
            let d = t[k] &- 0x30
            guard d < 10 else { return .some(nil) }
            n = n * 10 + Int(d)
        }
        return .some(n)
    }

    // MARK: the root

    private static let lt: UInt8 = 0x3C, gt: UInt8 = 0x3E, slash: UInt8 = 0x2F, equals: UInt8 = 0x3D
    private static let quote: UInt8 = 0x22, apostrophe: UInt8 = 0x27, colon: UInt8 = 0x3A

    /// Where the root's start tag ends, and the one prefix bound to the main namespace there.
    private static func rootTag(_ t: ByteText, at open: Int) -> (end: Int, prefix: Range<Int>)? {
        var j = open + 1
        while j < t.count, !endsName(t[j]) { j += 1 }
        var prefix: Range<Int>?
        while true {
            j = skipSpace(t, j)
            guard j < t.count else { return nil }
            if t[j] == gt { break }
            guard t[j] != slash else { return nil }
            let attributeStart = j
            while j < t.count, !endsName(t[j]), t[j] != equals { j += 1 }
            let attribute = attributeStart..<j
            j = skipSpace(t, j)
            guard !attribute.isEmpty, j < t.count, t[j] == equals else { return nil }
            j = skipSpace(t, j + 1)
            guard j < t.count, t[j] == quote || t[j] == apostrophe, let close = t.firstIndex(of: t[j], from: j + 1) else { return nil }
            let value = t.extracting(j + 1..<close)
            guard !value.contains(byte: 0x26), !value.contains(byte: lt) else { return nil }
            let main = value == ByteText("http://schemas.openxmlformats.org/wordprocessingml/2006/main")
                || value == ByteText("http://purl.oclc.org/ooxml/wordprocessingml/main")
            if t.has(ByteText("xmlns:"), at: attributeStart) {
                let declared = attributeStart + 6..<attribute.upperBound
                if main {
                    guard prefix == nil, !declared.isEmpty else { return nil }
                    prefix = declared
                }
            } else if t.extracting(attribute) == ByteText("xmlns"), main {
                return nil
            }
            j = close + 1
        }
        guard let prefix else { return nil }
        return (j + 1, prefix)
    }

    /// The declaration names UTF-8 or no encoding (XML's default is UTF-8).
    private static func declaresUTF8(_ declaration: ByteText) -> Bool {
        guard let at = declaration.firstOffset(of: ByteText("encoding")) else { return true }
        var j = skipSpace(declaration, at + 8)
        guard j < declaration.count, declaration[j] == equals else { return false }
        j = skipSpace(declaration, j + 1)
        guard j + 7 <= declaration.count, declaration[j] == quote || declaration[j] == apostrophe,
              declaration[j + 6] == declaration[j] else { return false }
        let name = declaration.extracting(j + 1..<j + 6)
        return name == ByteText("UTF-8") || name == ByteText("utf-8") || name == ByteText("Utf-8")
    }

    private static func skipSpace(_ t: ByteText, _ from: Int) -> Int {
        var j = from
        while j < t.count, isSpace(t[j]) { j += 1 }
        return j
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }

    /// A byte that ends a name: white space, `/`, `>`, `<`, `=`, or a quote.
    private static func endsName(_ b: UInt8) -> Bool {
        b <= 0x20 || b == slash || b == gt || b == lt || b == equals || b == quote || b == apostrophe
    }

    /// A name may start here (not `/`, `!`, `?`, white space or markup).
    private static func isNameStart(_ b: UInt8) -> Bool {
        b > 0x20 && b != slash && b != 0x21 && b != 0x3F && b != gt && b != lt && b != equals
    }
}
