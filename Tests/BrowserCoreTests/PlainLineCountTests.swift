import Testing
@testable import BrowserCore
import KamervragenKit
import TestSupport

/// A small document's blocks beyond the first screen are counted from their UTF-8
/// (`Layout.plainLineCount`) instead of being made and wrapped. The count must be the one
/// wrapping the made block gives, at every width, or line numbers and the percentage
/// would be wrong from the first screen on.
@Suite struct PlainLineCountTests {
    static let widths = [1, 2, 3, 4, 5, 7, 9, 12, 20, 37, 40, 79, 80, 81, 133]

    /// Text at the fast path's edges: accented letters and Dutch punctuation (plain),
    /// combining marks, wide characters, no-break spaces, controls and URLs (not plain),
    /// note markers of both kinds, long words, runs of spaces.
    static let texts: [String] = [
        "Vraag 1\nHet → creëren van ‘beleid’ – “zo” … €5 is naïef[footnoteRef:1] en ĳverig.\n\nAntwoord op vraag 1\nJa.[footnoteRef:2]\n\n[1: Een noot zonder adres.]\n[2: Een noot met https://example.org/pad/naar/iets?a=1&b=2 erin.]\n",
        "Vraag 1\ncre\u{0308}eren e\u{301} 漢字 tekst\u{00A0}met\u{202F}spaties en een tab\there\n\nAntwoord op vraag 1\nZie https://www.rijksoverheid.nl/documenten/kamerstukken/2024/01/01/beantwoording en verder.\n",
        "Vraag 1\n" + String(repeating: "x", count: 300) + " kort " + String(repeating: "ab ", count: 90) + "\n\nAntwoord op vraag 1\n" + String(repeating: "woord   ", count: 60) + "\n",
        "Vraag 1\nTekst[footnoteRef:1][footnoteRef:2] en[endnoteRef:1] meer.\n\nAntwoord op vraag 1\nAntwoord met[footnoteRef:3] noot.\n\n[1: eerste]\n[2: tweede noot met naïeve tekst]\n[3: derde]\n",
        "Vraag 1\nTekst\u{1B}[31m rood \u{7F} en\u{0007} bel.\n\nAntwoord op vraag 1\n\u{E000}abc\u{E001} privé\n",
    ]

    static func documents() throws -> [Document] {
        try [Fixture.seed(), makeDocument(questions(12, combined: [3, 7], words: 45))] + texts.map(makeDocument)
    }

    @Test func countsMatchWrappingTheMadeBlock() throws {
        var plain = 0, other = 0
        for document in try Self.documents() {
            let content = Content(document: document)
            for width in Self.widths {
                for b in 0..<content.count {
                    var full = 0
                    Layout.wrap(content.makeBlock(b), width: width) { _, _ in full += 1 }
                    if let counted = Layout.plainLineCount(b, content: content, width: width) {
                        plain += 1
                        #expect(counted == full, "block \(b) of \(document.source) at width \(width)")
                    } else {
                        other += 1
                    }
                }
            }
        }
        // Both paths are exercised: most blocks are plain, the URL and odd-character ones are not.
        #expect(plain > 10 * Self.widths.count)
        #expect(other > 10 * Self.widths.count)
    }

    /// The same through the layout: a layout that keeps no block (so counts every one it
    /// can without making it) numbers and shows every line as one that made every block.
    @Test func layoutKeepingNothingEqualsLayoutKeepingAll() throws {
        for document in try Self.documents() {
            let content = Content(document: document)
            for width in [1, 9, 40, 80] {
                let counted = Layout(content: content, width: width, keeping: 0)
                let made = Layout(content: content, width: width)
                #expect(counted.isComplete && made.isComplete)
                #expect(counted.count == made.count, "\(document.source) at width \(width)")
                #expect(Array(counted.lines) == Array(made.lines), "\(document.source) at width \(width)")
            }
        }
    }

    /// A block that is not plain is refused, not miscounted.
    @Test func refusesURLsAndOddCharacters() throws {
        let content = Content(document: makeDocument(Self.texts[1]))
        let refused = (0..<content.count).filter { content.plainCells($0) == nil }
        let paragraphs = (0..<content.count).filter {
            let kind = content.sources[$0].kind
            return kind == .questionParagraph || kind == .answerParagraph
        }
        #expect(!paragraphs.isEmpty)
        #expect(paragraphs.allSatisfy { refused.contains($0) })
    }
}
