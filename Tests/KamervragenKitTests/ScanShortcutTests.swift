import Testing
@testable import KamervragenKit
import TestSupport

/// The parse path's shortcuts (stretches passed over whole, words of eight bytes) must
/// answer exactly as the plain byte loops they replaced, on text built from the pieces
/// that decide their answers: URL forms, `www.`, slashes, stop bytes, digits, `[`.
@Suite struct ScanShortcutTests {
    static let pieces: [String] = [
        "https://nos.nl/artikel/12", "http://x.nl", "www.rijksoverheid.nl", "www.", "ww.", "w", "wordt",
        "nos.nl/a", "nu.nl", "/", "//", " ", "  ", "(", ")", ".", ",", "\"", "<", ">", "«", "“", "é",
        "\u{E000}", "het", "h", "http", "hwww.x", "a/b", "1", "23", "[", "]", "[4", "x", "EIB", "de",
    ]

    static func text(_ rng: inout SeededRandom) -> [UInt8] {
        let count = Int(rng.next() % 24)
        return Array((0..<count).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined().utf8)
    }

    /// What `URLScanner.urls` did before: `url(in:at:)` tried at every byte.
    static func urlsByteByByte(_ b: [UInt8]) -> [String] {
        var out: [String] = []
        var i = 0
        while i < b.count {
            if let (e, u) = URLScanner.url(in: b, at: i) { out.append(u); i = e } else { i += 1 }
        }
        return out
    }

    @Test func urlStretchesMatchTheByteWalk() {
        var rng = SeededRandom(seed: 0x2545_F491_4F6C_DD1D)
        var found = 0
        for _ in 0..<20_000 {
            let b = Self.text(&rng)
            let expected = Self.urlsByteByByte(b)
            found += expected.count
            #expect(URLScanner.urls(in: b) == expected, "\(String(decoding: b, as: UTF8.self))")
        }
        // The inputs do reach the URL forms, so the comparison is not only of empty lists.
        #expect(found > 1_000)
    }

    @Test func firstDigitOrBracketMatchesTheByteLoop() {
        var rng = SeededRandom(seed: 0x2545_F491_4F6C_DD1D)
        for _ in 0..<20_000 {
            let b = Self.text(&rng)
            let from = b.isEmpty ? 0 : Int(rng.next() % UInt64(b.count + 1))
            var expected = from
            while expected < b.count, !(b[expected] >= 0x30 && b[expected] <= 0x39), b[expected] != 0x5B { expected += 1 }
            #expect(b.withByteText { firstDigitOrBracket($0, from: from) } == expected)
        }
    }
}
