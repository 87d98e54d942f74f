import Foundation
import Testing
@testable import KamervragenKit

/// The seed's export, checked against what a reader sees in the document (not against
/// what the parser happens to produce): nine questions, eight answers with 3 and 4
/// combined, footnote 1 cited in answer 7, typed endnote 1 cited in question 1.
private func seedExport() throws -> [String: Any] {
    let doc = try DocumentLoader.parse(bytes: Fixture.bytes("seed.txt"), source: "seed.txt")
    let json = DocumentExport.json(doc)
    return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
}

@Test func seedExportQuestions() throws {
    let questions = try #require(try seedExport()["questions"] as? [[String: Any]])
    #expect(questions.map { $0["number"] as? String } == (1...9).map(String.init))
    #expect(questions.map { ($0["answer"] as? NSNumber)?.intValue } == [0, 1, 2, 2, 3, 4, 5, 6, 7])
    #expect(questions[1]["text"] as? String == "Wat doet u om de meldingsbereidheid van mensenhandel toe te laten nemen?")
    // The typed marker "1)" is a note reference, not text.
    #expect(questions[0]["text"] as? String == "Wat is uw reactie op het bericht ‘Meer meldingen van minderjarige slachtoffers van criminele uitbuiting’ en de onderliggende jaarcijfers van 2024 van de Nationaal Rapporteur Mensenhandel en Seksueel Geweld tegen Kinderen?")
    // Question 8 ends in a trailing space in the source; normalisation drops it.
    #expect((questions[7]["text"] as? String)?.hasSuffix("door seksuele uitbuiters?") == true)
}

@Test func seedExportAnswers() throws {
    let answers = try #require(try seedExport()["answers"] as? [[String: Any]])
    #expect(answers.count == 8)
    #expect(answers.map { $0["questions"] as? [String] } == [["1"], ["2"], ["3", "4"], ["5"], ["6"], ["7"], ["8"], ["9"]])
    #expect(answers[2]["heading"] as? String == "Antwoord op vragen 3 en 4")
    #expect(answers[0]["heading"] as? String == "Antwoord op vraag 1")
    let combined = try #require(answers[2]["text"] as? String)
    #expect(combined.hasPrefix("Criminelen ronselen steeds vaker minderjarigen"))
    #expect(combined.contains("\n\nNaast de acties uit het Actieplan"))
    let seventh = try #require(answers[5]["text"] as? String)
    #expect(!seventh.contains("footnoteRef"))
    #expect(!seventh.contains("[1:"))
    #expect(seventh.contains("worden onderzocht. Er wordt hierbij gekeken"))
}

@Test func seedExportNotes() throws {
    let notes = try #require(try seedExport()["footnotes"] as? [[String: Any]])
    #expect(notes.count == 2)
    let footnote = try #require(notes.first { $0["kind"] as? String == "footnote" })
    let endnote = try #require(notes.first { $0["kind"] as? String == "endnote" })
    #expect(footnote["id"] as? String == "1")
    #expect(footnote["text"] as? String == "Aanwijzing mensenhandel (2022A002) | Beleid en Straffen | Openbaar Ministerie")
    #expect(footnote["urls"] as? [String] == [])
    #expect((footnote["citedBy"] as? [String: Any])?["answers"] as? [Int] == [5])
    #expect(endnote["id"] as? String == "1")
    #expect((endnote["text"] as? String)?.hasPrefix("NOS, 17 oktober 2025, Meer meldingen") == true)
    #expect(endnote["urls"] as? [String] == ["https://nos.nl/artikel/2586742-meer-meldingen-van-minderjarige-slachtoffers-van-criminele-uitbuiting"])
    #expect((endnote["citedBy"] as? [String: Any])?["questions"] as? [String] == ["1"])
}

@Test func seedExportHasNoNoticesAndNoHeaderMetadata() throws {
    let root = try seedExport()
    #expect((root["notices"] as? [Any])?.isEmpty == true)
    var meta = try #require(root["metadata"] as? [String: Any])
    // The askers are a list, empty when the header names none (so `.metadata.askers[]`
    // works in jq on every document); every other field is null when unknown.
    #expect((meta.removeValue(forKey: "askers") as? [Any])?.isEmpty == true)
    #expect(meta.values.allSatisfy { $0 is NSNull })
}
