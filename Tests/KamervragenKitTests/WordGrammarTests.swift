import DocxBuilder
import Testing
@testable import KamervragenKit

/// Small Word files built here, through the loader the commands use: the Word reader's
/// lines read by the same grammar as text, with Word's own notes as exact data beside
/// the notes typed as text.
@Suite struct WordGrammarTests {
    static func load(_ bytes: [UInt8]) throws -> Document {
        try DocumentLoader.parse(bytes: bytes, source: "t.docx")
    }

    static func r(_ text: String) -> String { "<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r>" }
    func p(_ text: String) -> String { Docx.p(text) }
    static let footnoteSeparators = "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"

    @Test func typedParenNoteAndWordFootnoteBothNumberedOne() throws {
        let body = p("Vraag 1") + p("Kent u het bericht ‘Kop’ 1)?")
            + p("Antwoord op vraag 1") + "<w:p>\(Self.r("Ja, zie de motie"))<w:r><w:footnoteReference w:id=\"5\"/></w:r>\(Self.r("."))</w:p>"
            + p("1) NOS, 6 maart 2024 (nos.nl/artikel/2511721-kop).")
        let footnotes = Self.footnoteSeparators
            + "<w:footnote w:id=\"5\"><w:p><w:r><w:footnoteRef/></w:r>\(Self.r(" Kamerstukken II 2021/22, 29 628, nr. 1099."))</w:p></w:footnote>"
        let doc = try Self.load(Docx.build(body: body, footnotes: footnotes))
        #expect(doc.questions[0].paragraphs.flatMap(\.noteRefs) == [NoteID(.endnote, "1")])
        #expect(doc.questions[0].plainText == "Kent u het bericht ‘Kop’?")
        #expect(doc.answers[0].paragraphs.flatMap(\.noteRefs) == [NoteID(.footnote, "1")])
        #expect(doc.footnote(NoteID(.endnote, "1"))?.urls == ["https://nos.nl/artikel/2511721-kop"])
        #expect(doc.footnote(NoteID(.footnote, "1"))?.text == "Kamerstukken II 2021/22, 29 628, nr. 1099.")
        #expect(!doc.answers[0].plainText.contains("NOS"))
        #expect(doc.footnotes.count == 2)
    }

    /// A typed marker in a paragraph that also holds Word's own marks (a hyperlink, a
    /// footnote reference): all three kept, each where it stands.
    @Test func typedMarkerBesideWordMarksInOneParagraph() throws {
        let url = "https://nos.nl/artikel/2511721"
        let body = p("Vraag 1")
            + "<w:p>\(Self.r("Kent u het bericht "))<w:hyperlink r:id=\"rIdL\">\(Self.r(url))</w:hyperlink>\(Self.r(" 1) en de motie"))"
            + "<w:r><w:footnoteReference w:id=\"2\"/></w:r>\(Self.r("?"))</w:p>"
            + p("Antwoord op vraag 1") + p("Ja.") + p("1) NOS, 6 maart 2024.")
        let footnotes = Self.footnoteSeparators
            + "<w:footnote w:id=\"2\"><w:p><w:r><w:footnoteRef/></w:r>\(Self.r(" Kamerstukken II 2021/22, 29 628, nr. 1099."))</w:p></w:footnote>"
        let doc = try Self.load(Docx.build(body: body, footnotes: footnotes, links: [.init("rIdL", url)]))
        let paragraph = try #require(doc.questions.first?.paragraphs.first)
        #expect(paragraph.runs == [.text("Kent u het bericht "), .url(url), .noteRef(NoteID(.endnote, "1")), .text(" en de motie"),
                                   .noteRef(NoteID(.footnote, "1")), .text("?")])
        #expect(doc.footnote(NoteID(.endnote, "1"))?.text == "NOS, 6 maart 2024.")
        #expect(doc.footnotes.count == 2)
        #expect(doc.diagnostics.isEmpty, "\(doc.diagnostics.map(\.message))")
    }

    @Test func readerMarksMoveWithTheTextInTheirOrder() {
        // `ab[1]https://a.nl [2],cd` with a reader's footnote reference before each marker
        // (at 2 and 17): the markers (the second with the space before it) are taken out.
        let marked = MarkedText(bytes: Array("abhttps://a.nl,cd".utf8),
                                marks: [.noteRef(NoteID(.endnote, "1"), at: 2), .noteRef(NoteID(.endnote, "2"), at: 14)],
                                removed: [.init(lowerBound: 2, upperBound: 5), .init(lowerBound: 17, upperBound: 21)])
        let earlier: [LineMark] = [.noteRef(NoteID(.footnote, "1"), at: 2), .link(5..<17, target: "https://a.nl"),
                                   .noteRef(NoteID(.footnote, "2"), at: 17)]
        #expect(marked.merging(earlier) == [.noteRef(NoteID(.footnote, "1"), at: 2), .noteRef(NoteID(.endnote, "1"), at: 2),
                                            .link(2..<14, target: "https://a.nl"),
                                            .noteRef(NoteID(.footnote, "2"), at: 14), .noteRef(NoteID(.endnote, "2"), at: 14)])
    }

    /// Note bodies numbered by Word (`w:numPr`, `%1)`): the number is in no `w:t`, only
    /// in the numbering part, and the grammar reads them as the typed notes they look like.
    @Test func numberingRenderedNoteLabels() throws {
        let numbering = "<w:abstractNum w:abstractNumId=\"3\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1)\"/></w:lvl></w:abstractNum><w:num w:numId=\"49\"><w:abstractNumId w:val=\"3\"/></w:num>"
        func item(_ text: String) -> String {
            "<w:p><w:pPr><w:pStyle w:val=\"Lijstalinea\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"49\"/></w:numPr></w:pPr>\(Self.r(text))</w:p>"
        }
        let body = p("Vraag 1") + p("Bent u bekend met het nummer 1)?") + p("Antwoord op vraag 1") + p("Ja.")
            + p("Vraag 2") + p("En met de marechaussee 2)?") + p("Antwoord op vraag 2") + p("Ook.")
            + item("Geen spoed wel brandweer – Brandweer") + item("Contact marechaussee | Defensie.nl")
        let doc = try Self.load(Docx.build(body: body, numbering: numbering))
        #expect(doc.footnotes.map(\.id) == [NoteID(.endnote, "1"), NoteID(.endnote, "2")])
        #expect(doc.footnotes.map(\.text) == ["Geen spoed wel brandweer – Brandweer", "Contact marechaussee | Defensie.nl"])
        #expect(doc.questions.map { $0.paragraphs.flatMap(\.noteRefs) } == [[NoteID(.endnote, "1")], [NoteID(.endnote, "2")]])
        #expect(doc.answers[1].plainText == "Ook.")
    }

    @Test func typedBracketNotesWithABodyStartingMidParagraph() throws {
        let body = p("Vraag 1") + p("Hoe vaak raakten kinderen gewond[1], en wie kwam om [2]?")
            + p("Antwoord op vraag 1") + p("Dat is niet bekend.")
            + p("[1] https://www.nhnieuws.nl/nieuws/313687")
            + p("[2] https://www.ad.nl/a~a44537d3/#:~:text=Dat%20zegt%20de%20politie[3] https://www.ad.nl/b~a2803fe1/")
        let doc = try Self.load(Docx.build(body: body))
        #expect(doc.footnotes.map(\.text) == ["https://www.nhnieuws.nl/nieuws/313687",
                                              "https://www.ad.nl/a~a44537d3/#:~:text=Dat%20zegt%20de%20politie",
                                              "https://www.ad.nl/b~a2803fe1/"])
        #expect(doc.questions[0].plainText == "Hoe vaak raakten kinderen gewond, en wie kwam om?")
        #expect(doc.questions[0].paragraphs.flatMap(\.noteRefs) == [NoteID(.endnote, "1"), NoteID(.endnote, "2")])
        // Note 3 is listed but cited nowhere: said so, not dropped.
        #expect(doc.diagnostics.contains { $0.message.contains("never cited") })
    }

    /// docs/word.md: a page break starts a new line in the walk but is not passed to the
    /// grammar (where a page break means typeset pages, whose typed notes are not looked
    /// for); a section break's properties are left out; each table cell's paragraph is a
    /// paragraph of its own, in order.
    @Test func pageAndSectionBreaksAndTableCells() throws {
        let cell = { (text: String) in "<w:tc><w:p>\(Self.r(text))</w:p></w:tc>" }
        let body = p("Vraag 1") + p("Hoeveel meldingen waren er 1)?")
            + "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"
            + "<w:p><w:pPr><w:sectPr><w:headerReference w:type=\"default\" r:id=\"rheader\"/><w:pgSz w:w=\"11906\"/></w:sectPr></w:pPr>\(Self.r("Antwoord op vraag 1"))</w:p>"
            + p("Zie de tabel.")
            + "<w:tbl><w:tr>\(cell("Jaar"))\(cell("Meldingen"))</w:tr><w:tr>\(cell("2023"))\(cell("412"))</w:tr></w:tbl>"
            + "<w:p><w:r><w:t xml:space=\"preserve\">Tot zover</w:t><w:br w:type=\"page\"/><w:t xml:space=\"preserve\">de cijfers.</w:t></w:r></w:p>"
            + p("1) Jaarverslag 2023.")
        let bytes = Docx.build(body: body, header: "<w:p>\(Self.r("Pagina 1 van 3"))</w:p>")
        let walked = try WordReader.read(bytes: bytes)
        #expect(walked.lines.contains { $0.pageBreak })
        let source = try WordReader.read(bytes, source: "t.docx")
        #expect(!source.lines.contains { $0.pageBreak })
        let doc = try Self.load(bytes)
        #expect(doc.questions.count == 1 && doc.answers.count == 1)
        #expect(doc.footnote(NoteID(.endnote, "1"))?.text == "Jaarverslag 2023.")
        #expect(doc.questions[0].paragraphs.flatMap(\.noteRefs) == [NoteID(.endnote, "1")])
        #expect(doc.answers[0].paragraphs.map(\.plainText) == ["Zie de tabel.", "Jaar", "Meldingen", "2023", "412",
                                                               "Tot zover de cijfers."])
        #expect(!doc.answers[0].plainText.contains("Pagina"))
    }
}
