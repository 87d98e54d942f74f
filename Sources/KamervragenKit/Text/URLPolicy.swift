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

    /// The URL as it may go into a terminal's hyperlink (OSC 8), or nil when `mayOpen`
    /// refuses it. Only printable ASCII leaves this: every other byte of its UTF-8 (and `<`,
    /// `>`, `"`, `\`, `^`, `` ` ``, `{`, `|`, `}`, which a URL may not hold raw) is
    /// percent-encoded, so no ESC, BEL, string terminator (U+009C's byte in an 8-bit
    /// terminal) or other control reaches the terminal inside the sequence, and a `%`
    /// already in the URL is left as it was written.
    public static func hyperlinkTarget(_ url: String) -> String? {
        guard mayOpen(url) else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(url.utf8.count)
        let hex: [UInt8] = Array("0123456789ABCDEF".utf8)
        for b in url.utf8 {
            switch b {
            case 0x21...0x7E where !mustEncode(b):
                out.append(b)
            default:
                out.append(0x25)
                out.append(hex[Int(b >> 4)])
                out.append(hex[Int(b & 0x0F)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func mustEncode(_ b: UInt8) -> Bool {
        switch b {
        case 0x22, 0x3C, 0x3E, 0x5C, 0x5E, 0x60, 0x7B, 0x7C, 0x7D: true // " < > \ ^ ` { | }
        default: false
        }
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
