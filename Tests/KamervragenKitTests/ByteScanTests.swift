import Testing
@testable import KamervragenKit
import TestSupport

/// The word-at-a-time tests must answer exactly as a byte loop does, wherever the
/// interesting byte sits in the word and whatever surrounds it.
@Suite struct ByteScanTests {
    /// A fixed pseudo-random sequence, so a failure can be reproduced.
    @Test func wordTestsMatchByteLoops() {
        var rng = SeededRandom(seed: 0x9E37_79B9_7F4A_7C15)
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
        var rng = SeededRandom(seed: 0x9E37_79B9_7F4A_7C15)
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

    /// The loader takes the binary answer from the line splitter, which counts control
    /// bytes in its own slow path (including the third byte of a broken U+20xx sequence
    /// it consumes whole): it must agree with `looksBinary` on every input, also past the
    /// 64 KiB sample.
    @Test func splitterBinaryCheckMatchesLooksBinary() {
        var rng = SeededRandom(seed: 0x9E37_79B9_7F4A_7C15)
        let pieces: [[UInt8]] = [[0x00], [0x01], [0x1F], [0x09], [0x0A], [0x0D], [0x0C], [0x0D, 0x0A], [0x7F],
                                 [0xE2, 0x80, 0x01], [0xE2, 0x80, 0x00], [0xE2, 0x80, 0x0A], [0xE2, 0x80, 0x99],
                                 [0xC2, 0xA0], [0xC3, 0xA9], [0xEF, 0xBB, 0xBF], [0xC3], [0x61], [0x20]]
        var lengths = [0, 1, 2, 3, 7, 8, 9, 20, 100, 1000]
        lengths += [TextDecoding.binarySample - 1, TextDecoding.binarySample, TextDecoding.binarySample + 2]
        var answers: Set<Bool> = []
        for length in lengths {
            for round in 0..<(length > 5000 ? 6 : 60) {
                var bytes: [UInt8] = []
                // Mostly letters, with a share of the interesting pieces that varies per round.
                let share = UInt64(1 + round % 12)
                while bytes.count < length {
                    if rng.next() % 100 < share {
                        bytes += pieces[Int(rng.next() % UInt64(pieces.count))]
                    } else {
                        bytes.append(0x61)
                    }
                }
                if length > 5000, round % 2 == 1 {
                    // Clean sample, controls only after it: never binary.
                    for k in 0..<min(bytes.count, TextDecoding.binarySample) where bytes[k] < 0x20 || bytes[k] >= 0x80 { bytes[k] = 0x61 }
                    bytes[bytes.count - 1] = 0x00
                }
                let fused = bytes.withByteText { LineSplitter.split(bytes: $0, checkingBinary: true).binary }
                #expect(fused == TextDecoding.looksBinary(bytes[...]), "length \(length) round \(round)")
                answers.insert(fused)
            }
        }
        #expect(answers == [true, false], "the inputs must include both kinds")
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
