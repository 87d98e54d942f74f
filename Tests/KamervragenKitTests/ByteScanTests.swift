import Testing
@testable import KamervragenKit

/// The word-at-a-time tests must answer exactly as a byte loop does, wherever the
/// interesting byte sits in the word and whatever surrounds it.
@Suite struct ByteScanTests {
    /// A fixed pseudo-random sequence, so a failure can be reproduced.
    struct Bytes: RandomNumberGenerator {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state
        }
    }

    @Test func wordTestsMatchByteLoops() {
        var rng = Bytes()
        // Bytes drawn mostly from the edges that matter: 0x00, 0x1F/0x20, the searched byte.
        let interesting: [UInt8] = [0x00, 0x01, 0x09, 0x0A, 0x0C, 0x0D, 0x1F, 0x20, 0x21, 0x2F, 0x30, 0x35, 0x39, 0x3A, 0x5A, 0x5B, 0x5C,
                                   0x68, 0x7E, 0x7F, 0x80, 0xAF, 0xB0, 0xB9, 0xBA, 0xEE, 0xFF]
        for _ in 0..<20_000 {
            let bytes = (0..<8).map { _ in interesting[Int(rng.next() % UInt64(interesting.count))] }
            let word = bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
            for target: UInt8 in [0x00, 0x5B, 0x68, 0xEE] {
                #expect(ByteScan.has(word, target) == bytes.contains(target))
            }
            #expect(ByteScan.hasBelow0x20(word) == bytes.contains { $0 < 0x20 })
            #expect(ByteScan.allPrintableASCII(word) == bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F })
            #expect(ByteScan.hasDigit(word) == bytes.contains { $0 >= 0x30 && $0 <= 0x39 })
            // The mask forms answer per byte: each set high bit is exactly one such byte.
            func mask(_ test: (UInt8) -> Bool) -> UInt64 {
                bytes.enumerated().reduce(0) { $0 | (test($1.element) ? UInt64(0x80) << (8 * UInt64($1.offset)) : 0) }
            }
            #expect(ByteScan.zeroBytes(word) == mask { $0 == 0 })
            #expect(ByteScan.bytesBelow0x20(word) == mask { $0 < 0x20 })
            for target: UInt8 in [0x09, 0x0A, 0x0C, 0x0D] {
                #expect(ByteScan.bytesEqual(word, target) == mask { $0 == target })
            }
        }
    }

    @Test func binaryCheckMatchesByteLoop() {
        var rng = Bytes()
        for length in [0, 1, 7, 8, 9, 15, 16, 17, 100, 1000] {
            for _ in 0..<50 {
                let bytes = (0..<length).map { _ -> UInt8 in
                    let r = rng.next() % 40
                    return r < 2 ? UInt8(r * 9) : r < 6 ? 0x0A : r < 8 ? UInt8(truncatingIfNeeded: rng.next() % 0x20) : 0x61
                }
                var controls = 0
                var nul = false
                for b in bytes {
                    if b == 0 { nul = true }
                    if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C { controls += 1 }
                }
                let expected = nul || controls * 20 > bytes.count
                #expect(TextDecoding.looksBinary(bytes[...]) == expected)
            }
        }
    }

    @Test func prefixBytes() {
        #expect("ah-tk-2024".hasPrefixBytes("ah-tk-"))
        #expect(!"ah-t".hasPrefixBytes("ah-tk-"))
        #expect("’s-Gravenhage 2024".hasPrefixBytes("’s-Gravenhage"))
        #expect("x".hasPrefixBytes(""))
        #expect("".hasPrefixBytes(""))
        #expect(!"".hasPrefixBytes("a"))
        #expect(!"bh-tk-".hasPrefixBytes("ah-tk-"))
    }
}
