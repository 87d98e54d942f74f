import DocxBuilder
import Testing
@testable import KamervragenKit

/// The headers are read only when the cover letter lacks a fact they may hold: a letter
/// that prints its `Datum` and `Ons kenmerk` opens without them being parsed, which a
/// malformed header shows (it would refuse the file if it were read).
@Suite struct WordHeaderTests {
    static let brokenHeader = "<w:p><w:r><w:t>Datum 11 april 2024</w:t></w:r>"
    static let questions = Docx.p("Vraag 1") + Docx.p("Waarom?") + Docx.p("Antwoord op vraag 1") + Docx.p("Daarom.")
    static let sectPr = "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rheader\"/></w:sectPr>"

    static func load(letter: String, header: String) throws(LoadError) -> Document {
        let bytes = Docx.build(body: letter + questions + sectPr, header: header)
        return try DocumentLoader.parse(bytes: bytes, source: "h.docx")
    }

    @Test func aLetterWithItsFactsDoesNotReadTheHeaders() throws {
        let doc = try Self.load(letter: Docx.p("Datum 16 mei 2024") + Docx.p("Ons kenmerk 5401166"), header: Self.brokenHeader)
        #expect(doc.metadata.received == ISODate(year: 2024, month: 5, day: 16))
        #expect(doc.metadata.ourReference == "5401166")
        #expect(doc.questions.count == 1)
    }

    @Test func aLetterWithoutADateReadsThemAndAMalformedOneRefusesTheFile() throws {
        #expect(throws: LoadError.self) {
            try Self.load(letter: Docx.p("Ons kenmerk 5401166"), header: Self.brokenHeader)
        }
        let doc = try Self.load(letter: Docx.p("Ons kenmerk 5401166"), header: "<w:p><w:r><w:t>Datum 11 april 2024</w:t></w:r></w:p>")
        #expect(doc.metadata.received == ISODate(year: 2024, month: 4, day: 11))
    }

    @Test func aLetterWithoutItsReferenceReadsThem() throws {
        let doc = try Self.load(letter: Docx.p("Datum 16 mei 2024"),
                                header: "<w:p><w:r><w:t>Ons kenmerk</w:t></w:r></w:p><w:p><w:r><w:t>5624406</w:t></w:r></w:p>")
        #expect(doc.metadata.ourReference == "5624406")
        #expect(doc.metadata.received == ISODate(year: 2024, month: 5, day: 16))
    }
}
