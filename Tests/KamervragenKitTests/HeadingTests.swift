import Testing
@testable import KamervragenKit

/// The numbers a heading names in a document that has every question up to 100 (an
/// answer's ranges are expanded against the document: `AnswerRanges`).
private func numbers(_ h: Heading?) -> [String]? {
    h.map { AnswerRanges.resolve($0, printed: 100, highest: 100).numbers.map(\.description) }
}

@Test(arguments: [
    ("Vraag 1", ["1"]),
    ("Vraag 2 ", ["2"]),
    ("Vraag 2 en 3", ["2", "3"]),
    ("Vraag 1, 2 en 3", ["1", "2", "3"]),
    ("Vraag 8, 9, 10 en 11", ["8", "9", "10", "11"]),
    ("Vraag 7, 8, 9 10 en 11", ["7", "8", "9", "10", "11"]),
    ("Vraag 2 t/m 6", ["2", "3", "4", "5", "6"]),
    ("Vraag 2 tot en met 4", ["2", "3", "4"]),
    ("Vragen 4-7:", ["4", "5", "6", "7"]),
])
func questionHeadings(_ line: String, _ expected: [String]) {
    let h = HeadingParser.parse(line)
    #expect(h?.kind == .question)
    #expect(numbers(h) == expected)
}

@Test(arguments: [
    ("Antwoord 1", ["1"]),
    ("Antwoord op vraag 1", ["1"]),
    ("Antwoord op vragen 3 en 4", ["3", "4"]),
    ("Antwoord op vraag 3 en 4 ", ["3", "4"]),
    ("Antwoord 2 en 3", ["2", "3"]),
    ("Antwoorden 5 en 6", ["5", "6"]),
    ("Antwoord vraag 7", ["7"]),
    ("Antwoord vraag 1:", ["1"]),
    ("Antwoord vraag 4-7:", ["4", "5", "6", "7"]),
    ("Antwoord vragen 1,2,3,4 en 5", ["1", "2", "3", "4", "5"]),
    ("Antwoord 5:", ["5"]),
    ("Antwoord 2l", ["2l"]),
    ("Antwoord op vragen 7, 8, en 9", ["7", "8", "9"]),
    ("Antwoord op vraag 1 en vraag 2", ["1", "2"]),
    ("Antwoord op de vragen 10 tot en met 12", ["10", "11", "12"]),
    ("Antwoord", []),
    ("Antwoord:", []),
    ("Antwoord: ", []),
])
func answerHeadings(_ line: String, _ expected: [String]) {
    let h = HeadingParser.parse(line)
    #expect(h?.kind == .answer)
    #expect(numbers(h) == expected)
    #expect(h?.rest == "")
}

@Test func headingGluedToTextKeepsTheText() {
    let h = HeadingParser.parse("Antwoord 2 Ja, dat klopt.")
    #expect(numbers(h) == ["2"])
    #expect(h?.title == "Antwoord 2")
    #expect(h?.rest == "Ja, dat klopt.")
    let q = HeadingParser.parse("Vraag 2 en 3 Herinnert u zich")
    #expect(numbers(q) == ["2", "3"])
    #expect(q?.rest == "Herinnert u zich")
}

@Test(arguments: [
    "Antwoord van minister Hermans (Klimaat en Groene Groei) (ontvangen 19 november 2024)",
    "Vraag van het lid Van Houwelingen",
    "Vragen van de leden Chakor en Kostic",
    "Antwoorden die de minister gaf",
    "Vraagt u zich af",
    "Aanhangsel 1",
    "antwoord 1",
])
func notHeadings(_ line: String) {
    #expect(HeadingParser.parse(line) == nil)
}

@Test func noticeHeadings() {
    #expect(HeadingParser.parse("Mededeling")?.kind == .notice)
    #expect(HeadingParser.parse("Mededeling van staatssecretaris Rummenie (ontvangen 20 november 2024)")?.kind == .notice)
    #expect(HeadingParser.parse("Mededelingen zijn er niet") == nil)
}

@Test func numberedQuestionLines() {
    #expect(HeadingParser.numberedLine("1. Kunt u bevestigen?")?.0 == QuestionNumber(1))
    #expect(HeadingParser.numberedLine("12")?.0 == QuestionNumber(12))
    #expect(HeadingParser.numberedLine("2024 was een jaar") == nil)
    #expect(HeadingParser.numberedLine("3.5 procent") == nil)
}

@Test func numberedQuestionStyleKeepsListsInAnswers() {
    let text = """
    1. Kunt u het bericht bevestigen?

    Antwoord:
    Ja. Twee punten:
    1. het eerste punt
    2. het tweede punt

    2. Wat gaat u doen?

    Antwoord:
    Niets.
    """
    let doc = DocumentParser.parse(text, source: "t")
    #expect(doc.questions.map(\.number.description) == ["1", "2"])
    #expect(doc.answers.map { $0.questions.map(\.description) } == [["1"], ["2"]])
    #expect(doc.answers[0].plainText.contains("het tweede punt"))
}

@Test func loneNumberQuestionsWithBareAnswers() {
    let text = "AH 610\n\n1\nWelke mogelijkheden zijn er?\n\nAntwoord\nGeen.\n\n2\nEn nu?\n\nAntwoord \nNog steeds geen.\n"
    let doc = DocumentParser.parse(text, source: "t")
    #expect(doc.questions.map(\.number.description) == ["1", "2"])
    #expect(doc.answers.map { $0.questions.map(\.description) } == [["1"], ["2"]])
    #expect(doc.questions.map(\.answer) == [0, 1])
}

@Test func combinedAnswerAfterLastQuestionOfGroup() {
    let text = "Vraag 1\nWaarom?\n\nVraag 2\nHoe?\nAntwoord op vragen 1 en 2\nDaarom en zo.\n"
    let doc = DocumentParser.parse(text, source: "t")
    #expect(doc.questions.map(\.answer) == [0, 0])
    #expect(doc.answers[0].questions == [QuestionNumber(1), QuestionNumber(2)])
    #expect(doc.diagnostics.isEmpty)
}

@Test func subNumberedAnswersNameTheirQuestions() {
    let text = "Vraag 2\nl. een miljoen huizen?\nAntwoord 2l\nJa.\nVraag 2\nm. een aandeel?\nAntwoord 2m\nNee.\n"
    let doc = DocumentParser.parse(text, source: "t")
    #expect(doc.questions.map(\.number.description) == ["2l", "2m"])
    #expect(doc.questions.map(\.answer) == [0, 1])
}

@Test func flattenedDocumentOnOneLine() {
    let filler = String(repeating: "Dit is een lange inleiding zonder kopjes. ", count: 60)
    let text = filler + "Vraag 1 Kent u het bericht? Antwoord 1 Ja, dat klopt. Vraag 2 en 3 Wat doet u? Antwoord 2 en 3 Niets."
    let doc = DocumentParser.parse(text, source: "t")
    #expect(doc.questions.map(\.number.description) == ["1", "2", "3"])
    #expect(doc.answers.map(\.plainText) == ["Ja, dat klopt.", "Niets."])
}
