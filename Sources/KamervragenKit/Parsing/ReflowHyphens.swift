/// pypdf re-flows a typeset page without removing the line-end hyphens, so words come out
/// as `onderne-mingsklimaat` in the middle of a line, where the line-end rule cannot see
/// them. Spelling alone cannot tell such a split from a real compound (`Bunq-bank`,
/// `e-learning`), so the hyphen is dropped only when the document itself also prints the
/// joined word: the author's own spelling is the evidence, and a word printed only once
/// stays as it is.
///
/// Two linear passes over the lines (candidates, then every word hashed once) and one
/// per paragraph; words are compared by a 64-bit hash, confirmed on the bytes.
struct ReflowHyphens {
    /// Joined forms (ASCII-lowercased) the document also prints without the hyphen.
    private var confirmed: [UInt64: [UInt8]] = [:]
    /// How many hyphens `repair` has dropped: for tests and measurements.
    private(set) var joins = 0

    var isEmpty: Bool { confirmed.isEmpty }

    static func scan(_ lines: [SourceLine]) -> ReflowHyphens {
        var candidates: [UInt64: [UInt8]] = [:]
        for line in lines where line.containsByte(0x2D) {
            line.withBytes { b in
                forEachSplit(b) { left, right in
                    let joined = fold(b[left]) + b[right]
                    candidates[hash(joined)] = joined
                }
            }
        }
        var out = ReflowHyphens()
        if candidates.isEmpty { return out }
        for line in lines {
            line.withBytes { b in
                forEachWord(b) { word in
                    let h = hash(word)
                    if let c = candidates[h], c.count == word.count, fold(word) == c { out.confirmed[h] = c }
                }
            }
        }
        return out
    }

    /// The paragraph with its confirmed splits joined, or nil when it has none.
    mutating func repair(_ text: [UInt8]) -> [UInt8]? {
        if confirmed.isEmpty || !text.contains(0x2D) { return nil }
        var out: [UInt8]?
        var copied = 0
        var count = 0
        let confirmed = self.confirmed
        text.withUnsafeBufferPointer { b in
          Self.forEachSplit(b) { left, right in
            let joined = Self.fold(b[left]) + b[right]
            guard let c = confirmed[Self.hash(joined)], c == joined else { return }
            if out == nil { out = []; out!.reserveCapacity(text.count) }
            out!.append(contentsOf: text[copied..<left.upperBound])
            copied = right.lowerBound
            count += 1
          }
        }
        guard var out else { return nil }
        out.append(contentsOf: text[copied...])
        joins += count
        return out
    }

    // MARK: scanning

    /// Each `word-word` in `b` that could be a re-flowed split: two letter runs of at
    /// least two letters around one hyphen, the right one starting lower-case, neither
    /// part of a longer hyphenated chain (`ad-hoc-beleid`) nor of a number or URL.
    static func forEachSplit(_ b: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>, Range<Int>) -> Void) {
        var i = 1
        while i < b.count - 2 {
            guard b[i] == 0x2D, isLower(b[i + 1]), isLetterByte(b[i - 1]) else { i += 1; continue }
            var s = i
            while s > 0 && isLetterByte(b[s - 1]) { s -= 1 }
            while s < i && isContinuation(b[s]) { s += 1 }   // the tail of a quote or marker
            var e = i + 1
            while e < b.count && isLetterByte(b[e]) { e += 1 }
            let before = s > 0 ? b[s - 1] : 0x20
            let after = e < b.count ? b[e] : 0x20
            if i - s >= 2 && e - i - 1 >= 2 && !isChainByte(before) && !isChainByte(after)
                && !isAllCaps(b[s..<i]) {
                body(s..<i, (i + 1)..<e)
            }
            i = e
        }
    }

    /// Each maximal run of letters, the unit the document "prints elsewhere".
    static func forEachWord(_ b: UnsafeBufferPointer<UInt8>, _ body: (Slice<UnsafeBufferPointer<UInt8>>) -> Void) {
        var i = 0
        while i < b.count {
            guard isLetterByte(b[i]), !isContinuation(b[i]) else { i += 1; continue }
            var e = i + 1
            while e < b.count && isLetterByte(b[e]) { e += 1 }
            if e - i >= 4 { body(b[i..<e]) }
            i = e
        }
    }

    /// ASCII letters and the bytes of Latin letters with accents (U+00C0–U+017F, lead
    /// bytes C3–C5); quotes, dashes and note markers (E2…, EE…) are not letters.
    @inline(__always) static func isLetterByte(_ b: UInt8) -> Bool {
        isUpper(b) || isLower(b) || (b >= 0xC3 && b <= 0xC5) || (b >= 0x80 && b <= 0xBF)
    }

    @inline(__always) private static func isContinuation(_ b: UInt8) -> Bool { b >= 0x80 && b <= 0xBF }

    /// A neighbour that makes the hyphen part of something else: another hyphen, a
    /// digit, a slash or dot of a URL or file name, an underscore.
    @inline(__always) private static func isChainByte(_ b: UInt8) -> Bool {
        b == 0x2D || isDigit(b) || b == 0x2F || b == 0x5F || b == 0x40 || b == 0x3D
    }

    private static func isAllCaps(_ s: some Collection<UInt8>) -> Bool {
        s.allSatisfy { !isLower($0) }
    }

    static func fold(_ s: some Collection<UInt8>) -> [UInt8] {
        s.map { isUpper($0) ? $0 | 0x20 : $0 }
    }

    /// FNV-1a over the ASCII-lowercased bytes, so `Ondernemings…` and `ondernemings…` meet.
    static func hash(_ s: some Collection<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in s {
            h ^= UInt64(isUpper(b) ? b | 0x20 : b)
            h = h &* 0x100000001b3
        }
        return h
    }
}
