import Testing
@testable import KamervragenKit

/// A document with a form feed is PDF text; the answer's paragraphs around the break.
private func answerParagraphs(_ before: String, _ after: String) -> [String] {
    let text = "Vraag 1\nWat vindt u ervan?\n\nAntwoord 1\n\(before)\n\n\u{0C}\(after)\n"
    return DocumentParser.parse(text, source: "t").answers[0].paragraphs.map(\.plainText)
}

@Test func openSentenceContinuesOnTheNextPage() {
    #expect(answerParagraphs("Veelgenoemde factoren zijn beperkt", "beschikbare fysieke ruimte en tijd.")
        == ["Veelgenoemde factoren zijn beperkt beschikbare fysieke ruimte en tijd."])
}

@Test func numberAndQuoteContinueASentence() {
    #expect(answerParagraphs("Het aantal steeg in", "2024 met tien procent.")
        == ["Het aantal steeg in 2024 met tien procent."])
    #expect(answerParagraphs("Het rapport heet", "‘Werk in uitvoering’.")
        == ["Het rapport heet ‘Werk in uitvoering’."])
}

@Test func finishedSentenceKeepsItsParagraphEnd() {
    #expect(answerParagraphs("Dat is het geval.", "daarna volgt meer.").count == 2)
    #expect(answerParagraphs("Dit geldt voor:", "alle gemeenten.").count == 2)
    #expect(answerParagraphs("Dit geldt voor gemeenten;", "provincies volgen.").count == 2)
}

@Test func capitalOrListItemAfterTheBreakStartsANewParagraph() {
    #expect(answerParagraphs("Toelichting op de cijfers", "Het kabinet meent dat.").count == 2)
    #expect(answerParagraphs("Het gaat om de volgende punten", "a. de kosten;").count == 2)
    #expect(answerParagraphs("Het gaat om de volgende punten", "2) de baten.").count == 2)
}

@Test func blankLineWithoutPageBreakStillEndsAParagraph() {
    let text = "Vraag 1\nWat vindt u ervan?\n\nAntwoord 1\nVeelgenoemde factoren zijn beperkt\n\nbeschikbare ruimte.\n"
    #expect(DocumentParser.parse(text, source: "t").answers[0].paragraphs.count == 2)
}

@Test func noteMarkerBeforeTheBreakIsLookedThrough() {
    func continues(_ a: [UInt8], _ b: String) -> Bool {
        a.withUnsafeBufferPointer { p in Array(b.utf8).withUnsafeBufferPointer { ParagraphJoiner.continuesAcrossPage(p, $0) } }
    }
    var open = Array("volgens het bericht".utf8)
    NoteMarker.append(NoteID(.footnote, "3"), to: &open)
    var closed = Array("volgens het bericht.".utf8)
    NoteMarker.append(NoteID(.footnote, "3"), to: &closed)
    #expect(continues(open, "van gisteren"))
    #expect(!continues(closed, "van gisteren"))
}

/// The issue's own example, in the real pypdf text.
@Test func pypdfFixtureReadsAsTheTypesetText() throws {
    let doc = DocumentParser.parse(try Fixture.text("corpus/pdf-text/ah-tk-20232024-1031.pypdf.txt"), source: "t")
    let all = doc.answers.flatMap(\.paragraphs).map(\.plainText) + doc.questions.flatMap(\.paragraphs).map(\.plainText)
    #expect(all.contains { $0.contains("Veelgenoemde factoren zijn beperkt beschikbare fysieke ruimte") })
    #expect(!all.contains { $0.hasPrefix("beschikbare fysieke ruimte") })
}
