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

    /// Layout whitespace becomes a space; everything else follows `ControlCharacters`.
    static func replacement(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x09, 0x2028, 0x2029: return " "
        default: return ControlCharacters.replacement(for: scalar)
        }
    }
}
