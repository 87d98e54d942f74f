import Testing
@testable import KamervragenKit

/// The PDF forms issue 11 left last ("Document forms still read wrong"), each in the
/// forms a reader meets: the PDF itself (through pdftotext -bbox-layout), plain
/// pdftotext's text and pypdf's text. The fixtures are made by
/// `scripts/make-form-pdfs.py` (the text forms by running those tools on its PDFs).
@Suite("Document forms in PDFs")
struct PDFDocumentFormTests {
    static let forms = ["pdf", "pdftotext.txt", "pypdf.txt"]

    static func load(_ name: String) throws -> Document {
        try DocumentLoader.parse(bytes: Fixture.bytes("forms/\(name)"), source: name)
    }

    static func covered(_ doc: Document) -> [[String]] { doc.answers.map { $0.questions.map(\.description) } }
    static func refs(_ paragraphs: ParagraphList) -> [String] { paragraphs.flatMap(\.noteRefs).map(\.label) }

    // MARK: numbered questions in a run

    /// `1.` … `11.` with range answers, the page furniture and the page-foot notes
    /// between them, question 5 cut by a page break and `Antwoord vraag 4-7:` at a page
    /// top: every question found, each range covering its questions, nothing missing.
    @Test(arguments: forms) func numberedQuestionsInARun(form: String) throws {
        let doc = try Self.load("numbered-run.\(form)")
        #expect(doc.questions.map(\.number.description) == (1...11).map(String.init))
        #expect(Self.covered(doc) == [["1"], ["2", "3"], ["4", "5", "6", "7"], ["8"], ["9", "10", "11"]])
        #expect(doc.questions.allSatisfy { $0.answer != nil })
        #expect(doc.diagnostics.isEmpty, "\(doc.diagnostics)")
        // Across the page break, with no furniture inside.
        #expect(doc.questions[4].plainText == "Hoe wordt dat bedrag gedekt in de begroting van het Mobiliteitsfonds, en welke "
            + "projecten worden daarvoor uitgesteld of geschrapt als de middelen niet toereikend blijken?")
        #expect(doc.questions[6].plainText == "Bent u bereid de Kamer jaarlijks over de voortgang te informeren?")
        #expect(doc.answers[3].plainText == "Voor de zomer van 2025.")
    }

    /// The lists inside a question and inside an answer stay their text, numbers and all,
    /// also where an item's number is the next question's or a note's.
    @Test(arguments: forms) func numberedListsStayText(form: String) throws {
        let doc = try Self.load("numbered-run.\(form)")
        let one = doc.questions[0].plainText
        #expect(one.hasPrefix("Bent u bekend met:"))
        #expect(one.contains("1. het bericht «Honderden sluizen en bruggen in slechte staat»;"))
        #expect(one.contains("2. de brief van de provincie Gelderland over de sluis bij Weurt?"))
        let twoThree = doc.answers[1].plainText
        #expect(twoThree.contains("1. de sluis bij Eefde;"))
        #expect(twoThree.hasSuffix("4. de sluis bij Weurt."))
        #expect(doc.questions[3].plainText.hasPrefix("Wat kost het achterstallig onderhoud"))
        let fourToSeven = doc.answers[2].plainText
        #expect(fourToSeven.contains("1. een meerjarenplan voor alle sluizen en bruggen;"))
        #expect(fourToSeven.hasSuffix("3. een jaarlijkse voortgangsbrief met een overzicht per provincie."))
    }

    /// The page-foot notes: each body whole, cited where it was printed.
    @Test(arguments: forms) func numberedRunNotes(form: String) throws {
        let doc = try Self.load("numbered-run.\(form)")
        #expect(doc.footnotes.map(\.text) == [
            "NOS, 2 februari 2025, «Honderden sluizen en bruggen in slechte staat» (https://nos.nl/artikel/2555001-sluizen-en-bruggen).",
            "Kamerstuk 29 385, nr. 121.",
            "Rijkswaterstaat, Staat van de infrastructuur 2024.",
        ])
        #expect(Self.refs(doc.questions[0].paragraphs) == ["1"])
        #expect(Self.refs(doc.questions[3].paragraphs) == ["2"])
        #expect(Self.refs(doc.answers[2].paragraphs) == ["3"])
        #expect(Self.refs(doc.answers[1].paragraphs).isEmpty)
    }

    // MARK: a note that goes on at the next page's foot

    /// Note 1 does not fit at page 1's foot and goes on at page 2's, above note 2: one
    /// note with its whole body, note 2 still its own, answer 2 without the rest of note 1.
    @Test(arguments: forms) func noteContinuedOnTheNextPage(form: String) throws {
        let doc = try Self.load("note-across-pages.\(form)")
        #expect(Self.covered(doc) == [["1"], ["2"]])
        #expect(doc.footnotes.map(\.text) == [
            "Zie de brief van 14 november 2024 over de uitvoering van de motie-Grinwis c.s. over de bereikbaarheid van de "
                + "Waddeneilanden (Kamerstuk 31 409, nr. 455), de brief van 3 december 2024 over de dienstregeling van de "
                + "veerdiensten (Kamerstuk 31 409, nr. 460) en het verslag van het commissiedebat Scheepvaart van 22 januari "
                + "2025 (Kamerstuk 31 409, nr. 466).",
            "Rijkswaterstaat, Vaargeulen Waddenzee, jaarrapport 2024 (https://www.rijkswaterstaat.nl/water/vaarwegen/vaargeulen-waddenzee).",
        ])
        #expect(doc.footnotes[1].urls == ["https://www.rijkswaterstaat.nl/water/vaarwegen/vaargeulen-waddenzee"])
        #expect(doc.answers[1].plainText == "Elf keer; dat is drie keer vaker dan in 2023.")
        #expect(Self.refs(doc.questions[0].paragraphs) == ["1"])
        #expect(Self.refs(doc.questions[1].paragraphs) == ["2"])
        #expect(doc.diagnostics.isEmpty, "\(doc.diagnostics)")
    }

    /// Only a note that stopped in the middle of a sentence goes on: a finished note
    /// leaves the next page's text where it is.
    @Test func aFinishedNoteDoesNotTakeTheNextPagesText() {
        let text = """
        Vraag 1
        Kent u het bericht?1
        Antwoord 1
        Ja.
        1 Omroep West, 2 maart 2025.
        Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 1\u{0C}Vraag 2
        Wat doet u eraan?2
        Antwoord 2
        Ik versnel de uitbreiding.
        en dat blijft zo.
        2 NOS, 3 maart 2025.
        Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 2
        """
        let doc = DocumentParser.parse(text, source: "t")
        #expect(doc.footnotes.map(\.text) == ["Omroep West, 2 maart 2025.", "NOS, 3 maart 2025."])
        #expect(doc.answers[1].plainText.hasSuffix("en dat blijft zo."))
    }

    // MARK: the rules on their own

    /// Plain pdftotext prints the page number as a block of its own after the running
    /// foot: it is furniture, and so is `’s-Gravenhage 2025` set apart before the foot.
    @Test func pageNumberAfterTheFootAndThePlaceBeforeIt() {
        let text = """
        Vraag 1
        Kent u het bericht?
        Antwoord 1
        Ja, en ik deel de zorgen die daarin worden
        ’s-Gravenhage 2025 Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel

        1

        \u{0C}genoemd.
        """
        let doc = DocumentParser.parse(text, source: "t")
        #expect(doc.answers[0].plainText == "Ja, en ik deel de zorgen die daarin worden genoemd.")
    }

    /// A list item that ends in `;` goes on with the next item, also where blank lines
    /// stand between all paragraphs (text converted from a PDF); a list in an answer
    /// that already had item 4 does not claim the next `4.`.
    @Test func listItemsInQuestionsAndAnswers() {
        let text = """
        1. Bent u bekend met:

        1. het bericht «Sluizen in slechte staat»;

        2. de brief van de provincie Gelderland?

        Antwoord vraag 1:
        Ja. Gepland zijn:
        1. de sluis bij Eefde;
        2. de sluis bij Weurt;
        3. de Prinses Beatrixsluis;
        4. de sluis bij Terneuzen.
        2. Wat kost het onderhoud van de sluizen en bruggen in de komende
        vijf jaar?
        3. Hoe wordt dat gedekt?

        Antwoord vraag 2-3:
        Uit het Mobiliteitsfonds.
        """
        let doc = DocumentParser.parse(text, source: "t")
        #expect(doc.questions.map(\.number.description) == ["1", "2", "3"])
        #expect(doc.questions[0].plainText.contains("de brief van de provincie Gelderland?"))
        #expect(doc.answers[0].plainText.hasSuffix("4. de sluis bij Terneuzen."))
        #expect(Self.covered(doc) == [["1"], ["2", "3"]])
        #expect(doc.diagnostics.isEmpty, "\(doc.diagnostics)")
    }

    // MARK: further variants

    /// Questions numbered `1)`, `2)` … in a run, with an answer's list numbered the same
    /// way: every question found, the list kept as answer text.
    @Test func questionsNumberedWithAParenthesis() throws {
        let doc = try DocumentLoader.parse(bytes: Fixture.bytes("forms/numbered-paren.txt"), source: "numbered-paren.txt")
        #expect(doc.questions.map(\.number.description) == ["1", "2", "3", "4", "5"])
        #expect(Self.covered(doc) == [["1"], ["2", "3"], ["4", "5"]])
        #expect(doc.answers[1].plainText.contains("4) de sluis bij Weurt."))
        #expect(doc.questions[3].plainText == "Wat kost het achterstallig onderhoud?")
        #expect(doc.diagnostics.isEmpty, "\(doc.diagnostics)")
    }

    /// An answer heading the extractor broke over two lines (`Antwoord op vragen 2, 3` +
    /// `en 4:`, and `Antwoord` + `vraag 5:` at a page top): one heading each, covering
    /// all its questions, and the second line is not answer text.
    @Test func answerHeadingSplitOverTwoLines() throws {
        let doc = try Self.load("split-answer-heading.pypdf.txt")
        #expect(Self.covered(doc) == [["1"], ["2", "3", "4"], ["5"]])
        #expect(doc.answers[1].heading == "Antwoord op vragen 2, 3 en 4:")
        #expect(doc.answers[1].plainText.hasPrefix("Van de 140 sluizen"))
        #expect(doc.answers[2].plainText == "Voor de zomer van 2025.")
        #expect(doc.diagnostics.isEmpty, "\(doc.diagnostics)")
    }

    /// A heading that ends where it should, followed by a short line ending in a colon,
    /// is not joined to it.
    @Test func aCompleteAnswerHeadingIsNotJoined() {
        let text = """
        Vraag 1
        Hoeveel kost het?
        Antwoord 1:
        2 miljoen:
        zo staat het in de begroting.
        """
        let doc = DocumentParser.parse(text, source: "t")
        #expect(Self.covered(doc) == [["1"]])
        #expect(doc.answers[0].plainText.hasPrefix("2 miljoen:"))
    }

    /// pypdf carried question 2's note marker onto the next line, into question 3's
    /// number (`13. Welke …`): question 3 is read, and question 2 cites note 1.
    @Test func noteMarkerGluedToTheNextQuestionsNumber() throws {
        let doc = try Self.load("marker-before-number.pypdf.txt")
        #expect(doc.questions.map(\.number.description) == ["1", "2", "3"])
        #expect(Self.covered(doc) == [["1"], ["2", "3"]])
        #expect(doc.questions[2].plainText == "Welke daarvan moeten binnen vijf jaar worden vervangen?")
        #expect(Self.refs(doc.questions[1].paragraphs) == ["1"])
        #expect(doc.footnotes.map(\.text) == ["Rijkswaterstaat, Staat van de infrastructuur 2024."])
        #expect(doc.diagnostics.isEmpty, "\(doc.diagnostics)")
    }

    /// A note that stops without a full stop at a page's foot takes nothing from the next
    /// page when the lines before the next label open with a marker, not a sentence
    /// carried on (`24 Via het …`, as in a corpus document).
    @Test func aMarkerLedParagraphIsNotTheRestOfANote() {
        let text = """
        Vraag 1
        Kent u het actieplan?1
        Antwoord 1
        Ja.
        1 Kamerbrief met Actieplan groene en digitale banen | Kamerstuk | Rijksoverheid.nl
        Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 1\u{0C}Vraag 2
        Wat doet het Groeifonds?2
        Antwoord 2
        Het fonds investeert.
        1 Via het Nationaal Groeifonds heeft het kabinet geld beschikbaar gesteld.
        2 Nationaal Groeifonds, jaarverslag 2024.
        Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 2
        """
        let doc = DocumentParser.parse(text, source: "t")
        #expect(doc.footnotes.first?.text == "Kamerbrief met Actieplan groene en digitale banen | Kamerstuk | Rijksoverheid.nl")
        #expect(doc.answers[1].plainText.contains("Via het Nationaal Groeifonds"))
    }
}
