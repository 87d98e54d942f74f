import Testing
@testable import KamervragenKit

/// Document forms that were read wrong (issue 11, "Document forms still read wrong"), each
/// with a fixture made in the same form (`Fixtures/forms/`), read through the loader as a
/// file would be.
@Suite("Document forms")
struct DocumentFormTests {
    static func load(_ name: String) throws -> Document {
        try DocumentLoader.parse(bytes: Fixture.bytes("forms/\(name)"), source: name)
    }

    static func numbers(_ doc: Document) -> [String] { doc.questions.map(\.number.description) }
    static func covered(_ doc: Document) -> [[String]] { doc.answers.map { $0.questions.map(\.description) } }

    // MARK: numbered questions in a run

    /// `1. …`, `2. …` with several questions sharing `Antwoord vraag 4-7:`: every numbered
    /// question is read, each range covers its questions, and nothing is reported missing.
    @Test func numberedQuestionsInARunShareTheirRangeAnswer() throws {
        let doc = try Self.load("numbered-run.txt")
        #expect(Self.numbers(doc) == (1...14).map(String.init))
        #expect(Self.covered(doc) == [["1"], ["2", "3"], ["4", "5", "6", "7"], ["8"], (9...14).map(String.init)])
        #expect(doc.questions.allSatisfy { $0.answer != nil })
        #expect(doc.diagnostics.isEmpty, "\(doc.diagnostics)")
        #expect(doc.questions[4].plainText == "Hoe wordt dat bedrag gedekt in de begroting van het Mobiliteitsfonds?")
        #expect(doc.questions[9].plainText == "Hoe lang duren die afsluitingen naar verwachting?")
    }

    /// The answers' own numbered lists stay answer text, also where an item's number is
    /// the next question's (`4. de sluis bij Weurt.` before question 4).
    @Test func anAnswersNumberedListStaysAnswerText() throws {
        let doc = try Self.load("numbered-run.txt")
        let two = doc.answers[1].plainText
        #expect(two.contains("de Prinses Beatrixsluis"))
        #expect(two.contains("de sluis bij Weurt"))
        #expect(!doc.questions[3].plainText.contains("Weurt"))
        let four = doc.answers[2].plainText
        #expect(four.contains("een meerjarenplan voor alle sluizen en bruggen"))
        #expect(four.contains("een jaarlijkse voortgangsbrief"))
    }

    /// A question's own list does not start the next question, and a wrapped line that
    /// starts with the next number does not either.
    @Test func aQuestionsOwnNumberedListStaysQuestionText() {
        let text = """
        1. Bent u bekend met:
        1. het bericht «Sluizen in slechte staat»;
        2. de brief van de provincie Gelderland?

        2. Hoeveel sluizen zijn ouder dan
        3. eeuwen, en welke daarvan zijn monumenten?

        Antwoord vraag 1-2:
        Ja. Het zijn er twaalf.
        """
        let doc = DocumentParser.parse(text, source: "t")
        #expect(Self.numbers(doc) == ["1", "2"])
        #expect(doc.questions[0].plainText.contains("de brief van de provincie Gelderland?"))
        #expect(doc.questions[1].plainText.contains("eeuwen, en welke"))
        #expect(Self.covered(doc) == [["1", "2"]])
        #expect(doc.diagnostics.isEmpty, "\(doc.diagnostics)")
    }

    // MARK: a note number glued before a heading

    /// pypdf puts the marker that ends one paragraph before the next heading, on its line:
    /// `1  Antwoord 1 Ja.`, `2 Vraag 3`. The headings are read, the markers cite their
    /// notes from the text before them, and no note is made of a heading.
    @Test func noteNumberBeforeAHeadingIsAMarkerAndTheHeadingIsRead() throws {
        let doc = try Self.load("glued-note-number.pypdf.txt")
        #expect(Self.numbers(doc) == ["1", "2", "3"])
        #expect(Self.covered(doc) == [["1"], ["2"], ["3"]])
        #expect(doc.answers[0].plainText == "Ja.")
        #expect(doc.questions[0].paragraphs.flatMap(\.noteRefs) == [NoteID(.footnote, "1")])
        #expect(doc.answers[1].paragraphs.flatMap(\.noteRefs) == [NoteID(.footnote, "2")])
        #expect(!doc.answers[1].plainText.contains("Vraag 3"))
        #expect(doc.footnotes.map(\.id) == [NoteID(.footnote, "1"), NoteID(.footnote, "2")])
        #expect(doc.footnotes[0].text.hasPrefix("Omroep Flevoland, 2 maart 2025"))
        #expect(doc.diagnostics.isEmpty, "\(doc.diagnostics)")
    }

    /// In a Markdown-style conversion a body may follow its number after a space
    /// (`1 Omroep …`): a heading after a number is still a heading, not note 1's body.
    @Test func noteNumberBeforeAHeadingInASpacedConversion() {
        let text = """
        # 9003

        Vraag 1

        Kent u het bericht «Stroomnet vol»?

        1  Antwoord 1 Ja.

        Vraag 2

        Wat doet u eraan?

        Antwoord 2

        Ik versnel de uitbreiding.

        1 Omroep Flevoland, 2 maart 2025.

        -----
        """
        let doc = DocumentParser.parse(text, source: "t")
        #expect(Self.covered(doc) == [["1"], ["2"]])
        #expect(doc.answers[0].plainText == "Ja.")
        #expect(doc.footnotes.map(\.text) == ["Omroep Flevoland, 2 maart 2025."])
        #expect(doc.questions[0].paragraphs.flatMap(\.noteRefs) == [NoteID(.footnote, "1")])
        #expect(doc.diagnostics.isEmpty, "\(doc.diagnostics)")
    }

    // MARK: text an extractor duplicated

    /// Question 2 and its answer printed twice in a row: one question 2, one answer, and
    /// a warning naming both stretches.
    @Test func textExtractedTwiceIsReadOnce() throws {
        let doc = try Self.load("repeated-text.txt")
        #expect(Self.numbers(doc) == ["1", "2", "3"])
        #expect(Self.covered(doc) == [["1"], ["2"], ["3"]])
        #expect(doc.answers[1].plainText.components(separatedBy: "Arbeidsmarktmonitor").count == 2)
        #expect(doc.diagnostics.map(\.severity) == [.warning])
        #expect(doc.diagnostics.first?.line == 22)
        #expect(doc.diagnostics.first?.message.contains("lines 22–27 repeat lines 15–20") == true, "\(doc.diagnostics)")
    }

    /// The same in a document of numbered questions, where the copy's `2.` would have
    /// stayed answer text.
    @Test func numberedQuestionExtractedTwiceIsReadOnce() {
        let text = """
        1. Kent u het bericht?

        Antwoord vraag 1:
        Ja.

        2. Hoeveel scholen zoeken een leraar?

        Antwoord vraag 2:
        Het zijn er 34.

        2. Hoeveel scholen zoeken een leraar?

        Antwoord vraag 2:
        Het zijn er 34.

        3. Wat gaat u doen?

        Antwoord vraag 3:
        Ik start een campagne.
        """
        let doc = DocumentParser.parse(text, source: "t")
        #expect(Self.covered(doc) == [["1"], ["2"], ["3"]])
        #expect(doc.answers[1].plainText == "Het zijn er 34.")
        #expect(doc.diagnostics.map(\.line) == [11], "\(doc.diagnostics)")
    }

    /// A question printed again with a different answer is not a repetition: both stay,
    /// with the existing warnings.
    @Test func aQuestionAskedAgainIsNotARepetition() {
        let text = "Vraag 1\nWaarom?\nAntwoord 1\nDaarom.\nVraag 1\nWaarom?\nAntwoord 1\nOmdat het moet.\n"
        let doc = DocumentParser.parse(text, source: "t")
        #expect(doc.questions.count == 2)
        #expect(doc.answers.count == 2)
        #expect(!doc.diagnostics.contains { $0.message.contains("repeat") })
    }

    // MARK: page-foot notes in pypdf text

    /// Bodies whose number stands on a line of its own, bodies over two and three lines,
    /// a body with the publication id run onto it, the next page glued to the running
    /// foot, and the page number before the last page's foot (`2 Tweede Kamer, …`): five
    /// notes, each cited where it was, none with furniture in it. A lone number before a paragraph that
    /// runs on to a heading stays a marker (notes 4 and 5 are cited in answer 2).
    @Test func pypdfPageFootNotesSplitOverLinesAndGluedToFurniture() throws {
        let doc = try Self.load("pypdf-note-feet.txt")
        #expect(Self.covered(doc) == [["1"], ["2"], ["3"]])
        #expect(doc.footnotes.map(\.id.label) == ["1", "2", "3", "4", "5"])
        #expect(doc.footnotes.map(\.text) == [
            "Omroep West, 10 februari 2025, «Ultrafijnstof rond Schiphol hoger dan gedacht» (https://www.omroepwest.nl/nieuws/2025/ultrafijnstof-schiphol-hoger-dan-gedacht).",
            "RIVM, Ultrafijnstof rond Schiphol, meetrapport 2024, Bilthoven, december 2024.",
            "Kamerstuk 29 665, nr. 512.",
            "Kamerstuk 31 936, nr. 1190.",
            "Gezondheidsraad, Gezondheidsrisico’s van ultrafijnstof rond Schiphol, advies nr. 2021/28, Den Haag, september 2021.",
        ])
        #expect(doc.footnotes[0].urls == ["https://www.omroepwest.nl/nieuws/2025/ultrafijnstof-schiphol-hoger-dan-gedacht"])
        #expect(doc.questions[0].paragraphs.flatMap(\.noteRefs).map(\.label) == ["1"])
        #expect(doc.answers[0].paragraphs.flatMap(\.noteRefs).map(\.label) == ["2", "3"])
        #expect(doc.answers[1].paragraphs.flatMap(\.noteRefs).map(\.label) == ["4", "5"])
        #expect(doc.answers[1].plainText.contains("In de rechtspraak"))
        #expect(!doc.answers.contains { $0.plainText.contains("Omroep West") || $0.plainText.contains("ah-tk") })
        #expect(doc.diagnostics.isEmpty, "\(doc.diagnostics)")
    }

    /// Bodies set apart from their number by a space (`1 Omroep Gelderland, …`), one over
    /// two lines; a marker at a line start in the same form (`1 Het bericht …`) stays a
    /// marker, because the page foot below it has note 1's body.
    @Test func pypdfPageFootNotesWithASpaceAfterTheNumber() throws {
        let doc = try Self.load("pypdf-spaced-labels.txt")
        #expect(Self.covered(doc) == [["1"], ["2"]])
        #expect(doc.footnotes.map(\.text) == [
            "Omroep Gelderland, 3 maart 2025, «Minder leerlingen in het basisonderwijs».",
            "DUO, Leerlingenprognose 2025–2040, februari 2025.",
            "CBS, Bevolkingsprognose per regio, 2024.",
        ])
        #expect(doc.questions[0].plainText.hasSuffix("Het bericht gaat over de grensregio’s. Kent u ook de prognose van DUO?"))
        #expect(doc.questions[0].paragraphs.flatMap(\.noteRefs).map(\.label) == ["1", "2"])
        #expect(doc.answers[0].paragraphs.flatMap(\.noteRefs).map(\.label) == ["3"])
        #expect(doc.diagnostics.isEmpty, "\(doc.diagnostics)")
    }

    // MARK: PDF: a table after a footnote, a URL wrapped in pieces

    /// `table-after-note.pdf` (made by `scripts/make-form-pdfs.py`): answer 2's table is
    /// set in note-sized type on the page whose foot holds note 1 (cited by question 1,
    /// its number printed apart). The table stays in answer 2, in its place; note 1 is
    /// only its own text, with its URL whole although its last parts wrap onto lines of
    /// their own.
    @Test func tableAfterAFootnoteStaysInItsAnswerAndTheWrappedURLIsWhole() throws {
        let doc = try DocumentLoader.parse(bytes: Fixture.bytes("forms/table-after-note.pdf"), source: "table-after-note.pdf")
        #expect(Self.covered(doc) == [["1"], ["2"]])
        #expect(doc.footnotes.count == 1)
        let note = try #require(doc.footnotes.first)
        #expect(note.text == "CBS, Woningbouw in de provincies 2022 (https://www.cbs.nl/-/media/pdf/2023/woningbouw%20in%20de%20provincies%202022.pdf).")
        #expect(note.urls == ["https://www.cbs.nl/-/media/pdf/2023/woningbouw%20in%20de%20provincies%202022.pdf"])
        #expect(doc.questions[0].paragraphs.flatMap(\.noteRefs) == [NoteID(.footnote, "1")])
        let answer = doc.answers[1].plainText
        let table = try #require(answer.range(of: "Provincie 2023 2024 Utrecht 9.120 9.870"))
        #expect(answer.contains("Totaal 23.940 25.795"))
        // In its place: after the sentence that announces it, before the one that follows.
        #expect(answer.range(of: "tabel hieronder.")!.lowerBound < table.lowerBound)
        #expect(table.lowerBound < answer.range(of: "Het aantal opgeleverde")!.lowerBound)
        // A paragraph of its own: small type begins and ends one.
        #expect(doc.answers[1].paragraphs.map(\.plainText) == [
            "De aantallen staan in de tabel hieronder.",
            "Provincie 2023 2024 Utrecht 9.120 9.870 Gelderland 11.340 12.015 Flevoland 3.480 3.910 Totaal 23.940 25.795",
            "Het aantal opgeleverde woningen steeg in alle drie de provincies.",
        ])
        #expect(doc.diagnostics.isEmpty, "\(doc.diagnostics)")
    }

    /// The seam rule on its own: a percent-escape carries a URL on, also at the second
    /// line end of the same URL.
    @Test func percentEscapeCarriesAWrappedURLOn() {
        #expect(URLText.isOpen("https://www.cbs.nl/-/media/woningbouw%20in%20de", next: "%20provincies"))
        #expect(!URLText.isOpen("https://www.cbs.nl/-/media/woningbouw", next: "%-teken"))
        #expect(!URLText.isOpen("https://www.cbs.nl/publicatie", next: "Daarnaast"))
        let tokens = [Token(text: "(https://www.cbs.nl/a%20b", glued: false), Token(text: "%20c", glued: true)]
        #expect(LineJoiner.lastWord(tokens) == "(https://www.cbs.nl/a%20b%20c")
    }
}
