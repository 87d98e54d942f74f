import Testing
@testable import KamervragenKit

/// Issue 9 item 4: question numbers go up to 99999 (docs/input-grammar.md); a heading
/// with a larger one is a diagnostic, never silently answer text.
@Suite("question number limit")
struct QuestionNumberLimitTests {
    @Test func theHighestNumberIsAHeading() throws {
        let doc = try DocumentLoader.parse(bytes: Array("Vraag 99999\nWat?\n\nAntwoord 99999\nJa.\n".utf8), source: "t")
        #expect(doc.questions.map(\.number.description) == ["99999"])
        #expect(doc.questions.map(\.answer) == [0])
        #expect(!doc.diagnostics.contains { $0.severity == .error })
    }

    @Test func aLargerNumberIsAnErrorDiagnostic() {
        let text = "Vraag 1\nWat?\n\nAntwoord 1\nJa.\n\nVraag 100000\nEn dit?\n\nAntwoord 100000\nNee.\n"
        let doc = DocumentParser.parse(text, source: "t")
        #expect(doc.questions.map(\.number.description) == ["1"])
        let errors = doc.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.line) == [7, 10])
        #expect(errors.map(\.message) == [
            "'Vraag 100000': question numbers go up to 99999; a larger one is read as text",
            "'Antwoord 100000': question numbers go up to 99999; a larger one is read as text",
        ])
    }

    @Test(arguments: [
        "Vraag 99999 en 100000",
        "Vragen 1000000000000000000000000",
        "Vraag 99990 t/m 100001",
        "Antwoord op vragen 3 t/m 123456",
        "Antwoord op vraag 3 tot 100000",
        "Antwoord 99999, 100000",
    ])
    func aLargeNumberInAListIsAnErrorDiagnostic(_ heading: String) {
        let doc = DocumentParser.parse("Vraag 3\nWat?\n\n\(heading)\nTekst.\n", source: "t")
        #expect(doc.diagnostics.filter { $0.severity == .error }.map(\.message)
            == ["'\(heading)': question numbers go up to 99999; a larger one is read as text"])
    }

    @Test(arguments: [
        "Antwoord van minister Hermans (ontvangen 19 november 2024)",
        "Vraagt u 100000 euro?",
        "Antwoorden die 100000 mensen raken",
        // Not the limit: a list rises by at most 200, so this is glued text anyway.
        "Antwoord 3 2000000 euro",
    ])
    func otherLinesAreNotReported(_ line: String) {
        let doc = DocumentParser.parse("Vraag 3\nWat?\n\n\(line)\nTekst.\n", source: "t")
        #expect(!doc.diagnostics.contains { $0.severity == .error })
    }

    @Test func aDocumentWithOnlyLargeNumbersSaysWhyItIsEmpty() {
        do {
            _ = try DocumentLoader.parse(bytes: Array("Vraag 100000\nWat?\n\nAntwoord 100000\nJa.\n".utf8), source: "groot.txt")
            Issue.record("loaded")
        } catch {
            #expect(error.exitCode == 65)
            #expect(error.description == "groot.txt: no questions, answers or notice found (line 1: 'Vraag 100000': question numbers go up to 99999; a larger one is read as text)")
        }
    }

    @Test func numberedQuestionsShareTheLimit() {
        #expect(HeadingParser.numberedLine("99999. Kunt u dat bevestigen?")?.0 == QuestionNumber(99999))
        #expect(HeadingParser.numberedLine("100000. Kunt u dat bevestigen?") == nil)
    }
}
