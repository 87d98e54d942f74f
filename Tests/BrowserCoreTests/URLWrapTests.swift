import Testing
@testable import BrowserCore
import KamervragenKit

/// A URL too long for the line breaks after its punctuation, not mid-word (issue 3).
@Suite struct URLWrapTests {
    func lines(_ parts: [(String, Role)], width: Int) -> [String] {
        var b = Block(owner: .preamble, spaceBefore: false)
        for (text, role) in parts { b.append(text, role: role) }
        var out: [String] = []
        Layout.wrap(b, width: width) { s, e in out.append(b.text(s..<e)) }
        return out
    }

    @Test func aURLBreaksAfterTheLastSlashOrDashThatFits() {
        let url = "https://www.example.org/countries-region/netherlands"
        let out = lines([("zie ", .text), (url, .url)], width: 30)
        #expect(out == ["zie", "https://www.example.org/", "countries-region/netherlands"])
        #expect(out.dropFirst().joined() == url)
    }

    @Test func queryPunctuationIsABreakPointToo() {
        let out = lines([("https://x.nl/zoek?term=abcdef&pagina=23", .url)], width: 20)
        #expect(out == ["https://x.nl/zoek?", "term=abcdef&pagina=", "23"])
    }

    @Test func aURLWithoutBreakPointsIsStillCutAtTheEdge() {
        let out = lines([("https://" + String(repeating: "a", count: 30), .url)], width: 12)
        let bare = lines([(String(repeating: "b", count: 30), .url)], width: 12)
        #expect(bare == ["bbbbbbbbbbbb", "bbbbbbbbbbbb", "bbbbbb"])
        // The only break point is the scheme's slash, so the first line ends there.
        #expect(out == ["https://", "aaaaaaaaaaaa", "aaaaaaaaaaaa", "aaaaaa"])
        #expect(out.joined() == "https://" + String(repeating: "a", count: 30))
    }

    @Test func ordinaryWordsStillCutMidWord() {
        // Only the url role gets the punctuation breaks: a long hyphenated word in the
        // text wraps as before.
        let out = lines([("aaaa-bbbbbbbbbbbb", .text)], width: 8)
        #expect(out == ["aaaa-bbb", "bbbbbbbb", "b"])
    }

    @Test func theDocumentLayoutUsesTheSameBreaks() {
        var doc = makeDocument("Vraag 1\ntekst\n")
        doc.questions[0].paragraphs = [Paragraph([.url("https://www.example.org/countries-region/netherlands")])]
        let b = Browser(document: doc, rows: 20, columns: 30)
        let text = b.render().text
        #expect(text.contains("https://www.example.org/\n") || text.contains("https://www.example.org/ "))
        #expect(text.contains("countries-region/netherlands"))
    }

    // Issue 11: a URL that fits the width is never split; it starts a line of its own.

    @Test func aURLGluedToTextStartsItsOwnLineWhenItFits() {
        let url = "https://www.example.org/a/b-c"
        let out = lines([("zie:", .text), (url, .url), (" en verder", .text)], width: 30)
        #expect(out == ["zie:", url, "en verder"])
        // The old wrap cut it after its last slash that fitted.
        #expect(!out.contains("zie:https://www.example.org/a/"))
    }

    @Test func aURLInBracketsKeepsItsClosingPunctuationOffItsLine() {
        let url = "https://www.example.org/abc/def"
        let out = lines([("(", .text), (url, .url), (").", .text)], width: 31)
        #expect(out == ["(", url, ")."])
    }

    @Test func aURLThatFitsOnlyWithoutItsPunctuationEndsTheLine() {
        let url = "https://www.example.org/abc"
        let out = lines([("a ", .text), (url, .url), ("),", .text)], width: 28)
        #expect(out == ["a", url, "),"])
    }

    @Test func aURLLongerThanTheWidthIsStillSplit() {
        let url = "https://www.example.org/countries-region/netherlands"
        let out = lines([("zie:", .text), (url, .url)], width: 30)
        #expect(out == ["zie:https://www.example.org/", "countries-region/netherlands"])
        #expect(out.allSatisfy { $0.count <= 30 })
    }

    @Test func aURLOfExactlyTheWidthIsWhole() {
        let url = "https://x.nl/" + String(repeating: "p", count: 17)
        let out = lines([("tekst,", .text), (url, .url)], width: url.count)
        #expect(out == ["tekst,", url])
    }

    @Test func theReaderShowsANoteURLWholeOnItsOwnLine() {
        var doc = makeDocument("Vraag 1\ntekst\n")
        let url = "https://www.example.org/countries/nl"
        doc.questions[0].paragraphs = [Paragraph([.text("Zie voor de cijfers:"), .url(url), .text(" (2023).")])]
        let b = Browser(document: doc, rows: 20, columns: 40)
        let rows = b.render().text.split(separator: "\n").map(String.init)
        #expect(rows.contains(url))
        // The words before it fill their line as far as they go.
        #expect(rows.contains("Zie voor de cijfers:"))
    }
}

extension URLWrapTests {
    @Test func aGluedURLAfterSpacesTakesTheLineAfterTheWordsThatFit() {
        let url = "https://www.example.org/countries/nl"
        let out = lines([("Zie voor de cijfers:", .text), (url, .url), (" (2023).", .text)], width: 40)
        #expect(out == ["Zie voor de cijfers:", url, "(2023)."])
    }

    @Test func aLongGluedURLAfterSpacesStillBreaksAtTheSpace() {
        let url = "https://www.example.org/" + String(repeating: "x", count: 50)
        let out = lines([("Zie de cijfers:", .text), (url, .url)], width: 40)
        #expect(out.first == "Zie de")
        #expect(out.dropFirst().joined() == "cijfers:" + url)
    }
}
