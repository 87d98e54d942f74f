import Testing
@testable import KamervragenKit
import TestSupport

/// Lines are byte ranges into chunks of the normalised input, and the splitter checks
/// UTF-8 itself instead of decoding each line: both must hold at chunk edges and on
/// malformed bytes, where the loader's Windows-1252 fallback depends on the flag.
@Suite struct LineBytesTests {
    private func split(_ bytes: [UInt8]) -> (lines: [SourceLine], repaired: Bool) {
        bytes.withByteText { LineSplitter.split(bytes: $0) }
    }

    @Test(arguments: [
        ([0xC3, 0xA9], false),                    // é
        ([0xF0, 0x9F, 0x98, 0x80], false),        // a four-byte emoji
        ([0xED, 0x9F, 0xBF], false),              // U+D7FF, just below the surrogates
        ([0xE2, 0x80, 0x99], false),              // ’ through the U+20xx branch
        ([0xC0, 0x80], true),                     // overlong NUL
        ([0xE0, 0x80, 0x80], true),               // overlong three-byte form
        ([0xED, 0xA0, 0x80], true),               // a surrogate
        ([0xF4, 0x90, 0x80, 0x80], true),         // past U+10FFFF
        ([0xF5, 0x80, 0x80, 0x80], true),         // no such lead byte
        ([0xC3], true),                           // cut off at the end
        ([0xC3, 0x0A, 0xA9], true),               // cut off by a line end
        ([0xE2, 0x80, 0x41], true),               // U+20xx lead with an ASCII third byte
        ([0xA9], true),                           // a lone continuation byte
    ] as [([UInt8], Bool)])
    func utf8CheckMatchesTheStandardLibrary(bytes: [UInt8], malformed: Bool) {
        let input = Array("a ".utf8) + bytes + Array(" b".utf8)
        #expect(split(input).repaired == malformed, "\(bytes)")
        #expect((String(validating: input, as: UTF8.self) == nil) == malformed, "\(bytes)")
    }

    @Test func repairedFlagAgreesWithDecodingEveryLine() {
        var random = SeededRandom(seed: 99)
        func next() -> UInt64 { random.next() }
        let pieces: [[UInt8]] = [
            Array("Vraag 1".utf8), [0x20], [0x0A], [0x0D, 0x0A], [0x0C], [0x09], [0xC2, 0xA0],
            [0xE2, 0x80, 0x91], [0xE2, 0x80, 0x8B], [0xE2, 0x80, 0x98], [0xEF, 0xBB, 0xBF],
            Array("ë".utf8), Array("😀".utf8), [0xC2], [0xE2], [0xE2, 0x80], [0xF0, 0x9F], [0xFF],
        ]
        var sawBoth = (false, false)
        for _ in 0..<3000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(next() % 10) { bytes += pieces[Int(next() % UInt64(pieces.count))] }
            let want = LineSplitterTests.reference(bytes).contains { $0.0.contains("\u{FFFD}") }
            #expect(split(bytes).repaired == want, "\(bytes)")
            if want { sawBoth.0 = true } else { sawBoth.1 = true }
        }
        #expect(sawBoth == (true, true))
    }

    @Test func linesAcrossChunksMatchTheByteRules() {
        var random = SeededRandom(seed: 7)
        func next() -> UInt64 { random.next() }
        var bytes: [UInt8] = []
        // Several chunks' worth of lines of all lengths, one line longer than a chunk,
        // and CR-only line ends (which the LF look-ahead does not see).
        while bytes.count < 5 * LineSplitter.chunkSize {
            let length = Int(next() % 300)
            for k in 0..<length { bytes.append(k % 17 == 0 ? 0x20 : UInt8(0x61 + next() % 26)) }
            if next() % 5 == 0 { bytes += [0xC2, 0xA0, 0xC3, 0xA9] }
            bytes.append(next() % 7 == 0 ? 0x0D : 0x0A)
            if bytes.count > 2 * LineSplitter.chunkSize && bytes.count < 2 * LineSplitter.chunkSize + 400 {
                bytes += [UInt8](repeating: 0x62, count: LineSplitter.chunkSize + 1000) + [0x0A]
            }
        }
        let (got, repaired) = split(bytes)
        let want = LineSplitterTests.reference(bytes)
        #expect(!repaired)
        #expect(got.count == want.count)
        for (g, w) in zip(got, want) {
            #expect(g.text == w.0 && g.number == w.1 && g.pageBreak == w.2 && g.trailingSpace == w.3)
            #expect(g.byteCount == w.0.utf8.count)
        }
        #expect(got.contains { $0.byteCount > LineSplitter.chunkSize })
    }

    @Test func releasedAndRewrittenLines() {
        var lines = split(Array("  één\u{0C}twee \nVraag 3".utf8)).lines
        #expect(lines.map(\.text) == ["één", "twee", "Vraag 3"])
        #expect(lines[1].firstByte == 0x74 && lines[1].pageBreak && lines[1].trailingSpace)
        #expect(lines[2].hasPrefix(Array("Vraag".utf8)) && !lines[2].hasPrefix(Array("Vraag 3 ".utf8)))
        #expect(lines[2].contains(Array("g 3".utf8)) && !lines[2].contains(Array("g 4".utf8)))
        lines[1].releaseText()
        #expect(lines[1].isBlank && lines[1].text.isEmpty && lines[1].firstByte == nil)
        #expect(lines[1].number == 1 && lines[1].pageBreak)
        lines[0].text = "drie"
        #expect(lines[0].text == "drie" && lines[0].byteCount == 4 && lines[2].text == "Vraag 3")
    }
}
