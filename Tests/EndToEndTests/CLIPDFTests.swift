import Foundation
import Testing

/// Issue 4: the commands take a PDF as they take text. These run the real binary (and so
/// the real `pdftotext`) on corpus PDFs.
@Suite("PDFs on the command line")
struct CLIPDFTests {
    @Test func outlineListsEveryQuestionWithItsAnswer() throws {
        let r = try Binary.run(["outline", PDFFixture.sinterklaas])
        CLI.expectNoCrash(r)
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 5, "\(r.stdout)")
        for (i, line) in lines.enumerated() {
            #expect(line.hasPrefix("\(i + 1)  "), "\(line)")
            #expect(line.hasSuffix("→ Antwoord op vraag \(i + 1)"), "\(line)")
        }
        #expect(lines.first?.contains("Bent u bekend met het feit dat de Sinterklaasintocht") == true)
    }

    @Test func exportIsJSONWithQuestionsAnswersNotesAndMetadata() throws {
        let r = try Binary.run(["export", PDFFixture.sinterklaas])
        CLI.expectNoCrash(r)
        #expect(r.status == 0, "\(r.stderr)")
        let root = try CLI.json(r)
        let questions = try #require(root["questions"] as? [[String: Any]])
        #expect(questions.map { $0["number"] as? String } == ["1", "2", "3", "4", "5"])
        let first = try #require(questions.first)
        #expect((first["text"] as? String)?.hasPrefix("Bent u bekend met het feit") == true)
        // Note markers cut from the text and kept as references.
        #expect((first["text"] as? String)?.contains("[1]") == false)
        #expect((first["notes"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["1", "2"])
        let notes = try #require(root["footnotes"] as? [[String: Any]])
        #expect(notes.count == 3)
        #expect((notes.first?["text"] as? String)?.hasPrefix("Hart van Nederland, 17 november 2023") == true)
        #expect((notes.first?["urls"] as? [String])?.first?.hasPrefix("https://www.hartvannederland.nl/regio/overijssel/") == true)
        let metadata = try #require(root["metadata"] as? [String: Any])
        #expect(metadata["publicationID"] as? String == "ah-tk-20232024-1076")
        #expect(metadata["received"] as? String == "2024-02-20")
        // Page furniture (running heads, page numbers) never ends up in an answer.
        for answer in root["answers"] as? [[String: Any]] ?? [] {
            #expect((answer["text"] as? String)?.contains("ah-tk-20232024-1076") == false)
        }
    }

    /// Every fixture PDF exports the questions and note count its expectation file lists.
    @Test func everyFixturePDFExportsWhatItsExpectationSays() throws {
        let fixtures = try PDFFixture.all()
        #expect(fixtures.count >= 5)
        for (pdf, expected) in fixtures {
            let r = try Binary.run(["export", pdf])
            CLI.expectNoCrash(r)
            #expect(r.status == 0, "\(pdf): \(r.stderr)")
            let root = try CLI.json(r)
            let numbers = (root["questions"] as? [[String: Any]])?.compactMap { $0["number"] as? String }
            #expect(numbers == expected["questions"] as? [String], "\(pdf)")
            let covered = (root["answers"] as? [[String: Any]])?.compactMap { $0["questions"] as? [String] }
            #expect(covered == expected["answers"] as? [[String]], "\(pdf)")
            #expect((root["footnotes"] as? [Any])?.count == expected["footnotes"] as? Int, "\(pdf)")
        }
    }
}
