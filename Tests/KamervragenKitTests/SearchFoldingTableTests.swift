import Testing
@testable import KamervragenKit

/// The folding tables are literals for start-up speed; these tests re-derive them from
/// the Unicode names the stdlib knows, so a typo in a literal cannot pass unnoticed.
@Suite struct SearchFoldingTableTests {
    /// "LATIN SMALL LETTER E WITH DIAERESIS" → `e`; nil when the name has no such shape.
    static func baseFromName(_ v: UInt32) -> UInt32? {
        guard let scalar = Unicode.Scalar(v), let name = scalar.properties.name,
              let with = name.firstRange(of: " WITH ") else { return nil }
        let head = name[..<with.lowerBound]
        for (prefix, offset) in [("LATIN SMALL LETTER ", UInt32(0x20)), ("LATIN CAPITAL LETTER ", 0)]
        where head.hasPrefix(prefix) {
            let letter = head.dropFirst(prefix.count)
            guard letter.count == 1, let ascii = letter.first?.asciiValue, ascii >= 0x41, ascii <= 0x5A else { return nil }
            return UInt32(ascii) + offset
        }
        return nil
    }

    @Test(arguments: [UInt32(0xC0)...0x24F, 0x1E00...0x1EFF])
    func everyPrecomposedLetterMapsToItsNamedBase(_ range: ClosedRange<UInt32>) {
        var mapped = 0
        for v in range {
            #expect(SearchFolding.latinBase(v) == Self.baseFromName(v), "U+\(String(v, radix: 16, uppercase: true))")
            if SearchFolding.latinBase(v) != nil { mapped += 1 }
        }
        // Most of both blocks are letters with marks; an empty table would fail here.
        #expect(mapped > range.count / 2)
    }

    @Test func nothingOutsideTheTablesIsTreatedAsALatinLetter() {
        for v: UInt32 in [0x41, 0x7A, 0xBF, 0x250, 0x1DFF, 0x1F00, 0x0435] {
            #expect(SearchFolding.latinBase(v) == nil)
        }
    }

    @Test func lettersWithoutDecompositionSpellOut() {
        func folded(_ s: String) -> String {
            String(String.UnicodeScalarView(SearchFolding.fold(s, caseSensitive: true).compactMap(Unicode.Scalar.init)))
        }
        #expect(folded("ßẞæÆœŒĳĲþÞı") == "ssSSaeAEoeOEijIJthTHi")
        #expect(folded("‘’‚‛′“”„‟″…") == "'''''\"\"\"\"\"...")
        #expect(folded("Ĳsselmeer, ‘één’ café") == "IJsselmeer, 'een' cafe")
        // Marks alone vanish, spaces and dashes become their ASCII forms.
        #expect(folded("e\u{301}\u{A0}\u{2013}\u{200B}x") == "e -x")
    }
}
