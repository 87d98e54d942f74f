import Testing
@testable import KamervragenKit

/// A diagnostic's English text is fixed (the export's contract); what people read of it
/// follows their language; its code names what it is in both.
@Suite struct DiagnosticLanguageTests {
    @Test func aDiagnosticSaysItselfInEitherLanguageAndKeepsItsEnglishMessage() throws {
        let doc = DocumentParser.parse("Vraag 1\nWaarom?\n\nVraag 3\nEn nu?\n\nAntwoord op vraag 3\nJa.\n", source: "x.txt")
        let missing = try #require(doc.diagnostics.first { $0.kind == .questionMissing })
        #expect(missing.message == "question 2 is missing before question 3")
        #expect(missing.text(in: .english) == missing.message)
        #expect(missing.text(in: .dutch) == "vraag 2 ontbreekt vóór vraag 3")
        #expect(missing.code == "questionMissing")
        let unanswered = try #require(doc.diagnostics.first { $0.kind == .notAnswered })
        #expect(unanswered.text(in: .dutch) == "vraag 1 wordt in dit document niet beantwoord")
    }

    @Test func aBareMessageIsSaidAsItIsWithTheCodeOther() {
        let d = Diagnostic(line: 3, severity: .note, message: "iets")
        #expect(d.text(in: .dutch) == "iets")
        #expect(d.code == "other")
    }

    @Test func theExportWritesTheCodeBeforeTheMessage() throws {
        let doc = DocumentParser.parse("Vraag 1\nWaarom?\n", source: "x.txt")
        let json = DocumentExport.json(doc)
        let code = try #require(json.range(of: "\"code\": \"notAnswered\""))
        let message = try #require(json.range(of: "\"message\": \"question 1 is not answered in this document\""))
        #expect(code.upperBound < message.lowerBound)
    }
}
