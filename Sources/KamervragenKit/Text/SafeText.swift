/// The one rule for text that reaches a terminal, and the forms each output takes of it.
///
/// A document is untrusted input: an ESC or CSI in it would let the file move the cursor,
/// retitle the window or worse; a C1 control (0x9B is a one-byte CSI on terminals that
/// honour 8-bit controls) the same; bidi controls make text read differently from what it
/// is ("Trojan source"). `replacement(for:)` is the table that says which characters must
/// never reach a terminal raw and what is shown instead; every output asks it:
///
/// - `display(_:)`: what a browser cell shows (BrowserCore's layout and canvas);
/// - `line(_:)`: one line printed by `outline`, `show` and error messages;
/// - `plainText(_:)`: the browser's plain-text output into a pipe (newlines and tabs stay);
/// - `character(_:)`: the last check where a cell leaves the process (CursesTerminal).
///
/// Text from a text document has no C0 controls or DEL by the time it is parsed (the line
/// splitter reads them as spaces: docs/input-grammar.md); the replacements matter for
/// what comes from elsewhere (file names, PDF text, the C1 and bidi characters that are
/// kept) and as the last line of defence.
public enum SafeText {
    /// The visible stand-in for `scalar`, or nil when it is safe to print as it is.
    /// C0 controls become their Control Pictures (ESC shows as ␛, BEL as ␇), DEL ␡, C1
    /// controls and bidi controls �.
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

    // MARK: one line (outline, show, messages)

    /// The text with every character the table names replaced; a tab and the Unicode line
    /// and paragraph separators become a space, so the result is one line. Every other
    /// character is kept, so what `outline` and `show` print can be searched and saved.
    public static func line(_ s: some StringProtocol) -> String {
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            out.append(lineReplacement(for: scalar) ?? scalar)
        }
        return String(out)
    }

    /// True when `line` would change nothing; lets tests state the guarantee directly.
    public static func isSafeLine(_ s: some StringProtocol) -> Bool {
        s.unicodeScalars.allSatisfy { lineReplacement(for: $0) == nil }
    }

    static func lineReplacement(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x09, 0x2028, 0x2029: return " "
        default: return replacement(for: scalar)
        }
    }

    // MARK: plain text into a pipe

    /// Text for a pipe or a file: newlines and tabs are layout and stay, every other
    /// character the table names is replaced.
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

    // MARK: the last check on a cell

    /// A character made safe to print, keeping combining marks that are safe: the check
    /// repeated where bytes leave the process, so that no bug upstream can make the
    /// terminal execute a sequence.
    public static func character(_ character: Character) -> Character {
        let scalars = character.unicodeScalars
        if !scalars.contains(where: { replacement(for: $0) != nil }) { return character }
        let first = scalars.first!
        return Character(replacement(for: first) ?? first)
    }

    // MARK: browser cells

    /// What one source character becomes on screen.
    public enum Display: Hashable, Sendable {
        /// Drawn as is (possibly a space for tabs and line breaks).
        case plain(Character)
        /// A visible stand-in for something that must not reach the terminal raw, styled
        /// `.replacement` so the reader sees that it is there.
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
        if let r = replacement(for: first) { return .replacement(Character(r)) }
        if v == 0x2028 || v == 0x2029 { return .plain(" ") }
        // A control scalar may not hide inside a longer cluster either.
        if scalars.dropFirst().contains(where: { $0.properties.generalCategory == .control || isBidiControl($0.value) }) {
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

    /// The text as the screen shows it, every unsafe character replaced and invisible
    /// ones dropped: for the browser's titles and messages.
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
