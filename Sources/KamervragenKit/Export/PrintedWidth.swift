/// How many terminal columns text takes, for wrapping `show` output and padding `outline`.
///
/// Named apart from BrowserCore's `DisplayWidth` (which the browser owns) so modules that
/// import both stay unambiguous. A deliberately small table (no wcwidth through Glibc in
/// Swift 6, see DESIGN §8):
/// East Asian wide and emoji ranges count two, zero-width and combining characters none;
/// a grapheme cluster counts as its first scalar, so "é" written as e + U+0301 is one.
public enum PrintedWidth {
    public static func of(_ s: some StringProtocol) -> Int {
        var total = 0
        for c in s { total += of(c) }
        return total
    }

    public static func of(_ c: Character) -> Int {
        guard let first = c.unicodeScalars.first else { return 0 }
        let v = first.value
        if v == 0x200B || v == 0x200C || v == 0x200D || v == 0xFEFF { return 0 }
        if first.properties.generalCategory == .nonspacingMark || first.properties.generalCategory == .enclosingMark { return 0 }
        if isWide(v) { return 2 }
        return 1
    }

    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
