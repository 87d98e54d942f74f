/// Character-exact searches for ASCII patterns, answered from the UTF-8 bytes.
///
/// `String.firstRange(of:)` and `firstIndex(of:)` walk grapheme clusters through the
/// generic string-processing searcher, a large share of a parse on header lines. For a pattern of ASCII characters without canonical look-alikes (no `K`,
/// `;` or `` ` ``, which Unicode singletons decompose to), every Character match is also a
/// byte match, so no byte match means no Character match. A byte match whose neighbouring
/// bytes are ASCII (or the string's ends) sits on grapheme boundaries and is the Character
/// match; only a first byte match next to a non-ASCII byte (a combining mark could attach
/// to it) is handed to the Character-wise search, so results never differ.
extension StringProtocol {
    /// The same as `firstRange(of: pattern)` for an ASCII `pattern` (see the type comment).
    func firstRangeASCII(of pattern: StaticString) -> Range<Index>? {
        let needle = ByteText(pattern)
        let found: Int?? = withByteTextIfAvailable { hay -> Int?? in
            guard !needle.isEmpty else { return nil }
            guard let at = hay.firstOffset(of: needle) else { return .some(nil) }
            let end = at + needle.count
            let clean = (at == 0 || hay[at - 1] < 0x80) && (end == hay.count || hay[end] < 0x80)
            return clean ? .some(at) : nil
        } ?? nil
        guard let found else { return firstRange(of: String(describing: pattern)) }
        guard let at = found else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: at)
        return lower..<utf8.index(lower, offsetBy: pattern.utf8CodeUnitCount)
    }
}
