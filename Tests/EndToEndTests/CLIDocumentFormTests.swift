import Foundation
import Testing

/// The document forms of issue 11 ("Document forms still read wrong") through the real
/// binary: `outline` shows each question and where it is answered. The fixtures are the
/// parser tests' own (`Tests/KamervragenKitTests/Fixtures/forms`), referenced in place.
@Suite("Document forms on the command line")
struct CLIDocumentFormTests {
    static func fixture(_ name: String) -> String {
        Binary.packageRoot.appendingPathComponent("Tests/KamervragenKitTests/Fixtures/forms/\(name)").path
    }

    static func outline(_ name: String) throws -> [String] {
        let r = try Binary.run(["outline", fixture(name)])
        CLI.expectNoCrash(r)
        #expect(r.status == 0, "\(r.stderr)")
        return r.stdout.split(separator: "\n").map(String.init)
    }

    /// Every numbered question of a run is listed, each pointing at the range answer
    /// that covers it (by the one normalised name every view gives an answer).
    @Test func numberedQuestionsInARun() throws {
        let lines = try Self.outline("numbered-run.txt")
        #expect(lines.count == 14, "\(lines)")
        let answers = ["vraag 1", "vragen 2 en 3", "vragen 2 en 3"] + Array(repeating: "vragen 4, 5, 6 en 7", count: 4)
            + ["vraag 8"] + Array(repeating: "vragen 9, 10, 11, 12, 13 en 14", count: 6)
        for (k, line) in lines.enumerated() where k < answers.count {
            #expect(line.trimmingCharacters(in: .whitespaces).hasPrefix("\(k + 1)  "), "\(line)")
            #expect(line.hasSuffix("→ Antwoord op \(answers[k])"), "\(line)")
        }
    }

    /// `1  Antwoord 1 Ja.` in pypdf text: answer 1 is found, not left out of the outline.
    @Test func noteNumberBeforeAHeading() throws {
        let lines = try Self.outline("glued-note-number.pypdf.txt")
        #expect(lines.count == 3, "\(lines)")
        for (k, line) in lines.enumerated() {
            #expect(line.hasSuffix("→ Antwoord op vraag \(k + 1)"), "\(line)")
        }
    }

    /// Question 2 and its answer extracted twice: listed once, and the export's
    /// diagnostics say the copy was left out.
    @Test func textExtractedTwice() throws {
        let lines = try Self.outline("repeated-text.txt")
        #expect(lines.count == 3, "\(lines)")
        let r = try Binary.run(["export", Self.fixture("repeated-text.txt")])
        let root = try CLI.json(r)
        let messages = (root["diagnostics"] as? [[String: Any]])?.compactMap { $0["message"] as? String } ?? []
        #expect(messages.count == 1 && messages[0].contains("22–27"), "\(messages)")
    }

    /// pypdf page feet: all five notes in the export.
    @Test func pypdfPageFootNotes() throws {
        let r = try Binary.run(["export", Self.fixture("pypdf-note-feet.txt")])
        CLI.expectNoCrash(r)
        let root = try CLI.json(r)
        #expect((root["footnotes"] as? [Any])?.count == 5)
        #expect((root["diagnostics"] as? [Any])?.isEmpty == true)
    }

    /// Numbered questions in a run, as a PDF and as its plain pdftotext text: `outline`
    /// lists all eleven, each pointing at the range answer that covers it.
    @Test(arguments: ["numbered-run.pdf", "numbered-run.pdftotext.txt", "numbered-run.pypdf.txt"])
    func numberedQuestionsInAPDF(name: String) throws {
        let lines = try Self.outline(name)
        #expect(lines.count == 11, "\(lines)")
        let answers = ["vraag 1", "vragen 2 en 3", "vragen 2 en 3"] + Array(repeating: "vragen 4, 5, 6 en 7", count: 4)
            + ["vraag 8"] + Array(repeating: "vragen 9, 10 en 11", count: 3)
        for (k, line) in lines.enumerated() where k < answers.count {
            #expect(line.trimmingCharacters(in: .whitespaces).hasPrefix("\(k + 1)  "), "\(line)")
            #expect(line.hasSuffix("→ Antwoord op \(answers[k])"), "\(line)")
        }
    }

    /// A note continued at the next page's foot: one note with its whole body in the
    /// export, the next page's own note beside it, no diagnostics.
    @Test(arguments: ["note-across-pages.pdf", "note-across-pages.pdftotext.txt", "note-across-pages.pypdf.txt"])
    func noteContinuedOnTheNextPage(name: String) throws {
        let r = try Binary.run(["export", Self.fixture(name)])
        CLI.expectNoCrash(r)
        #expect(r.status == 0, "\(r.stderr)")
        let root = try CLI.json(r)
        let notes = root["footnotes"] as? [[String: Any]] ?? []
        #expect(notes.count == 2)
        let first = notes.first?["text"] as? String ?? ""
        #expect(first.hasPrefix("Zie de brief van 14 november 2024"), "\(first)")
        #expect(first.hasSuffix("Scheepvaart van 22 januari 2025 (Kamerstuk 31 409, nr. 466)."), "\(first)")
        #expect((root["diagnostics"] as? [Any])?.isEmpty == true)
    }

    /// The PDF with a table after a footnote: the note's URL whole in the export, the
    /// table in answer 2.
    @Test func tableAfterAFootnoteInAPDF() throws {
        let r = try Binary.run(["export", Self.fixture("table-after-note.pdf")])
        CLI.expectNoCrash(r)
        #expect(r.status == 0, "\(r.stderr)")
        let root = try CLI.json(r)
        let notes = root["footnotes"] as? [[String: Any]] ?? []
        #expect(notes.count == 1)
        #expect((notes.first?["urls"] as? [String]) == ["https://www.cbs.nl/-/media/pdf/2023/woningbouw%20in%20de%20provincies%202022.pdf"])
        let answers = root["answers"] as? [[String: Any]] ?? []
        #expect((answers.last?["text"] as? String)?.contains("Totaal 23.940 25.795") == true)
    }
}
