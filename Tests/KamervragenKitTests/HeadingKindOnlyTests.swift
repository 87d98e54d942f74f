import Foundation
import Testing
@testable import KamervragenKit

/// The pre-pass asks `HeadingParser.parse(_:text: false)` and the main loop the full
/// parse; both must agree on every line about whether it is a heading, its kind and its
/// numbers, or the parser would reserve and link for headings it then does not build.
@Suite struct HeadingKindOnlyTests {
    static let samples = [
        "Vraag 2 en 3", "Vragen 4-7:", "Vraag 2 t/m 6 Kunt u…", "Antwoord", "Antwoord:", "Antwoord: ja.",
        "Antwoord op vragen 1,2,3,4 en 5", "Antwoorden 7, 8, 9 10 en 11", "Antwoord 2l", "Antwoord 3 2 ja",
        "Mededeling", "Mededeling van de minister (ontvangen 3 mei 2024)", "Mededeling: uitstel",
        "Vraagt u zich af", "Antwoordde", "Medewerkers", "Vraag", "Vraag 12345", "Vraag 2 tot en met 4.",
        "Antwoord van minister", "Vraag 1\u{301}", "Vraag 2ë", "Antwoord op vraag 1 en vraag 2",
    ]

    @Test func kindOnlyParseAgreesOnSamples() {
        for line in Self.samples { check(line) }
    }

    @Test func kindOnlyParseAgreesOnEveryCorpusLine() throws {
        var names: [String] = []
        for folder in ["word-text", "pdf-text", "seeds"] {
            let dir = try Fixture.url("corpus/" + folder)
            names += try FileManager.default.contentsOfDirectory(atPath: dir.path)
                .filter { $0.hasSuffix(".txt") }.map { "corpus/\(folder)/\($0)" }
        }
        #expect(names.count > 10)
        var headings = 0
        for name in names {
            let text = try Fixture.text(name)
            for line in LineSplitter.split(text) {
                check(line.text)
                if HeadingParser.parse(line.text) != nil { headings += 1 }
            }
        }
        #expect(headings > 100)
    }

    private func check(_ line: String) {
        let full = HeadingParser.parse(line)
        let quick = HeadingParser.parse(line, text: false)
        #expect((full == nil) == (quick == nil), "\(line)")
        #expect(full?.kind == quick?.kind, "\(line)")
        #expect(full?.numbers == quick?.numbers, "\(line)")
    }
}
