import Testing
@testable import KamervragenKit
import TestSupport

/// `ByteText`'s searches and comparisons go through the C library and unaligned loads:
/// each must answer exactly as a plain loop over the bytes does, at every offset, near
/// both ends, and for needles that are empty, longer than the text or almost there.
@Suite struct ByteTextTests {
    /// Bytes drawn from a small alphabet, so that needles occur, nearly occur, and overlap.
    private static func bytes(_ rng: inout SeededRandom, _ count: Int) -> [UInt8] {
        let alphabet: [UInt8] = [0x61, 0x62, 0x20, 0x00, 0xC3, 0xA9, 0xFF]
        return (0..<count).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }
    }

    private static func naiveOffset(_ hay: [UInt8], _ needle: [UInt8], from: Int) -> Int? {
        guard !needle.isEmpty else { return nil }
        var i = max(0, from)
        while i + needle.count <= hay.count {
            if Array(hay[i..<(i + needle.count)]) == needle { return i }
            i += 1
        }
        return nil
    }

    @Test func searchesMatchByteLoops() {
        var rng = SeededRandom(seed: 0x5EED_B17E)
        for _ in 0..<5000 {
            let hay = Self.bytes(&rng, Int(rng.next() % 40))
            let needle = Self.bytes(&rng, Int(rng.next() % 4))
            let from = Int(rng.next() % 44) - 2
            let byte = needle.first ?? 0x61
            hay.withByteText { h in
                needle.withByteText { n in
                    #expect(h.firstOffset(of: n, from: from) == Self.naiveOffset(hay, needle, from: from), "\(hay) \(needle) \(from)")
                    #expect(h.contains(n) == (Self.naiveOffset(hay, needle, from: 0) != nil))
                    #expect(h.hasPrefix(n) == (needle.isEmpty || hay.starts(with: needle)))
                    #expect(h.hasSuffix(n) == (needle.count <= hay.count && Array(hay.suffix(needle.count)) == needle))
                    for at in [-1, 0, 1, hay.count - needle.count, hay.count, from] {
                        let want = at >= 0 && at + needle.count <= hay.count && Array(hay[at..<(at + needle.count)]) == needle
                        #expect(h.has(n, at: at) == want, "\(hay) \(needle) at \(at)")
                    }
                    let start = max(0, from)
                    let want = start < hay.count ? hay[start...].firstIndex(of: byte) : nil
                    #expect(h.firstIndex(of: byte, from: start) == want)
                    #expect(h.contains(byte: byte) == hay.contains(byte))
                }
            }
        }
    }

    @Test func equalityAndHashAreByBytes() {
        var rng = SeededRandom(seed: 42)
        for _ in 0..<2000 {
            let a = Self.bytes(&rng, Int(rng.next() % 6)), b = Self.bytes(&rng, Int(rng.next() % 6))
            a.withByteText { x in
                b.withByteText { y in
                    #expect((x == y) == (a == b))
                    if a == b { #expect(x.hashValue == y.hashValue) }
                }
            }
        }
        // Not normalised: é precomposed and e + combining acute are different bytes.
        #expect("\u{E9}".withByteText { x in "e\u{301}".withByteText { x == $0 } } == false)
        #expect(ByteText("") == ByteText())
    }

    @Test func viewsAndWordsReadTheRightBytes() {
        let text = Array("0123456789abcdef".utf8)
        text.withByteText { t in
            #expect(t.extracting(3..<7).array == Array("3456".utf8))
            #expect(t.extracting(from: 14).string == "ef")
            #expect(t.extracting(5..<5).isEmpty)
            for at in 0...8 {
                let word = t.word(at: at)
                let want = (0..<8).reduce(UInt64(0)) { $0 | UInt64(text[at + $1]) << (8 * UInt64($1)) }
                #expect(word == want, "at \(at)")
            }
        }
        let sliced = text[4..<9]
        #expect(sliced.withByteText { $0.string } == "45678")
        #expect("héllo".dropFirst().withByteText { $0.string } == "éllo")
        var out: [UInt8] = []
        "ab".withByteText { out.append($0) }
        #expect(out == [0x61, 0x62])
    }
}
