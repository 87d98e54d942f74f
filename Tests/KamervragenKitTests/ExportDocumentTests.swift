import Foundation
import Testing
@testable import KamervragenKit

/// A small document built by hand, so the export is checked against the model without
/// depending on the parser: a combined answer, an unanswered question, both note kinds
/// with the same label, a notice, metadata with dates, a diagnostic.
func handBuiltDocument() -> Document {
    var meta = Metadata()
    meta.aanhangsel = "604"
    meta.caseNumber = "2024Z18294"
    meta.received = ISODate(year: 2024, month: 11, day: 20)
    meta.answeredBy = "minister Test"
    return Document(
        source: "hand.txt",
        metadata: meta,
        items: [.question(0), .question(1), .answer(0), .question(2), .notice(0)],
        questions: [
            Question(number: QuestionNumber(3), paragraphs: [Paragraph([.text("Kent u het bericht"), .noteRef(NoteID(.endnote, "1")), .text(" ‘Titel’?")])], lines: LineRange(1, 2), answer: 0),
            Question(number: QuestionNumber(4), paragraphs: [Paragraph(text: "Wat  gaat\tu\u{00A0}doen?")], lines: LineRange(3, 3), answer: 0),
            Question(number: QuestionNumber(5, suffix: "a"), paragraphs: [Paragraph(text: "En \u{1B}[31mdit?")], lines: LineRange(7, 8), answer: nil),
        ],
        answers: [
            Answer(questions: [QuestionNumber(3), QuestionNumber(4)], heading: "Antwoord op vragen 3 en 4",
                   paragraphs: [Paragraph([.text("Ja."), .noteRef(NoteID(.footnote, "1"))]), Paragraph([.text("Zie "), .url("https://example.org/x")])],
                   lines: LineRange(4, 6)),
        ],
        notices: [Notice(paragraphs: [Paragraph(text: "Mededeling van de minister: later.")], lines: LineRange(9, 9))],
        footnotes: [
            Footnote(id: NoteID(.footnote, "1"), text: " Aanwijzing  mensenhandel ", urls: [], line: 5),
            Footnote(id: NoteID(.endnote, "1"), text: "NOS (https://nos.nl/a)", urls: ["https://nos.nl/a"], line: 10),
        ],
        diagnostics: [Diagnostic(line: 7, severity: .warning, message: "vraag 5a wordt niet beantwoord")]
    )
}

private func exported(_ doc: Document) throws -> [String: Any] {
    let json = DocumentExport.json(doc)
    return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
}

@Test func exportHasTheContractKeysInOrder() {
    guard case .object(let pairs) = DocumentExport.value(handBuiltDocument()) else {
        Issue.record("export is not an object"); return
    }
    #expect(pairs.map(\.0) == ["questions", "answers", "footnotes", "notices", "metadata", "diagnostics"])
}

@Test func exportQuestionsFieldByField() throws {
    let questions = try #require(try exported(handBuiltDocument())["questions"] as? [[String: Any]])
    #expect(questions.count == 3)
    #expect(questions.map { $0["number"] as? String } == ["3", "4", "5a"])
    #expect(questions[0]["text"] as? String == "Kent u het bericht ‘Titel’?")
    #expect(questions[1]["text"] as? String == "Wat gaat u doen?")
    #expect(questions[2]["text"] as? String == "En \u{1B}[31mdit?")
    #expect((questions[0]["answer"] as? NSNumber)?.intValue == 0)
    #expect((questions[1]["answer"] as? NSNumber)?.intValue == 0)
    #expect(questions[2]["answer"] is NSNull)
    let lines = try #require(questions[2]["lines"] as? [String: Int])
    #expect(lines == ["first": 7, "last": 8])
    let notes = try #require(questions[0]["notes"] as? [[String: String]])
    #expect(notes == [["id": "1", "kind": "endnote"]])
}

@Test func exportAnswersFieldByField() throws {
    let answers = try #require(try exported(handBuiltDocument())["answers"] as? [[String: Any]])
    #expect(answers.count == 1)
    #expect(answers[0]["questions"] as? [String] == ["3", "4"])
    #expect(answers[0]["heading"] as? String == "Antwoord op vragen 3 en 4")
    #expect(answers[0]["text"] as? String == "Ja.\n\nZie https://example.org/x")
    #expect(answers[0]["urls"] as? [String] == ["https://example.org/x"])
    #expect(answers[0]["notes"] as? [[String: String]] == [["id": "1", "kind": "footnote"]])
}

@Test func exportKeepsNotesWithTheSameLabelApartByKind() throws {
    let notes = try #require(try exported(handBuiltDocument())["footnotes"] as? [[String: Any]])
    #expect(notes.count == 2)
    #expect(notes.map { $0["id"] as? String } == ["1", "1"])
    #expect(notes.map { $0["kind"] as? String } == ["footnote", "endnote"])
    #expect(notes[0]["text"] as? String == "Aanwijzing mensenhandel")
    #expect(notes[0]["urls"] as? [String] == [])
    #expect(notes[1]["urls"] as? [String] == ["https://nos.nl/a"])
    let footnoteCites = try #require(notes[0]["citedBy"] as? [String: Any])
    #expect(footnoteCites["questions"] as? [String] == [])
    #expect(footnoteCites["answers"] as? [Int] == [0])
    let endnoteCites = try #require(notes[1]["citedBy"] as? [String: Any])
    #expect(endnoteCites["questions"] as? [String] == ["3"])
}

@Test func exportMetadataHasEveryKeyWithNullWhenUnknown() throws {
    let meta = try #require(try exported(handBuiltDocument())["metadata"] as? [String: Any])
    #expect(Set(meta.keys) == ["aanhangsel", "publicationID", "caseNumber", "askedBy", "askedTo", "subject", "submitted", "answeredBy", "received", "session", "askers", "reference", "ourReference"])
    #expect(meta["askers"] as? [Any] != nil && (meta["askers"] as? [Any])?.isEmpty == true)
    #expect(meta["aanhangsel"] as? String == "604")
    #expect(meta["caseNumber"] as? String == "2024Z18294")
    #expect(meta["received"] as? String == "2024-11-20")
    #expect(meta["answeredBy"] as? String == "minister Test")
    #expect(meta["submitted"] is NSNull)
    #expect(meta["subject"] is NSNull)
}

@Test func exportNoticesAndDiagnostics() throws {
    let root = try exported(handBuiltDocument())
    let notices = try #require(root["notices"] as? [[String: Any]])
    #expect(notices.map { $0["text"] as? String } == ["Mededeling van de minister: later."])
    let diagnostics = try #require(root["diagnostics"] as? [[String: Any]])
    #expect(diagnostics.count == 1)
    #expect((diagnostics[0]["line"] as? NSNumber)?.intValue == 7)
    #expect(diagnostics[0]["severity"] as? String == "warning")
    #expect(diagnostics[0]["message"] as? String == "vraag 5a wordt niet beantwoord")
}

@Test func exportOfAnEmptyDocumentIsStillTheFullShape() throws {
    let root = try exported(Document(source: "empty"))
    for key in ["questions", "answers", "footnotes", "notices", "diagnostics"] {
        #expect((root[key] as? [Any])?.isEmpty == true, "\(key)")
    }
    #expect((root["metadata"] as? [String: Any])?.count == 13)
}
