/// Folding of text into search units: diacritics stripped, ligatures and typographic
/// variants mapped to what a reader types on a plain keyboard.
///
/// Readers type `creeren` and expect `creëren`; they type `'` and expect `’`. Folding
/// works per Unicode scalar so the stdlib is enough (no Foundation): combining marks are
/// dropped, precomposed Latin letters map to their base letter through a table built
/// once from the scalars' Unicode names (the stdlib has no public decomposition API).
public enum SearchFolding {
    /// Appends the folded, case-preserved units of one scalar to `out`.
    @inline(__always)
    public static func appendFolded(_ scalar: Unicode.Scalar, to out: inout [UInt32]) {
        let v = scalar.value
        if v < 0x80 {
            out.append(v)
            return
        }
        if let mapped = table[v] {
            out.append(contentsOf: mapped)
            return
        }
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

    /// Scalars whose folding is not "drop the marks": letters without a decomposition
    /// (ß, æ, ø, ĳ) and typographic quotes, plus every decomposable Latin letter.
    static let table: [UInt32: [UInt32]] = {
        var t: [UInt32: [UInt32]] = [:]
        func add(_ from: UInt32, _ to: String) { t[from] = to.unicodeScalars.map(\.value) }
        let latinRanges: [ClosedRange<UInt32>] = [0xC0...0x24F, 0x1E00...0x1EFF]
        for range in latinRanges {
            for v in range {
                guard let scalar = Unicode.Scalar(v), let base = latinBase(of: scalar) else { continue }
                t[v] = [base]
            }
        }
        add(0xDF, "ss"); add(0x1E9E, "SS")
        add(0xE6, "ae"); add(0xC6, "AE")
        add(0x153, "oe"); add(0x152, "OE")
        add(0x133, "ij"); add(0x132, "IJ")
        add(0xFE, "th"); add(0xDE, "TH")
        add(0x131, "i")
        for v: UInt32 in [0x2018, 0x2019, 0x201A, 0x201B, 0x2032] { add(v, "'") }
        for v: UInt32 in [0x201C, 0x201D, 0x201E, 0x201F, 0x2033] { add(v, "\"") }
        add(0x2026, "...")
        return t
    }()

    /// "LATIN SMALL LETTER E WITH DIAERESIS" → `e`; nil when the name has no such shape.
    private static func latinBase(of scalar: Unicode.Scalar) -> UInt32? {
        guard let name = scalar.properties.name, let with = name.firstRange(of: " WITH ") else { return nil }
        let head = name[..<with.lowerBound]
        let small = "LATIN SMALL LETTER "
        let capital = "LATIN CAPITAL LETTER "
        var letter: Substring
        var isSmall: Bool
        if head.hasPrefix(small) {
            letter = head.dropFirst(small.count); isSmall = true
        } else if head.hasPrefix(capital) {
            letter = head.dropFirst(capital.count); isSmall = false
        } else {
            return nil
        }
        guard letter.count == 1, let ascii = letter.first?.asciiValue, ascii >= 0x41, ascii <= 0x5A else { return nil }
        return UInt32(ascii) + (isSmall ? 0x20 : 0)
    }
}
