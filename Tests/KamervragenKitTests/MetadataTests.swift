import Testing
@testable import KamervragenKit

@Test(arguments: [
    ("6 mei 2024", "2024-05-06"),
    ("20 november 2024", "2024-11-20"),
    ("1 januari 2099", "2099-01-01"),
    ("ontvangen 31 augustus 2023).", "2023-08-31"),
])
func dutchDates(_ text: String, _ iso: String) {
    #expect(DutchDate.parse(text)?.description == iso)
}

@Test func invalidDatesAreNil() {
    #expect(DutchDate.parse("32 mei 2024") == nil)
    #expect(DutchDate.parse("6 mai 2024") == nil)
    #expect(DutchDate.parse("mei") == nil)
}

@Test func wordHeader() {
    let text = """
    AH 604
    2024Z18294
    Vragen van het lid Mutluer (GroenLinks-PvdA) aan de minister van Justitie en Veiligheid over het bericht ‘Politiebureau dicht’ (ingezonden 6 mei 2024).
    Antwoord van minister Van Weel (Justitie en Veiligheid) (ontvangen 20 november 2024)

    Vraag 1
    Kent u het?
    Antwoord op vraag 1
    Ja.
    """
    let m = DocumentParser.parse(text, source: "t").metadata
    #expect(m.aanhangsel == "604")
    #expect(m.caseNumber == "2024Z18294")
    #expect(m.askedBy == "het lid Mutluer (GroenLinks-PvdA)")
    #expect(m.askedTo == "de minister van Justitie en Veiligheid")
    #expect(m.subject == "het bericht ‘Politiebureau dicht’")
    #expect(m.submitted == ISODate(year: 2024, month: 5, day: 6))
    #expect(m.answeredBy == "minister Van Weel (Justitie en Veiligheid)")
    #expect(m.received == ISODate(year: 2024, month: 11, day: 20))
}

@Test func caseNumberWithSpace() {
    #expect(MetadataParser.caseNumber(Array("Zaak 2024Z 17972 en meer".utf8)) == "2024Z17972")
    #expect(MetadataParser.caseNumber(Array("geen nummer 12345".utf8)) == nil)
}

@Test func noticeOnlyDocument() {
    let text = """
    AH 615
    2024Z17538
    Mededeling van staatssecretaris Rummenie (Landbouw, Visserij, Voedselzekerheid en Natuur) (ontvangen 20 november 2024)

    De vragen kunnen niet binnen de gebruikelijke termijn van drie weken worden beantwoord.
    """
    let doc = DocumentParser.parse(text, source: "t")
    #expect(doc.notices.count == 1)
    #expect(doc.questions.isEmpty && doc.answers.isEmpty)
    #expect(doc.notices[0].paragraphs.count == 2)
    #expect(doc.metadata.caseNumber == "2024Z17538")
    #expect(doc.metadata.answeredBy == "staatssecretaris Rummenie (Landbouw, Visserij, Voedselzekerheid en Natuur)")
    #expect(doc.metadata.received == ISODate(year: 2024, month: 11, day: 20))
}

@Test func questionsThenMededeling() {
    let text = "Vraag 1\nWaarom?\n\nVraag 2\nHoe?\n\nMededeling\nDe vragen worden later beantwoord.\n"
    let doc = DocumentParser.parse(text, source: "t")
    #expect(doc.questions.count == 2)
    #expect(doc.notices.map(\.plainText) == ["De vragen worden later beantwoord."])
    #expect(doc.diagnostics.allSatisfy { $0.severity == .note })
}

@Suite struct HeaderLinesTests {
    /// The header sentences become metadata; keeping them in the preamble as well would
    /// show them twice.
    @Test func metadataLinesLeaveThePreamble() throws {
        let text = """
        AH 604
        2024Z18294
        Vragen van het lid Mutluer (GroenLinks-PvdA) aan de minister van Justitie en Veiligheid over uitbuiting (ingezonden
        17 oktober 2024). Zie ook Aanhangsel 12.
        Antwoord van minister Van Weel (Justitie en Veiligheid) (ontvangen 20 november 2024)

        Vragen van burgers zijn belangrijk, schreef de minister.

        Vraag 1
        Waarom?

        Antwoord 1
        Daarom.
        """
        let doc = DocumentParser.parse(text, source: "t.txt")
        #expect(doc.metadata.aanhangsel == "604")
        #expect(doc.metadata.caseNumber == "2024Z18294")
        #expect(doc.metadata.submitted == ISODate(year: 2024, month: 10, day: 17))
        #expect(doc.metadata.received == ISODate(year: 2024, month: 11, day: 20))
        let preamble = doc.items.compactMap { item -> [String]? in
            if case .preamble(let ps) = item { return ps.map(\.plainText) } else { return nil }
        }.flatMap { $0 }
        #expect(preamble == ["Zie ook Aanhangsel 12.", "Vragen van burgers zijn belangrijk, schreef de minister."])
    }

    @Test func mededelingHeadingGivesWhoAndWhen() {
        let text = """
        Vragen van de leden A en B aan de minister over iets (ingezonden 25 oktober 2024).
        Mededeling van Staatssecretaris Karremans (Volksgezondheid, Welzijn en
        Sport) (ontvangen 15 november 2024).
        Vraag 1
        Waarom?
        Mededeling
        De beantwoording duurt langer.
        """
        let doc = DocumentParser.parse(text, source: "t.txt")
        #expect(doc.metadata.answeredBy == "Staatssecretaris Karremans (Volksgezondheid, Welzijn en Sport)")
        #expect(doc.metadata.received == ISODate(year: 2024, month: 11, day: 15))
    }
}
