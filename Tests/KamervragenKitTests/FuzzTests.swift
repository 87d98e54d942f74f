import Testing
@testable import KamervragenKit
import TestSupport

/// Mutated corpus text (byte flips, line deletions and duplications, truncations, spliced
/// headings) must never crash the parser, and question/answer links must stay consistent.
@Test func mutatedCorpusNeverBreaksLinks() throws {
    let sources = try Corpus.expectations().map { try Fixture.bytes($0.fixturePath) }
    var rng = SeededRandom(seed: 20241129)
    let splices = ["\nVraag 3\n", "\nAntwoord\n", "\nAntwoord op vragen 2 t/m 9\n", "[footnoteRef:1]", " [1: x]",
                   "\n1) bron\n", "\u{0C}", "\nMededeling\n", "\nVraag 2l\n", "\n4. \n", "\r", "1Bron\n"].map { Array($0.utf8) }
    var runs = 0
    for round in 0..<2500 {
        var bytes = sources[round % sources.count]
        let mutations = 1 + Int(rng.next() % 6)
        for _ in 0..<mutations {
            guard !bytes.isEmpty else { break }
            let at = Int(rng.next() % UInt64(bytes.count))
            switch rng.next() % 6 {
            case 0: bytes[at] = UInt8(truncatingIfNeeded: rng.next())
            case 1: bytes.removeSubrange(at..<min(bytes.count, at + Int(rng.next() % 400)))
            case 2:
                let len = Int(rng.next() % 300)
                let piece = Array(bytes[at..<min(bytes.count, at + len)])
                bytes.insert(contentsOf: piece, at: Int(rng.next() % UInt64(bytes.count)))
            case 3: bytes.removeSubrange(Int(rng.next() % UInt64(bytes.count))...)
            case 4: bytes.insert(contentsOf: splices[Int(rng.next() % UInt64(splices.count))], at: at)
            default:
                // Swap two lines' worth of bytes.
                let other = Int(rng.next() % UInt64(bytes.count))
                bytes.swapAt(at, other)
            }
        }
        let doc = DocumentParser.parse(String(decoding: bytes, as: UTF8.self), source: "fuzz")
        assertLinksConsistent(doc)
        if let loaded = try? DocumentLoader.parse(bytes: bytes, source: "fuzz") { assertLinksConsistent(loaded) }
        runs += 1
    }
    #expect(runs == 2500)
}
