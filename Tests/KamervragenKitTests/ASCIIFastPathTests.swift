import Testing
@testable import KamervragenKit
import TestSupport

/// Header lines and dates are read on their bytes (dates only when ASCII); the `String`
/// code they replaced is the specification, so both must agree on any input.
@Suite struct ASCIIFastPathTests {
    /// The `String` version `DutchDate.parse` had before its byte path.
    static func referenceDate(_ text: String) -> ISODate? {
        let words = text.split(separator: " ")
        guard words.count >= 3 else { return nil }
        for k in 0..<(words.count - 2) {
            guard let d = Int(words[k]), (1...31).contains(d),
                  let m = DutchDate.months.firstIndex(of: words[k + 1].lowercased()),
                  let y = Int(words[k + 2].prefix { $0.isNumber }), (1900...2200).contains(y) else { continue }
            return ISODate(year: y, month: m + 1, day: d)
        }
        return nil
    }

    @Test func datesMatchTheStringParser() {
        var rng = SeededRandom(seed: 42)
        let words = ["6", "+6", "-6", "31", "32", "0", "007", "mei", "MEI", "Mei", "oktober", "OKTOBER", "okt", "maart",
                     "2024", "2024).", "1899", "2201", "+2024", "2024x", "99999999999999999999", "00000000000000000002024",
                     "(ingezonden", "x", "", " ", "12a", "december,"]
        var found = 0
        for _ in 0..<3000 {
            let count = Int(rng.next() % 7)
            let text = (0..<count).map { _ in words[Int(rng.next() % UInt64(words.count))] }.joined(separator: " ")
            let want = Self.referenceDate(text)
            #expect(DutchDate.parse(text) == want, "\(text)")
            if want != nil { found += 1 }
        }
        #expect(found > 10, "the inputs must include real dates")
        #expect(DutchDate.parse("6 mei 2024") == ISODate(year: 2024, month: 5, day: 6))
    }

    private func feedAll(_ lines: [SourceLine], bytes: Bool) -> [String] {
        var header = HeaderLines()
        header.readsBytes = bytes
        var kept: [SourceLine] = []
        for line in lines { kept += header.feed(line) }
        kept += header.flush()
        return kept.map { "\($0.number):\($0.text)" }
    }

    @Test func headerLinesMatchTheStringPath() {
        var rng = SeededRandom(seed: 7)
        let pieces = ["AH 604", "2024Z18294", "2024Z 17972", "Vragen van het lid X", "Vraag van", "Antwoord van minister Y",
                      "Antwoorden van", "Vragen gesteld door", "(ingezonden", "(ontvangen", "6 mei 2024)", ").", ")",
                      "Zie ook", "tekst", "  ", "Z", "12", "A", "V",
                      // Non-ASCII next to the tested boundaries: a combining mark joins the
                      // space, bracket or dot before it; U+0600 prepends to what follows.
                      "é", "’", "\u{301}", " \u{301}", ")\u{301}", ".\u{301}", "\u{600}", "\u{600})", "(ingezonden\u{301}"]
        var dropped = 0
        for round in 0..<1500 {
            let lines = (0..<Int(1 + rng.next() % 12)).map { k -> SourceLine in
                let text = (0..<Int(rng.next() % 4)).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }
                    .joined(separator: rng.next() % 3 == 0 ? "" : " ")
                return SourceLine(text: text, number: k + 1, pageBreak: false, trailingSpace: false)
            }
            let want = feedAll(lines, bytes: false)
            #expect(feedAll(lines, bytes: true) == want, "round \(round)")
            if want.count < lines.count { dropped += 1 }
        }
        #expect(dropped > 50, "the inputs must include header lines that are dropped")
    }

    /// A combining mark on the space after the date clause makes that space part of a
    /// Character the `String` path does not trim; the kept tail's byte range must be
    /// counted the same way (it was counted in bytes, one too far, and trapped).
    @Test func aMarkOnTheSpaceAfterTheClauseKeepsTheTail() throws {
        let line = SourceLine(text: "Vragen van het lid X (ingezonden 6 mei 2024) \u{301}Zie ook", number: 1,
                              pageBreak: false, trailingSpace: false)
        #expect(feedAll([line], bytes: false) == ["1: \u{301}Zie ook"])
        #expect(feedAll([line], bytes: true) == ["1: \u{301}Zie ook"])
        let text = "Vragen van het lid X (ingezonden 6 mei 2024) \u{301}Zie ook\n\nVraag 1\nWaarom?\n\nAntwoord 1\nDaarom.\n"
        let doc = try DocumentLoader.parse(bytes: Array(text.utf8), source: "mark.txt")
        #expect(doc.questions.count == 1)
    }
}
