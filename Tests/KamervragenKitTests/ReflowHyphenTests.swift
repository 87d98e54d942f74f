import Testing
@testable import KamervragenKit

private func answer(_ body: String, pdf: Bool = true) -> String {
    let text = "Vraag 1\nHoe staat het met het ondernemingsklimaat?\n\nAntwoord 1\n\(body)\n" + (pdf ? "\u{0C}\nEinde.\n" : "")
    return DocumentParser.parse(text, source: "t").answers[0].paragraphs.map(\.plainText).joined(separator: "\n")
}

@Test func splitWordIsJoinedWhenTheDocumentPrintsItWhole() {
    #expect(answer("Het onderne-mingsklimaat is goed.").hasPrefix("Het ondernemingsklimaat is goed."))
    // Sentence case on one side only: compared without ASCII case.
    #expect(answer("Onderne-mingsklimaat blijft.").hasPrefix("Ondernemingsklimaat blijft."))
}

@Test func hyphenedWordPrintedOnlyOnceIsKept() {
    let out = answer("De Bunq-bank biedt inter-views aan.")
    #expect(out.hasPrefix("De Bunq-bank biedt inter-views aan."))
}

@Test func realCompoundsAreNeverJoined() {
    let out = answer("Via e-learning in Noord-Holland, ICT-beleid en verklarings- en meldingsplicht. elearning noordholland ictbeleid")
    #expect(out.contains("e-learning"))
    #expect(out.contains("Noord-Holland"))
    #expect(out.contains("ICT-beleid"))
    #expect(out.contains("verklarings- en meldingsplicht"))
}

@Test func wordExportIsLeftAlone() {
    #expect(answer("Het onderne-mingsklimaat is goed.", pdf: false) == "Het onderne-mingsklimaat is goed.")
}

@Test func chainsNumbersAndURLsAreNotSplits() {
    let out = answer("Zie ad-hoc-beleid en 2023-ondernemingsklimaat en www.ez.nl/onderne-mingsklimaat. adhocbeleid")
    #expect(out.contains("ad-hoc-beleid"))
    #expect(out.contains("/onderne-mingsklimaat"))
}

@Test func repairCountsItsJoins() {
    let lines = LineSplitter.split("het onderne-mingsklimaat en het ondernemingsklimaat; onderne-mingsklimaat\n")
    var hyphens = ReflowHyphens.scan(lines)
    let text = Array("het onderne-mingsklimaat en onderne-mingsklimaat".utf8)
    #expect(hyphens.repair(text).map { String(decoding: $0, as: UTF8.self) } == "het ondernemingsklimaat en ondernemingsklimaat")
    #expect(hyphens.joins == 2)
    #expect(hyphens.repair(Array("geen streepje".utf8)) == nil)
}
