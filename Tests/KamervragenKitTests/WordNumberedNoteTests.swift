import DocxBuilder
import Testing
@testable import KamervragenKit

/// Note bodies numbered by Word in the other level texts it uses for such lists (`%1.`,
/// `(%1)`, `%1` alone): the number is in no `w:t`, the markers in the text are typed
/// `1)`, and the bodies are read as the typed notes they are.
@Suite struct WordNumberedNoteTests {
    static func r(_ text: String) -> String { "<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r>" }

    static func numbering(_ lvlText: String, format: String = "decimal") -> String {
        "<w:abstractNum w:abstractNumId=\"3\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"\(format)\"/>"
            + "<w:lvlText w:val=\"\(lvlText)\"/></w:lvl>"
            + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.%2.\"/></w:lvl></w:abstractNum>"
            + "<w:num w:numId=\"49\"><w:abstractNumId w:val=\"3\"/></w:num>"
    }

    static func item(_ text: String, level: Int = 0) -> String {
        "<w:p><w:pPr><w:pStyle w:val=\"Lijstalinea\"/><w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"49\"/></w:numPr></w:pPr>\(r(text))</w:p>"
    }

    /// Two questions citing typed `1)` and `2)`, the bodies a Word list at the end.
    static func document(_ lvlText: String, format: String = "decimal", cited: Bool = true) throws -> Document {
        let body = Docx.p("Vraag 1") + Docx.p("Bent u bekend met het nummer\(cited ? " 1)" : "")?")
            + Docx.p("Antwoord op vraag 1") + Docx.p("Ja.")
            + Docx.p("Vraag 2") + Docx.p("En met de marechaussee\(cited ? " 2)" : "")?")
            + Docx.p("Antwoord op vraag 2") + Docx.p("Ook.")
            + item("Geen spoed wel brandweer – Brandweer") + item("Contact marechaussee | Defensie.nl")
        return try DocumentLoader.parse(bytes: Docx.build(body: body, numbering: numbering(lvlText, format: format)), source: "n.docx")
    }

    @Test(arguments: ["%1.", "(%1)", "%1", "%1)"])
    func wordNumberedBodiesAreNotes(_ lvlText: String) throws {
        let doc = try Self.document(lvlText)
        #expect(doc.footnotes.map(\.id) == [NoteID(.endnote, "1"), NoteID(.endnote, "2")])
        #expect(doc.footnotes.map(\.text) == ["Geen spoed wel brandweer – Brandweer", "Contact marechaussee | Defensie.nl"])
        #expect(doc.questions.map { $0.paragraphs.flatMap(\.noteRefs) } == [[NoteID(.endnote, "1")], [NoteID(.endnote, "2")]])
        #expect(doc.answers[1].plainText == "Ook.")
    }

    /// A numbered list after the last answer that nothing cites is that answer's text,
    /// as Word shows it.
    @Test func anUncitedNumberedListStaysAnswerText() throws {
        let doc = try Self.document("%1.", cited: false)
        #expect(doc.footnotes.isEmpty)
        #expect(doc.answers[1].plainText.contains("1. Geen spoed wel brandweer"))
        #expect(doc.answers[1].plainText.contains("2. Contact marechaussee"))
    }

    /// Letters and Roman numerals count too, but they are not the numbers the markers cite.
    @Test(arguments: ["lowerLetter", "upperRoman"])
    func aListNotNumberedInDecimalsIsNoNoteList(_ format: String) throws {
        let doc = try Self.document("%1.", format: format)
        #expect(doc.footnotes.isEmpty)
    }

    @Test func labelForms() {
        func label(_ s: String) -> Int? { Array(s.utf8).withByteText { TypedNotes.numberedLabel(bytes: $0)?.0 } }
        #expect(label("1. Geen spoed") == 1)
        #expect(label("12. x") == 12)
        #expect(label("(3) x") == 3)
        #expect(label("4 x") == 4)
        #expect(label("5.") == 5)
        #expect(label("1.1. x") == nil)
        #expect(label("(3 x") == nil)
        #expect(label("0. x") == nil)
        #expect(label("1.x") == nil)
        #expect(label("a. x") == nil)
    }
}
