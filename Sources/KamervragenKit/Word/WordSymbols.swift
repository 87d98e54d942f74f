/// Characters Word stores as a code in a symbol font (`w:sym`, and bullets in the Private
/// Use Area from U+F000), turned into the Unicode characters they show. Only the Symbol
/// font has a full published mapping; for Wingdings the usual list bullets are known,
/// and anything else becomes U+FFFD rather than a private code point no font shows.
enum WordSymbols {
    /// The Symbol font's 0x20–0x7E and 0xA0–0xFE, in order (Unicode's SYMBOL.TXT).
    private static let symbolLow = Array(" !∀#∃%&∋()∗+,−./0123456789:;<=>?≅ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ[∴]⊥_‾αβχδεφγηιϕκλμνοπθρστυϖωξψζ{|}∼")
    private static let symbolHigh = Array("€ϒ′≤⁄∞ƒ♣♦♥♠↔←↑→↓°±″≥×∝∂•÷≠≡≈…⏐⎯↵ℵℑℜ℘⊗⊕∅∩∪⊃⊇⊄⊂⊆∈∉∠∇®©™∏√⋅¬∧∨⇔⇐⇑⇒⇓◊〈®©™∑⎛⎜⎝⎡⎢⎣⎧⎨⎩⎪\u{FFFD}〉∫⌠⎮⌡⎞⎟⎠⎤⎥⎦⎫⎬⎭")
    private static let wingdings: [UInt32: Character] = [
        0x6C: "●", 0x6E: "■", 0x71: "❑", 0x75: "◆", 0x76: "❖", 0x77: "⬥", 0xA7: "▪",
        0xD8: "➢", 0xE0: "→", 0xE8: "➔", 0xFB: "✗", 0xFC: "✓", 0xFE: "☑",
    ]

    /// The character for `w:sym`'s `w:font` and `w:char` (hexadecimal, often F0xx).
    static func character(font: String?, code: String?) -> Character {
        guard let code, var value = UInt32(code, radix: 16) else { return "\u{FFFD}" }
        if value >= 0xF000 && value <= 0xF0FF { value -= 0xF000 }
        let name = (font ?? "").lowercased()
        if name == "symbol" { return symbol(value) }
        if name.hasPrefix("wingdings") { return wingdings[value] ?? "\u{FFFD}" }
        guard value >= 0x20, let scalar = Unicode.Scalar(value) else { return "\u{FFFD}" }
        return Character(scalar)
    }

    static func symbol(_ value: UInt32) -> Character {
        switch value {
        case 0x20...0x7E: symbolLow[Int(value - 0x20)]
        case 0xA0...0xFE: symbolHigh[Int(value - 0xA0)]
        default: "\u{FFFD}"
        }
    }

    /// A bullet level's label (`w:lvlText`): symbol-font codes in the Private Use Area
    /// become the bullet they show; ordinary text (`-`, `o`, `•`) stays.
    static func bullet(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar.value >= 0xF000 && scalar.value <= 0xF0FF {
                let code = scalar.value - 0xF000
                out.append(code == 0xB7 ? "•" : wingdings[code] ?? (code == 0xA7 ? "▪" : "•"))
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out.isEmpty ? "•" : out
    }
}
