/// The one rule for which URLs the program hands to another program (a web browser, a
/// terminal's hyperlink): only web URLs, and only ones that cannot be read as more than
/// one argument or smuggle a control sequence.
///
/// A document is untrusted: a `file:`, `javascript:` or crafted-scheme URL in it must not
/// turn into something the user's opener runs, and a URL with a space, a control
/// character or a bidi control could be split, or shown as something it is not. The
/// browser asks this before it asks the terminal to open a link, and the terminal asks
/// again before it starts a program, so neither can drift from the other.
public enum URLPolicy {
    /// True for an `http://` or `https://` URL (scheme in any case) with something after
    /// the `//`, no whitespace, and nothing `SafeText` would replace (C0 and C1 controls,
    /// DEL, bidi controls).
    public static func mayOpen(_ url: String) -> Bool {
        let scalars = url.unicodeScalars
        let scheme: Int
        if hasPrefix(scalars, "https://") { scheme = 8 } else if hasPrefix(scalars, "http://") { scheme = 7 } else { return false }
        guard scalars.count > scheme else { return false }
        return !scalars.contains { $0.properties.isWhitespace || SafeText.replacement(for: $0) != nil }
    }

    /// A case-insensitive prefix test on ASCII letters, without lowercasing the whole URL.
    private static func hasPrefix(_ scalars: String.UnicodeScalarView, _ prefix: StaticString) -> Bool {
        var it = scalars.makeIterator()
        return prefix.withUTF8Buffer { p in
            for b in p {
                guard let s = it.next(), s.isASCII else { return false }
                var v = UInt8(s.value)
                if v >= 0x41 && v <= 0x5A { v += 0x20 }
                if v != b { return false }
            }
            return true
        }
    }
}
