import Testing
@testable import KamervragenKit
import TestSupport

/// The byte search must give exactly the Character-wise answer, including where a
/// combining mark or a multi-byte letter sits right next to a would-be match.
@Suite struct ASCIISearchTests {
    /// Pieces chosen to build near-misses and look-alikes: the pattern whole and cut,
    /// combining acute and diaeresis, a precomposed letter, a curly quote, a ZWJ.
    static let pieces = ["(ingezonden", "(ontvangen", "(ing", "ezonden", "(", ")", " ", "a", "n",
                         "\u{301}", "\u{308}", "ë", "’", "\u{200D}", "x (ontvangen 3 mei)", "\u{0600}"]

    @Test func matchesCharacterSearch() {
        var rng = SeededRandom(seed: 0x2545_F491_4F6C_DD1D)
        for _ in 0..<20_000 {
            let count = Int(rng.next() % 7)
            let text = (0..<count).map { _ in Self.pieces[Int(rng.next() % UInt64(Self.pieces.count))] }.joined()
            for pattern: StaticString in ["(ingezonden", "(ontvangen"] {
                let expected = text.firstRange(of: String(describing: pattern))
                #expect(text.firstRangeASCII(of: pattern) == expected, "\(text.unicodeScalars.map { $0.value })")
                let sub = text.dropFirst()
                #expect(sub.firstRangeASCII(of: pattern) == sub.firstRange(of: String(describing: pattern)))
            }
        }
    }

    @Test func combiningMarkAfterMatchIsNoMatch() {
        #expect("a (ontvangen\u{301} 3 mei)".firstRangeASCII(of: "(ontvangen") == nil)
        let text = "b (ingezonden 6 mei 2024)."
        let r = text.firstRangeASCII(of: "(ingezonden")
        #expect(r.map { String(text[$0]) } == "(ingezonden")
        #expect(r.map { text[$0.upperBound...] } == " 6 mei 2024).")
    }
}
