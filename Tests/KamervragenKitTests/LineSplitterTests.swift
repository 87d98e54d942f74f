import Testing
@testable import KamervragenKit
import TestSupport

/// The splitter writes every line, normalised, into chunks that the lines point into;
/// the result must agree with the rules applied one byte at a time.
@Suite struct LineSplitterTests {
    /// The normalising rules, applied to a copy of every line, the plain way.
    static func reference(_ bytes: [UInt8]) -> [(String, Int, Bool, Bool)] {
        var out: [(String, Int, Bool, Bool)] = []
        var cur: [UInt8] = []
        var lineNo = 1, pageBreak = false
        func emit() {
            var end = cur.count
            while end > 0 && cur[end - 1] == 0x20 { end -= 1 }
            var start = 0
            while start < end && cur[start] == 0x20 { start += 1 }
            out.append((String(decoding: cur[start..<end], as: UTF8.self), lineNo, pageBreak, end < cur.count))
            cur = []; pageBreak = false
        }
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == 0x0A { emit(); lineNo += 1 }
            else if b == 0x0D { emit(); lineNo += 1; if i + 1 < n && bytes[i + 1] == 0x0A { i += 1 } }
            else if b == 0x0C { emit(); pageBreak = true }
            else if b == 0x09 { cur.append(0x20) }
            else if b == 0xC2 && i + 1 < n && bytes[i + 1] == 0xA0 { cur.append(0x20); i += 1 }
            else if b == 0xE2 && i + 2 < n && bytes[i + 1] == 0x80 {
                let c = bytes[i + 2]
                if c == 0x91 { cur.append(0x2D) }
                else if c == 0xAF || (0x80...0x8A).contains(c) { cur.append(0x20) }
                else if !(0x8B...0x8D).contains(c) { cur += [b, 0x80, c] }
                i += 2
            }
            else if b == 0xEF && i + 2 < n && bytes[i + 1] == 0xBB && bytes[i + 2] == 0xBF { i += 2 }
            else if b < 0x20 || b == 0x7F { cur.append(0x20) }
            else { cur.append(b) }
            i += 1
        }
        if !cur.isEmpty || out.isEmpty || pageBreak { emit() }
        return out
    }

    @Test func agreesWithByteRules() {
        var random = SeededRandom(seed: 12345)
        func next() -> UInt64 { random.next() }
        let pieces: [[UInt8]] = [
            Array("Vraag 1".utf8), Array("het".utf8), [0x20], [0x20, 0x20], [0x0A], [0x0D], [0x0D, 0x0A], [0x0C],
            [0x09], [0xC2, 0xA0], [0xE2, 0x80, 0x91], [0xE2, 0x80, 0x8B], [0xE2, 0x80, 0xAF], [0xE2, 0x80, 0x98],
            [0xEF, 0xBB, 0xBF], [0x01], [0x7F], Array("ë".utf8), [0xC2], [0xE2], [0xE2, 0x80],
        ]
        for _ in 0..<3000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(next() % 12) { bytes += pieces[Int(next() % UInt64(pieces.count))] }
            let got = bytes.withByteText { LineSplitter.split(bytes: $0).lines }
            let want = Self.reference(bytes)
            #expect(got.count == want.count, "\(bytes)")
            for (g, w) in zip(got, want) {
                #expect(g.text == w.0 && g.number == w.1 && g.pageBreak == w.2 && g.trailingSpace == w.3, "\(bytes)")
            }
        }
    }
}
