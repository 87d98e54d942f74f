import Foundation
import Testing

/// The commands on the corpus Word files, as a user runs them: everything that works on
/// text works on a .docx, standard input included.
@Suite("Word files on the command line")
struct CLIWordTests {
    static func docx(_ name: String) -> String {
        Binary.packageRoot.appendingPathComponent("Tests/KamervragenKitTests/Fixtures/docx/\(name).docx").path
    }

    static let temmink = docx("antwoord_2023Z19677_jenv-5164758_Temmink-VanNispen_niet-noodnummer")
    static let lahlah = docx("antwoord_jenv-5401166_Lahlah-Chakor_hoofddoekjes-boa")

    @Test func outlineListsEveryQuestionWithItsAnswer() throws {
        let r = try Binary.run(["outline", Self.temmink], environment: ["LC_ALL": "C.UTF-8"])
        CLI.expectNoCrash(r)
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 10)
        #expect(lines[8].contains("Antwoord op vragen 7, 8 en 9"))
    }

    @Test func showPrintsTheQuestionItsAnswerAndNotes() throws {
        let r = try Binary.run(["show", Self.temmink, "10"], environment: ["COLUMNS": "100"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Kunt u in kaart brengen"))
        #expect(r.stdout.contains("Antwoord op vraag 10"))
        #expect(r.stdout.contains("Kamerstukken, 2022-2023, 29628, nr. 1135"))
    }

    @Test func exportCarriesNotesAndCoverLetterMetadata() throws {
        let r = try Binary.run(["export", Self.lahlah])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try CLI.json(r)
        let notes = try #require(json["footnotes"] as? [[String: Any]])
        #expect(notes.count == 4)
        #expect(Set(notes.map { "\($0["kind"]!) \($0["id"]!)" }) == ["endnote 1", "endnote 2", "footnote 1", "footnote 2"])
        let meta = try #require(json["metadata"] as? [String: Any])
        #expect(meta["received"] as? String == "2024-05-16")
        #expect(meta["ourReference"] as? String == "5401166")
        #expect((meta["askers"] as? [[String: Any]])?.map { $0["name"] as? String } == ["Lahlah", "Chakor"])
    }

    @Test func searchFindsWordsInTheTextAndInBothKindsOfNote() throws {
        let r = try Binary.run(["search", "hoofddoek", Self.lahlah], environment: ["LC_ALL": "C.UTF-8"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains(":Vraag 1: "))
        // Typed note 1) and Word's footnote 2 both cite a headscarf.
        // The note labels are the program's words, in the locale's language (C here).
        #expect(r.stdout.contains(":Endnote 1: "), "\(r.stdout)")
        #expect(r.stdout.contains(":Note 2: "), "\(r.stdout)")
    }

    @Test func standardInputAndAPipe() throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Self.temmink)))
        let viaStdin = try Binary.run(["outline", "-"], stdin: bytes)
        let viaFile = try Binary.run(["outline", Self.temmink])
        #expect(viaStdin.status == 0 && viaStdin.stdout == viaFile.stdout)
        // Browsing into a pipe prints the document as plain text.
        let plain = try Binary.run([Self.temmink])
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(plain.stdout.contains("Bent u bekend met het feit dat de KPN"))
        #expect(!plain.stdout.contains("DOCPROPERTY"))
    }
}
