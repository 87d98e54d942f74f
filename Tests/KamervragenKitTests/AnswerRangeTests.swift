import Testing
@testable import KamervragenKit

/// Issue 9 item 7: an answer's range that runs past the document links what exists and
/// says what does not; a bare `tot` is read by where the answer stands.
@Suite("answer ranges")
struct AnswerRangeTests {
    static func questions(_ numbers: ClosedRange<Int>) -> String {
        numbers.map { "Vraag \($0)\nWaarom \($0)?\n\n" }.joined()
    }

    static func covered(_ doc: Document) -> [[String]] { doc.answers.map { $0.questions.map(\.description) } }

    @Test func rangePastTheDocumentLinksWhatExistsAndNamesTheRest() {
        let doc = DocumentParser.parse(Self.questions(1...2) + "Antwoord op vragen 1 tot en met 9999\nJa.\n", source: "t")
        #expect(doc.answers.map(\.heading) == ["Antwoord op vragen 1 tot en met 9999"])
        #expect(Self.covered(doc) == [["1", "2"]])
        #expect(doc.questions.map(\.answer) == [0, 0])
        #expect(doc.answers[0].plainText == "Ja.")
        #expect(doc.diagnostics.map(\.message) == ["'Antwoord op vragen 1 tot en met 9999' names questions 3–9999, which are not in the document"])
        #expect(doc.diagnostics.map(\.line) == [7])
    }

    @Test(arguments: ["4-7", "4 – 7", "4 t/m 7", "4 tot en met 7"])
    func everyRangeFormIsCutAtTheLastQuestion(_ range: String) {
        let doc = DocumentParser.parse(Self.questions(1...5) + "Antwoord 1 tot en met 3\nA.\n\nAntwoord \(range)\nB.\n", source: "t")
        #expect(Self.covered(doc) == [["1", "2", "3"], ["4", "5"]])
        #expect(doc.diagnostics.map(\.message) == ["'Antwoord \(range)' names questions 6–7, which are not in the document"])
    }

    @Test func bareTotBeforeItsEndIsPrintedStopsShortOfIt() {
        // Questions 1 to 3 only: "1 tot 4" is 1 up to 4, all three, and nothing is missing.
        let doc = DocumentParser.parse(Self.questions(1...3) + "Antwoord op vragen 1 tot 4\nJa.\n", source: "t")
        #expect(Self.covered(doc) == [["1", "2", "3"]])
        #expect(doc.questions.map(\.answer) == [0, 0, 0])
        #expect(doc.diagnostics.isEmpty)
    }

    @Test func bareTotAfterItsEndWasPrintedIncludesIt() {
        let doc = DocumentParser.parse(Self.questions(1...4) + "Antwoord op vragen 1 tot 4\nJa.\n", source: "t")
        #expect(Self.covered(doc) == [["1", "2", "3", "4"]])
        #expect(doc.diagnostics.isEmpty)
    }

    @Test func bareTotLeavesALaterQuestionToItsOwnAnswer() {
        let text = Self.questions(1...3) + "Antwoord op vragen 1 tot 4\nJa.\n\n" + "Vraag 4\nEn dan?\n\nAntwoord 4\nNee.\n"
        let doc = DocumentParser.parse(text, source: "t")
        #expect(Self.covered(doc) == [["1", "2", "3"], ["4"]])
        #expect(doc.questions.map(\.answer) == [0, 0, 0, 1])
        #expect(doc.diagnostics.isEmpty)
    }

    @Test func bareTotPastTheDocumentNamesWhatIsMissing() {
        let doc = DocumentParser.parse(Self.questions(1...2) + "Antwoord op vragen 1 tot 9\nJa.\n", source: "t")
        #expect(Self.covered(doc) == [["1", "2"]])
        #expect(doc.diagnostics.map(\.message) == ["'Antwoord op vragen 1 tot 9' names questions 3–8, which are not in the document"])
    }

    @Test func rangeWhollyPastTheDocumentIsOneDiagnostic() {
        let doc = DocumentParser.parse(Self.questions(1...2) + "Antwoord op vragen 50 t/m 60\nJa.\n", source: "t")
        #expect(Self.covered(doc) == [[]])
        let messages = doc.diagnostics.map(\.message)
        #expect(messages.filter { $0.contains("50") } == ["'Antwoord op vragen 50 t/m 60' names questions 50–60, which are not in the document"])
        #expect(messages.filter { $0.contains("not answered") }.count == 2)
    }

    @Test func rangeInsideTheDocumentStillInfersALostHeading() {
        // Question 3's heading was lost: the range names it and a later question exists.
        let text = "Vraag 1\nA?\n\nVraag 2\nB?\n\nVraag 4\nD?\n\nAntwoord 1 t/m 4\nJa.\n"
        let doc = DocumentParser.parse(text, source: "t")
        #expect(Self.covered(doc) == [["1", "2", "3", "4"]])
        #expect(doc.questions.map(\.number.description).sorted() == ["1", "2", "3", "4"])
    }

    @Test func numbersAfterARangeKeepTheirPlace() {
        let doc = DocumentParser.parse(Self.questions(1...6) + "Antwoord 1 t/m 3, 5 en 6\nJa.\n\nAntwoord 4\nNee.\n", source: "t")
        #expect(Self.covered(doc) == [["1", "2", "3", "5", "6"], ["4"]])
        #expect(doc.diagnostics.isEmpty)
    }

    @Test func hostileRangesAreBoundedAndSaidToBe() {
        let line = "Antwoord " + (0..<5000).map { String($0 * 200 + 1) }.joined(separator: "-")
        let doc = DocumentParser.parse(Self.questions(1...3) + "Vraag 99999\nLaatste?\n\n" + line + "\nJa.\n", source: "t")
        #expect(doc.answers.count == 1)
        #expect(doc.answers[0].questionCount == AnswerRanges.limit)
        #expect(doc.diagnostics.contains { $0.message.hasSuffix("names more than 1000 questions; only the first 1000 are linked") })
    }

    @Test func questionHeadingRangesStillMakeTheirQuestions() {
        let doc = DocumentParser.parse("Vraag 2 t/m 4\nWaarom?\n\nAntwoord 2 tot en met 4\nDaarom.\n", source: "t")
        #expect(doc.questions.map(\.number.description) == ["2", "3", "4"])
        #expect(Self.covered(doc) == [["2", "3", "4"]])
    }
}
