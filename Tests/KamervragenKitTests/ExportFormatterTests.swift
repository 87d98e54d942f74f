import Testing
@testable import KamervragenKit

@Test func outlineSaysWhereEachQuestionIsAnswered() {
    let lines = OutlineFormatter.lines(handBuiltDocument())
    #expect(lines.count == 4)
    #expect(lines[0].hasPrefix(" 3  Kent u het bericht ‘Titel’?"))
    #expect(lines[0].hasSuffix("→ Antwoord op vragen 3 en 4"))
    #expect(lines[1].hasSuffix("→ Antwoord op vragen 3 en 4"))
    #expect(lines[2].hasPrefix("5a  En ␛[31mdit?"))
    #expect(lines[2].hasSuffix("→ niet beantwoord"))
    #expect(lines[3].hasPrefix("Mededeling  Mededeling van de minister"))
    // Arrows line up.
    let columns = lines.prefix(3).map { DisplayWidth.of($0.prefix { $0 != "→" }) }
    #expect(Set(columns).count == 1)
    for line in lines { #expect(SafeText.isSafeLine(line)) }
}

@Test func outlineNamesTheQuestionsOfABareAnswerHeading() {
    var doc = handBuiltDocument()
    doc.answers[0].heading = "Antwoord:"
    #expect(OutlineFormatter.whereAnswered(doc.questions[0], in: doc) == "Antwoord: (op vragen 3 en 4)")
    doc.answers[0].questions = [QuestionNumber(3)]
    #expect(OutlineFormatter.whereAnswered(doc.questions[0], in: doc) == "Antwoord: (op vraag 3)")
}

@Test func outlineTrimsLongOpeningsWithAnEllipsis() {
    let long = String(repeating: "woord ", count: 40)
    let doc = Document(source: "x", questions: [Question(number: QuestionNumber(1), paragraphs: [Paragraph(text: long)], lines: LineRange(1, 1))])
    let line = OutlineFormatter.lines(doc)[0]
    #expect(line.contains("…"))
    #expect(DisplayWidth.of(line.prefix { $0 != "→" }) == 1 + 2 + OutlineFormatter.openingWidth + 2)
}

@Test func showPrintsEveryQuestionOfACombinedAnswerAndItsNotes() {
    let text = ShowFormatter.text(question: 1, in: handBuiltDocument(), width: 40)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.first == "Vraag 3 (zelfde antwoord)")
    #expect(text.contains("\nVraag 4\n  Wat gaat u doen?\n"))
    #expect(text.contains("\nAntwoord op vragen 3 en 4\n  Ja.\n\n  Zie https://example.org/x\n"))
    #expect(text.contains("\nNoten\n  [eindnoot 1] NOS (https://nos.nl/a)\n  [voetnoot 1] Aanwijzing mensenhandel\n"))
    for line in lines {
        #expect(DisplayWidth.of(line) <= 40)
        #expect(SafeText.isSafeLine(line))
    }
}

@Test func showSaysWhenAQuestionIsUnansweredAndSanitisesIt() {
    let text = ShowFormatter.text(question: 2, in: handBuiltDocument(), width: 80)
    #expect(text == "Vraag 5a\n  En ␛[31mdit?\n\n→ niet beantwoord\n")
}

@Test func showMarksACitedNoteWithoutABody() {
    var doc = handBuiltDocument()
    doc.footnotes.removeAll { $0.id.kind == .footnote }
    let text = ShowFormatter.text(question: 0, in: doc, width: 80)
    #expect(text.contains("[voetnoot 1] (tekst ontbreekt)"))
}

@Test func validNumbersIsARangeOrAList() {
    var doc = handBuiltDocument()
    #expect(ShowFormatter.validNumbers(doc) == "questions are 3, 4, 5a")
    doc.questions[2].number = QuestionNumber(5)
    #expect(ShowFormatter.validNumbers(doc) == "questions are 3–5")
    #expect(ShowFormatter.validNumbers(Document(source: "x")) == "the document has no questions")
    // Out of order or repeated in the document, listed in order once.
    doc.questions.append(Question(number: QuestionNumber(4), paragraphs: [], lines: LineRange(9, 9)))
    doc.questions.swapAt(0, 2)
    #expect(ShowFormatter.validNumbers(doc) == "questions are 3–5")
}
