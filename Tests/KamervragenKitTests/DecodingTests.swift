import Testing
@testable import KamervragenKit

private let simple = "Vraag 1\nKent u het?\nAntwoord 1\nJa.\n"

@Test func utf8WithAndWithoutBOM() throws {
    let plain = try DocumentLoader.parse(bytes: Array(simple.utf8), source: "t")
    let bom = try DocumentLoader.parse(bytes: [0xEF, 0xBB, 0xBF] + Array(simple.utf8), source: "t")
    #expect(plain.questions.count == 1)
    #expect(bom.questions.map(\.number) == plain.questions.map(\.number))
    #expect(bom.diagnostics.isEmpty)
}

@Test func windows1252FallbackWithDiagnostic() throws {
    // "creëren" and a curly quote in Windows-1252: 0xEB and 0x92.
    let bytes = Array("Vraag 1\nWat is het cre".utf8) + [0xEB] + Array("ren van ".utf8) + [0x92, 0x93]
        + Array("?\nAntwoord 1\nJa.\n".utf8)
    let doc = try DocumentLoader.parse(bytes: bytes, source: "t")
    #expect(doc.questions[0].plainText == "Wat is het creëren van ’“?")
    #expect(doc.diagnostics.first?.message.contains("Windows-1252") == true)
}

@Test func lineEndsCRLFAndCR() {
    for sep in ["\r\n", "\r"] {
        let doc = DocumentParser.parse(simple.replacingOccurrences(of: "\n", with: sep), source: "t")
        #expect(doc.questions.count == 1)
        #expect(doc.answers.first?.plainText == "Ja.")
        #expect(doc.answers.first?.lines == LineRange(3, 4))
    }
}

@Test func spacesHyphensAndTabsNormalised() {
    let doc = DocumentParser.parse("Vraag\u{A0}1\u{A0}\nEen\tniet\u{2011}breekbaar streepje?\nAntwoord 1\nJa.", source: "t")
    #expect(doc.questions.count == 1)
    #expect(doc.questions[0].plainText == "Een niet-breekbaar streepje?")
}

@Test func formFeedIsAPageBreak() {
    let lines = LineSplitter.split("a\u{0C}Vraag 1\nb")
    #expect(lines.map(\.text) == ["a", "Vraag 1", "b"])
    #expect(lines.map(\.number) == [1, 1, 2])
    #expect(lines.map(\.pageBreak) == [false, true, false])
}

@Test func dehyphenationKeepsRealHyphens() {
    func joined(_ a: String, _ b: String) -> String {
        ParagraphJoiner.join([SourceLine(text: a, number: 1, pageBreak: false, trailingSpace: false),
                              SourceLine(text: b, number: 2, pageBreak: false, trailingSpace: false)]).map(\.text).joined(separator: "|")
    }
    #expect(joined("door de minister voor Rechtsbe-", "scherming onderstreept") == "door de minister voor Rechtsbescherming onderstreept")
    #expect(joined("zowel verklarings-", "en meldingsbereidheid") == "zowel verklarings- en meldingsbereidheid")
    #expect(joined("klanten van de Bunq-", "bank melden") == "klanten van de Bunq-bank melden")
    #expect(joined("in de provincie Noord-", "Holland is") == "in de provincie Noord-Holland is")
    #expect(joined("Dit is een zin.", "Dit is een nieuwe.") == "Dit is een zin.|Dit is een nieuwe.")
    #expect(joined("een zin die doorloopt", "op de volgende regel.") == "een zin die doorloopt op de volgende regel.")
}
