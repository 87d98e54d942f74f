/// The one rule for characters that must never reach a terminal raw.
///
/// A document is untrusted input: an ESC or CSI in it would let the file move the cursor,
/// retitle the window or worse; bidi controls make text read differently from what it is
/// ("Trojan source"). The browser's cells, the plain-text commands and the last check
/// where bytes leave the process all ask this table, so they cannot drift apart.
public enum ControlCharacters {
    /// The visible stand-in for `scalar`, or nil when it is safe to print as it is.
    /// C0 controls become their Control Pictures (ESC shows as ␛), DEL ␡, and C1 controls
    /// (0x9B is a one-byte CSI on terminals that honour 8-bit controls) and bidi controls �.
    public static func replacement(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let v = scalar.value
        switch v {
        case 0x00..<0x20: return Unicode.Scalar(0x2400 + v)
        case 0x7F: return "\u{2421}"
        case 0x80..<0xA0: return "\u{FFFD}"
        default: return isBidiControl(v) ? "\u{FFFD}" : nil
        }
    }

    /// Embeddings, overrides, isolates and the directional marks.
    public static func isBidiControl(_ v: UInt32) -> Bool {
        (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0x061C
    }
}
