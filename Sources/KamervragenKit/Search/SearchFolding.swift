/// Folding of text into search units: diacritics stripped, ligatures and typographic
/// variants mapped to what a reader types on a plain keyboard.
///
/// Readers type `creeren` and expect `creëren`; they type `'` and expect `’`. Folding
/// works per Unicode scalar so the stdlib is enough (no Foundation): combining marks are
/// dropped, precomposed Latin letters map to their base letter through constant tables,
/// and a few letters without a decomposition (ß, æ, ĳ) spell out what readers type.
///
/// Nothing is built at start-up: the tables are string literals in the binary's read-only
/// data. (They used to be a dictionary derived from the scalars' Unicode names on first
/// use, a visible share of the time to the first screen.)
public enum SearchFolding {
    /// Appends the folded, case-preserved units of one scalar to `out`.
    @inline(__always)
    public static func appendFolded(_ scalar: Unicode.Scalar, to out: inout [UInt32]) {
        let v = scalar.value
        if v < 0x80 {
            out.append(v)
            return
        }
        if let base = latinBase(v) {
            out.append(base)
            return
        }
        if appendSpecial(v, to: &out) { return }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            return
        case .spaceSeparator:
            out.append(0x20)
        case .dashPunctuation:
            out.append(0x2D)
        default:
            out.append(v)
        }
    }

    /// Lower-cases one folded unit; ASCII takes a fast path because it is most of the text.
    @inline(__always)
    public static func lowercased(_ unit: UInt32) -> UInt32 {
        if unit < 0x80 {
            return (unit >= 0x41 && unit <= 0x5A) ? unit + 0x20 : unit
        }
        guard let scalar = Unicode.Scalar(unit) else { return unit }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first!.value : unit
    }

    /// Folds a whole string; used for queries and by callers that search plain strings.
    public static func fold(_ text: String, caseSensitive: Bool) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars { appendFolded(scalar, to: &out) }
        if !caseSensitive {
            for i in out.indices { out[i] = lowercased(out[i]) }
        }
        return out
    }

    /// The base letter of a precomposed Latin letter ("LATIN SMALL LETTER E WITH
    /// DIAERESIS" → `e`), or nil. Covers Latin-1 Supplement to Latin Extended-B and Latin
    /// Extended Additional, where all of Dutch, German, French and the Nordic languages live.
    @inline(__always)
    static func latinBase(_ v: UInt32) -> UInt32? {
        if v >= 0xC0 && v <= 0x24F { return letter(in: latinBasesC0, at: Int(v - 0xC0)) }
        if v >= 0x1E00 && v <= 0x1EFF { return letter(in: latinBases1E00, at: Int(v - 0x1E00)) }
        return nil
    }

    /// Reads entry `offset` of a table laid out as rows of 32 letters, each row ended by a
    /// line break; `.` means "no base letter".
    @inline(__always)
    private static func letter(in table: StaticString, at offset: Int) -> UInt32? {
        let byte = table.utf8Start[offset / 32 * 33 + offset % 32]
        return byte == UInt8(ascii: ".") ? nil : UInt32(byte)
    }

    /// Scalars whose folding is not a single base letter: letters without a decomposition
    /// and typographic quotes. Returns false when `v` is none of them.
    @inline(__always)
    private static func appendSpecial(_ v: UInt32, to out: inout [UInt32]) -> Bool {
        switch v {
        case 0xDF: out.append(0x73); out.append(0x73)           // ß → ss
        case 0x1E9E: out.append(0x53); out.append(0x53)         // ẞ → SS
        case 0xE6: out.append(0x61); out.append(0x65)           // æ → ae
        case 0xC6: out.append(0x41); out.append(0x45)           // Æ → AE
        case 0x153: out.append(0x6F); out.append(0x65)          // œ → oe
        case 0x152: out.append(0x4F); out.append(0x45)          // Œ → OE
        case 0x133: out.append(0x69); out.append(0x6A)          // ĳ → ij
        case 0x132: out.append(0x49); out.append(0x4A)          // Ĳ → IJ
        case 0xFE: out.append(0x74); out.append(0x68)           // þ → th
        case 0xDE: out.append(0x54); out.append(0x48)           // Þ → TH
        case 0x131: out.append(0x69)                            // ı → i
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032: out.append(0x27)  // ‘ ’ ‚ ‛ ′ → '
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033: out.append(0x22)  // “ ” „ ‟ ″ → "
        case 0x2026: out.append(0x2E); out.append(0x2E); out.append(0x2E)  // … → ...
        default: return false
        }
        return true
    }

    /// Base letters of U+00C0...U+024F, 32 scalars a row (the first row is U+00C0).
    /// Derived from the Unicode names; `SearchFoldingTableTests` re-derives and compares.
    static let latinBasesC0: StaticString = """
        AAAAAA.CEEEEIIII.NOOOOO.OUUUUY..
        aaaaaa.ceeeeiiii.nooooo.ouuuuy.y
        AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGg
        GgGgHhHhIiIiIiIiI...JjKk.LlLlLlL
        lLlNnNnNn...OoOoOo..RrRrRrSsSsSs
        SsTtTtTtUuUuUuUuUuUuWwYyYZzZzZz.
        bBBb...Cc.DDd....FfG...IKkl..NnO
        Oo..Pp.....tTtTUu.VYyZz.........
        .....D..L..N.AaIiOoUuUuUuUuUu.Aa
        Aa..GgGgKkOoOo..j.D.Gg..NnAa..Oo
        AaAaEeEeIiIiOoOoRrRrUuUuSsTt..Hh
        Nd..ZzAaEeOoOoOoOoYylnt...ACcLTs
        z..B..EeJj.qRrYy
        """

    /// Base letters of U+1E00...U+1EFF (Latin Extended Additional), 32 scalars a row.
    static let latinBases1E00: StaticString = """
        AaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFf
        GgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMm
        MmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRr
        SsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVv
        WwWwWwWwWwXxXxYyZzZzZzhtwya.....
        AaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEe
        EeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOo
        OoOoUuUuUuUuUuUuUuYyYyYyYy....Yy
        """
}
