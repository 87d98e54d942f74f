/// Turns document text into characters that are safe to put in a cell.
///
/// Documents come from Word, PDFs and the web; a stray ESC or C1 control would let a
/// document drive the user's terminal (escape-sequence injection), and bidi overrides
/// can make text read differently from what it is. Every such character is shown as a
/// visible replacement instead, styled `.replacement`, so the reader sees that it is there.
public enum SafeText {
    /// What one source character becomes on screen.
    public enum Display: Hashable, Sendable {
        /// Drawn as is (possibly a space for tabs and line breaks).
        case plain(Character)
        /// A visible stand-in for something that must not reach the terminal raw.
        case replacement(Character)
        /// An invisible format character (zero-width space, soft hyphen): not drawn.
        case hidden
    }

    public static func display(_ ch: Character) -> Display {
        let scalars = ch.unicodeScalars
        guard let first = scalars.first else { return .hidden }
        let v = first.value
        if v >= 0x20 && v < 0x7F && scalars.count == 1 { return .plain(ch) }
        if ch == "\t" || ch == "\n" || ch == "\r" || ch == "\r\n" { return .plain(" ") }
        if let r = ControlCharacters.replacement(for: first) { return .replacement(Character(r)) }
        if v == 0x2028 || v == 0x2029 { return .plain(" ") }
        // A control scalar may not hide inside a longer cluster either.
        if scalars.dropFirst().contains(where: { $0.properties.generalCategory == .control || ControlCharacters.isBidiControl($0.value) }) {
            return .replacement("\u{FFFD}")
        }
        switch first.properties.generalCategory {
        case .format:
            return scalars.count == 1 ? .hidden : .plain(ch)
        case .nonspacingMark, .enclosingMark:
            // A mark with nothing to sit on gets a dotted circle, as Unicode suggests.
            var s = "\u{25CC}"
            s.unicodeScalars.append(contentsOf: scalars)
            return .plain(Character(s))
        case .privateUse where v == 0xF0B7:
            return .plain("\u{2022}") // Word's Symbol-font bullet
        case .unassigned, .surrogate, .privateUse:
            return .replacement("\u{FFFD}")
        default:
            return .plain(ch)
        }
    }

    /// The text with every unsafe character replaced: for plain-text output.
    public static func sanitized(_ text: some StringProtocol) -> String {
        var out = ""
        for ch in text {
            switch display(ch) {
            case .plain(let c), .replacement(let c): out.append(c)
            case .hidden: break
            }
        }
        return out
    }
}
