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
    // A note reference stands beside the text, after the page's last word: the word or
    // stop it follows decides whether the sentence goes on across the page break.
    func answerParagraphs(_ lastLine: String) -> Int {
        let line = { (text: String, number: Int, pageBreak: Bool) in
            SourceLine(text: text, number: number, pageBreak: pageBreak, trailingSpace: false)
        }
        let marked = SourceLine(text: lastLine, number: 4, pageBreak: false, trailingSpace: false,
                                marks: [.noteRef(NoteID(.footnote, "3"), at: lastLine.utf8.count)])
        let lines = [line("Vraag 1", 1, false), line("Wat?", 2, false), line("Antwoord 1", 3, false), marked,
                     line("", 5, false), line("van gisteren.", 6, true)]
        let doc = DocumentParser.parse(SourceText(source: "t", lines: lines))
        return doc.answers[0].paragraphs.count
    }
    #expect(answerParagraphs("volgens het bericht") == 1)
    #expect(answerParagraphs("volgens het bericht.") == 2)
}

/// The issue's own example, in the real pypdf text.
@Test func pypdfFixtureReadsAsTheTypesetText() throws {
    let doc = DocumentParser.parse(try Fixture.text("corpus/pdf-text/ah-tk-20232024-1031.pypdf.txt"), source: "t")
    let all = doc.answers.flatMap(\.paragraphs).map(\.plainText) + doc.questions.flatMap(\.paragraphs).map(\.plainText)
    #expect(all.contains { $0.contains("Veelgenoemde factoren zijn beperkt beschikbare fysieke ruimte") })
    #expect(!all.contains { $0.hasPrefix("beschikbare fysieke ruimte") })
}
