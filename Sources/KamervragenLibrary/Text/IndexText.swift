/// Text as the index stores and matches it.
///
/// SQLite's `unicode61` tokenizer with `remove_diacritics 2` folds every letter that
/// decomposes into a base letter and marks (`creëren` → `creeren`), but not ligatures and
/// letters without a decomposition: `ĳs` would not find `ijs`, nor `fiets` the PDF
/// ligature in `ﬁets`. Those are spelled out here, before the tokenizer sees the text,
/// and queries pass through the same function so both sides agree. Invisible characters
/// that would split a word in two (soft hyphen, zero-width space) are dropped. Every
/// other character is kept as it is, private-use ones included: nothing in a document is
/// taken for the program's own markup (snippets mark matches with bytes that UTF-8 text
/// never holds, `Snippet.matchStart`).
package enum IndexText {
    package static func normalised(_ text: String) -> String {
        // Most text is ASCII or needs no change: return it as it is.
        guard text.utf8.contains(where: { $0 >= 0x80 }),
              text.unicodeScalars.contains(where: { replacement(for: $0) != nil }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let r = replacement(for: scalar) {
                out.append(contentsOf: r.unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// What a scalar becomes, or nil to keep it; the empty string drops it.
    static func replacement(for scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x133: "ij"
        case 0x132: "IJ"
        case 0xFB00: "ff"
        case 0xFB01: "fi"
        case 0xFB02: "fl"
        case 0xFB03: "ffi"
        case 0xFB04: "ffl"
        case 0xFB05, 0xFB06: "st"
        case 0xDF: "ss"
        case 0x1E9E: "SS"
        case 0xE6: "ae"
        case 0xC6: "AE"
        case 0x153: "oe"
        case 0x152: "OE"
        case 0xFE: "th"
        case 0xDE: "TH"
        case 0xF8: "o"
        case 0xD8: "O"
        case 0x142: "l"
        case 0x141: "L"
        case 0x111: "d"
        case 0x110: "D"
        case 0x131: "i"
        // Soft hyphen, zero-width space/joiners, word joiner, BOM.
        case 0xAD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: ""
        default: nil
        }
    }
}
