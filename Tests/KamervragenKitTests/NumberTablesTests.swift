import Testing
@testable import KamervragenKit
import TestSupport

/// The array-backed tables stand in for dictionaries in the parser and linker: on any
/// mix of keys (plain, suffixed, huge, labels with letters or leading zeros) they must
/// answer exactly as a dictionary does.
@Suite struct NumberTablesTests {
    @Test func questionNumbersAnswerLikeADictionary() {
        var rng = SeededRandom(seed: 0x2545_F491_4F6C_DD1D)
        var table = QuestionNumberTable()
        var reference: [QuestionNumber: Int] = [:]
        let values = [0, 1, 2, 7, 15, 16, 17, 100, 4095, 4096, 65_535, 65_536, 99_999, 1_000_000]
        for step in 0..<20_000 {
            let value = rng.next() % 3 == 0 ? values[Int(rng.next() % UInt64(values.count))] : Int(rng.next() % 300)
            let n = QuestionNumber(value, suffix: rng.next() % 5 == 0 ? "a" : "")
            switch rng.next() % 4 {
            case 0: #expect(table.insert(n) == (reference[n] == nil)); if reference[n] == nil { reference[n] = 0 }
            case 1: table[n] = step; reference[n] = step
            case 2: table[n] = nil; reference[n] = nil
            default: #expect(table[n] == reference[n], "\(n)")
            }
            #expect(table.contains(n) == (reference[n] != nil))
        }
        #expect(reference.count > 100)
    }

    @Test func noteIDsAnswerLikeADictionary() {
        var rng = SeededRandom(seed: 0x2545_F491_4F6C_DD1D)
        var table = NoteIDTable()
        var reference: [NoteID: Int] = [:]
        let labels = ["0", "00", "01", "1", "2", "9", "10", "4096", "65535", "65536", "99999", "100000", "a", "1a", "", "*", "ii"]
        for step in 0..<20_000 {
            let label = rng.next() % 2 == 0 ? labels[Int(rng.next() % UInt64(labels.count))] : String(rng.next() % 200)
            let id = NoteID(rng.next() % 2 == 0 ? .footnote : .endnote, label)
            switch rng.next() % 3 {
            case 0: table[id] = step; reference[id] = step
            case 1: table[id] = nil; reference[id] = nil
            default: #expect(table[id] == reference[id], "\(id)")
            }
        }
        #expect(reference.count > 100)
    }
}
