import Testing
@testable import KamervragenKit

/// The cover letter's facts, read from the five corpus Word files, as printed.
@Suite struct CoverLetterTests {
    static func metadata(_ name: String) throws -> Metadata {
        let content = try WordReader.read(bytes: DocxFixtures.bytes(name))
        var meta = Metadata()
        try CoverLetter.read(content.lines.map(\.string), header: content.headerLines, into: &meta)
        return meta
    }

    @Test(arguments: DocxFixtures.names)
    func factsAsPrinted(name: String) throws {
        try DocxFixtures.expectMetadata(try Self.metadata(name), as: name)
    }

    @Test func caseNumberOnlyWhenTheReferenceIsOne() throws {
        #expect(try Self.metadata(DocxFixtures.names[0]).caseNumber == "2023Z14759")
        #expect(try Self.metadata(DocxFixtures.names[3]).caseNumber == nil)
    }

    @Test func subjectFromTheTitle() throws {
        let meta = try Self.metadata(DocxFixtures.names[2])
        #expect(meta.subject == "de voorgenomen sluiting van het politiebureau in Wolvega")
    }

    @Test func staleHeaderDateLosesToTheLetter() throws {
        // Lahlah-Chakor: the running header still says 11 april 2024.
        #expect(try Self.metadata(DocxFixtures.names[4]).received == ISODate(year: 2024, month: 5, day: 16))
    }

    @Test func askersWithSharedAndSeparateParties() {
        let askers = CoverLetter.askers(in: "de vragen van de leden Mutluer, Lahlah (GroenLinks-PvdA), Boswijk (CDA) en Helder (BBB) over de sluiting")
        #expect(askers == [Asker(name: "Mutluer", party: "GroenLinks-PvdA"), Asker(name: "Lahlah", party: "GroenLinks-PvdA"),
                           Asker(name: "Boswijk", party: "CDA"), Asker(name: "Helder", party: "BBB")])
        #expect(CoverLetter.askers(in: "Kamervragen van de leden Temmink en Van Nispen (beiden SP) aan de minister")
                == [Asker(name: "Temmink", party: "SP"), Asker(name: "Van Nispen", party: "SP")])
    }

    /// The byte paths (ASCII lines cleaned byte by byte, markers looked for as bytes
    /// first) agree with reading by `Character`, including the lines they hand back to it.
    static let lines = ["  Datum\t 7 september  2023 ", "", " ", "\t\n", "Ons kenmerk\u{A0}4980892", "a\u{202F}b",
                        " \u{301}x", "x \u{301} y", "r\r\nn", "Kamervragen lid Van Dijk", "\u{212A}amervragen lid X",
                        "uw brief van 7 september", "uw brief\u{A0}van", "over", " over ", "mede namens de minister",
                        "de vragen van het lid Wassenberg (PvdD) over", "a;b", "a\u{37E} en b", "Yeşilgöz en Van Weel"]

    @Test(arguments: lines)
    func cleanAgreesWithCharacters(line: String) {
        #expect(CoverLetter.clean(line) == CoverLetter.cleanByCharacter(line))
    }

    @Test(arguments: lines)
    func markersAgreeWithCharacters(line: String) {
        for marker in ["uw brief van ", " over ", "Kamervragen lid ", " en ", ";", "a;b", "mede namens ", "over", "x"] {
            #expect(line.firstMarker(marker) == line.firstRange(of: marker), "\(marker)")
            #expect(line.dropFirst().firstMarker(marker) == line.dropFirst().firstRange(of: marker), "\(marker)")
        }
    }
}
