import Testing
@testable import KamervragenKit

@Test func outlineSaysWhereEachQuestionIsAnswered() {
    let lines = OutlineFormatter.lines(handBuiltDocument())
    #expect(lines.count == 4)
    #expect(lines[0].hasPrefix(" 3  Kent u het bericht ‘Titel’?"))
    #expect(lines[0].hasSuffix("→ Antwoord op vragen 3 en 4"))
    #expect(lines[1].hasSuffix("→ Antwoord op vragen 3 en 4"))
    #expect(lines[2].hasPrefix("5a  En ␛[31mdit?"))
    #expect(lines[2].hasSuffix("→ not answered"))
    #expect(lines[3].hasPrefix("Mededeling  Mededeling van de minister"))
    // Arrows line up.
    let columns = lines.prefix(3).map { DisplayWidth.of($0.prefix { $0 != "→" }) }
    #expect(Set(columns).count == 1)
    for line in lines { #expect(SafeText.isSafeLine(line)) }
}

/// One answer, one name: outline calls an answer what the reader calls it, by the numbers
/// it covers, whatever its heading prints ("Antwoord:", "Antwoord vraag 3").
@Test func outlineNamesAnAnswerByItsQuestionsWhateverItsHeading() {
    var doc = handBuiltDocument()
    doc.answers[0].heading = "Antwoord:"
    #expect(OutlineFormatter.whereAnswered(doc.questions[0], in: doc) == "Antwoord op vragen 3 en 4")
    doc.answers[0].questions = [QuestionNumber(3)]
    doc.answers[0].heading = "Antwoord vraag 3"
    #expect(OutlineFormatter.whereAnswered(doc.questions[0], in: doc) == "Antwoord op vraag 3")
    #expect(OutlineFormatter.whereAnswered(doc.questions[0], in: doc) == PartNames.answer(doc.answers[0]))
    doc.answers[0].questions = []
    #expect(OutlineFormatter.whereAnswered(doc.questions[0], in: doc) == "Antwoord vraag 3")
}

@Test func outlineSaysNotAnsweredInTheUsersLanguage() {
    let doc = handBuiltDocument()
    #expect(OutlineFormatter.lines(doc, language: .english)[2].hasSuffix("→ not answered"))
    #expect(OutlineFormatter.lines(doc, language: .dutch)[2].hasSuffix("→ niet beantwoord"))
    // The notice keeps the document's own name in both.
    #expect(OutlineFormatter.lines(doc, language: .english)[3].hasPrefix("Mededeling  "))
}

@Test func outlineTrimsLongOpeningsWithAnEllipsis() {
    let long = String(repeating: "woord ", count: 40)
    let doc = Document(source: "x", questions: [Question(number: QuestionNumber(1), paragraphs: [Paragraph(text: long)], lines: LineRange(1, 1))])
    let line = OutlineFormatter.lines(doc)[0]
    #expect(line.contains("…"))
    #expect(DisplayWidth.of(line.prefix { $0 != "→" }) == 1 + 2 + OutlineFormatter.openingWidth + 2)
}

@Test func showPrintsEveryQuestionOfACombinedAnswerAndItsNotes() {
    let text = ShowFormatter.text(question: 1, in: handBuiltDocument(), width: 40, language: .dutch)
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
    let text = ShowFormatter.text(question: 2, in: handBuiltDocument(), width: 80, language: .dutch)
    #expect(text == "Vraag 5a\n  En ␛[31mdit?\n\n→ niet beantwoord\n")
    // The program's words follow the language; the document's stay as written.
    #expect(ShowFormatter.text(question: 2, in: handBuiltDocument(), width: 80, language: .english)
        == "Vraag 5a\n  En ␛[31mdit?\n\n→ not answered\n")
}

@Test func showMarksACitedNoteWithoutABody() {
    var doc = handBuiltDocument()
    doc.footnotes.removeAll { $0.id.kind == .footnote }
    #expect(ShowFormatter.text(question: 0, in: doc, width: 80, language: .dutch).contains("[voetnoot 1] (tekst ontbreekt)"))
    #expect(ShowFormatter.text(question: 0, in: doc, width: 80).contains("[footnote 1] (text missing)"))
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
