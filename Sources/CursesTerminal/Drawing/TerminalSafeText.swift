import KamervragenKit

/// The last line of defence against escape-sequence injection.
///
/// BrowserCore already shows control characters as visible replacements; this repeats the
/// check where bytes leave the process, so that no document, however hostile, and no bug
/// upstream can make the terminal execute a sequence. C0 controls become their Control
/// Pictures (ESC shows as ␛), DEL as ␡, C1 controls (which some terminals honour as
/// 8-bit CSI) as U+FFFD.
public enum TerminalSafeText {
    /// The replacement for one scalar, or nil when it is safe to print as it is.
    public static func replacement(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        ControlCharacters.replacement(for: scalar)
    }

    /// A character made safe to print, keeping combining marks that are safe.
    public static func character(_ character: Character) -> Character {
        let scalars = character.unicodeScalars
        if !scalars.contains(where: { replacement(for: $0) != nil }) { return character }
        let first = scalars.first!
        return Character(replacement(for: first) ?? first)
    }

    /// Text for a pipe: newlines and tabs are layout and stay, every other control
    /// character is replaced.
    public static func plainText(_ text: String) -> String {
        // Printable ASCII, line breaks and tabs (nearly every piece of a document) pass as
        // they are.
        if text.utf8.allSatisfy({ ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x0A || $0 == 0x09 }) { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\t" {
                out.append(scalar)
            } else {
                out.append(replacement(for: scalar) ?? scalar)
            }
        }
        return String(out)
    }
}
