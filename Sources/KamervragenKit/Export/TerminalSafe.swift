/// Makes document text safe to print on a terminal.
///
/// A document is untrusted input: an ESC or CSI byte in it would let the file move the
/// cursor, retitle the window or worse when `outline` or `show` prints it. Every control
/// character becomes a visible stand-in (the Unicode "control pictures", ␛ for ESC), so
/// the reader sees that something odd is there instead of the terminal acting on it.
public enum TerminalSafe {
    /// The text with every control character replaced; a tab becomes a space.
    public static func sanitised(_ s: some StringProtocol) -> String {
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            out.append(replacement(for: scalar) ?? scalar)
        }
        return String(out)
    }

    /// True when `sanitised` would change nothing; lets tests state the guarantee directly.
    public static func isSafe(_ s: some StringProtocol) -> Bool {
        s.unicodeScalars.allSatisfy { replacement(for: $0) == nil }
    }

    static func replacement(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let v = scalar.value
        switch v {
        case 0x09: return " "
        case 0x00...0x1F: return Unicode.Scalar(0x2400 + v)  // ␀ … ␟ (␛ for ESC)
        case 0x7F: return "\u{2421}"  // ␡
        // C1 controls: 0x9B is a one-byte CSI on terminals that honour 8-bit controls.
        case 0x80...0x9F: return "\u{FFFD}"
        // Bidi overrides and isolates reorder what follows on screen ("Trojan source").
        case 0x202A...0x202E, 0x2066...0x2069: return "\u{FFFD}"
        // Line and paragraph separators: some terminals break lines on them.
        case 0x2028, 0x2029: return " "
        default: return nil
        }
    }
}
