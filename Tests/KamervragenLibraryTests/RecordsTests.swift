import Testing
@testable import KamervragenLibrary
import KamervragenKit

@Suite struct RecordsTests {
    /// A value with a tab or a line break in it must not shift the columns; one without
    /// passes as it is.
    @Test func tsvKeepsEveryRowInItsColumns() {
        var plain = LibraryDocument(id: 1, path: "/lib/a.txt")
        plain.subject = "Stikstof en de boeren"
        var awkward = LibraryDocument(id: 2, path: "/lib/b.txt")
        awkward.subject = "Een\tonderwerp\nover\r\ntwee regels"
        awkward.askers = "Omtzigt (NSC)"
        let lines = ListFormatter.tsv([plain, awkward], relativeTo: "/lib").split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 4 && lines[3].isEmpty)
        for line in lines.prefix(3) {
            #expect(line.split(separator: "\t", omittingEmptySubsequences: false).count == ListFormatter.columns.count)
        }
        let subject = ListFormatter.columns.firstIndex(of: "subject")!
        #expect(lines[1].split(separator: "\t", omittingEmptySubsequences: false)[subject] == "Stikstof en de boeren")
        #expect(!lines[2].split(separator: "\t", omittingEmptySubsequences: false)[subject].contains("\r"))
        #expect(lines[2].hasSuffix("\tb.txt"))
    }

    /// The list's line for people: an ASCII row as it is, anything else made safe.
    @Test func listLinesAreSafeWhetherOrNotTheyAreASCII() {
        var plain = LibraryDocument(id: 1, path: "/lib/a.txt")
        plain.subject = "Stikstof en de boeren"
        plain.number = "730"
        #expect(ListFormatter.line(plain).hasSuffix("nr. 730    0/0  ?  Stikstof en de boeren"))
        var hostile = plain
        hostile.subject = "Cre\u{EB}ren \u{1B}[31m rood\u{202E}"
        let line = ListFormatter.line(hostile)
        #expect(SafeText.isSafeLine(line))
        #expect(line.contains("Creëren") && !line.contains("\u{1B}") && !line.contains("\u{202E}"))
    }

    @Test func storedDatesAreReadBackAndAnythingElseIsNoDate() {
        #expect(LibraryStore.parseDate("2024-03-07") == ISODate(year: 2024, month: 3, day: 7))
        #expect(LibraryStore.parseDate("2015-12-31") == ISODate(year: 2015, month: 12, day: 31))
        for bad in ["", "2024", "2024-03", "2024-03-", "-03-07", "2024--07", "2024-03-07-01", "2024-0x-07", "２０２４-03-07", "9999999999-1-1"] {
            #expect(LibraryStore.parseDate(bad) == nil, "\(bad)")
        }
    }

    @Test func askersAndTheirParties() {
        let cases: [(String, String, [String])] = [
            ("het lid Bouwmeester (PvdA)", "Bouwmeester (PvdA)", ["PvdA"]),
            ("de leden Tjeerd de Groot en Sneller (beiden D66)", "Tjeerd de Groot, Sneller (D66)", ["D66"]),
            ("de leden Van Nispen (SP) en Lahlah (GroenLinks-PvdA)", "Van Nispen (SP), Lahlah (GroenLinks-PvdA)", ["SP", "GroenLinks-PvdA"]),
            ("de leden Beckerman (SP), Bushoff , Kröger (beiden GroenLinks-PvdA), Bamenga (D66) en Teunissen (PvdD)",
             "Beckerman (SP), Bushoff, Kröger (GroenLinks-PvdA), Bamenga (D66), Teunissen (PvdD)", ["SP", "GroenLinks-PvdA", "D66", "PvdD"]),
            ("het lid Van den Hil", "Van den Hil", []),
        ]
        for (input, display, parties) in cases {
            let a = Askers(input)
            #expect(a.display == display)
            #expect(a.parties == parties)
        }
    }

    /// A link shown as its own words is indexed by those words, not by its URL.
    @Test func aLinkIsIndexedByItsWords() {
        var doc = DocumentParser.parse("Vraag 1\ntekst\n\nAntwoord op vraag 1\nJa.\n", source: "t.txt")
        doc.questions[0].paragraphs = [Paragraph([.text("Kent u "), .link(text: "de brief van 3 mei", url: "https://example.org/brief"),
                                                  .text("?")])]
        let passage = DocumentRecords.passages(of: doc).first { $0.kind == .question }
        #expect(passage?.text == "Kent u de brief van 3 mei?")
    }

    @Test func partyKeysFindJointPartiesByEitherPart() {
        #expect(Fold.partiesKey(["SP", "GroenLinks-PvdA"]) == "|sp|groenlinks-pvda|groenlinks|pvda|")
        #expect(Fold.key("Yeşilgöz-Zegerius") == "yesilgoz-zegerius")
    }

    @Test func parliamentaryYearsTurnOnPrinsjesdag() {
        #expect(PublicationID.prinsjesdag(2024) == ISODate(year: 2024, month: 9, day: 17))
        #expect(PublicationID.prinsjesdag(2023) == ISODate(year: 2023, month: 9, day: 19))
        #expect(PublicationID.parliamentaryYear(of: ISODate(year: 2024, month: 9, day: 16)) == 2023)
        #expect(PublicationID.parliamentaryYear(of: ISODate(year: 2024, month: 9, day: 17)) == 2024)
        #expect(PublicationID.parliamentaryYear(of: ISODate(year: 2024, month: 11, day: 20)) == 2024)
        #expect(PublicationID.sessionYears("2023–2024")! == (2023, 2024))
        #expect(PublicationID.sessionYears("2023/24")! == (2023, 2024))
        #expect(PublicationID.sessionYears("2023-2025") == nil)
    }

    @Test func publicationIDsFromTheDocumentTheFileNameOrTheYearAndNumber() {
        var m = Metadata()
        m.publicationID = "ah-tk-20232024-1031"
        #expect(PublicationID.of(metadata: m, path: "/x/a.txt") == "ah-tk-20232024-1031")
        m = Metadata()
        #expect(PublicationID.of(metadata: m, path: "/x/ah-tk-20232024-302.text.txt") == "ah-tk-20232024-302")
        m.aanhangsel = "604"
        m.received = ISODate(year: 2024, month: 11, day: 20)
        #expect(PublicationID.of(metadata: m, path: "/x/AH604.txt") == "ah-tk-20242025-604")
        m.session = "2023–2024"
        #expect(PublicationID.of(metadata: m, path: "/x/AH604.txt") == "ah-tk-20232024-604")
        #expect(PublicationID.of(metadata: Metadata(), path: "/x/a.txt") == nil)
    }

    @Test func textIsNormalisedForTheTokenizer() {
        #expect(IndexText.normalised("ĳs, ﬁets, ﬂ, straße, Ørsted, Łódź") == "ijs, fiets, fl, strasse, Orsted, Lódź")
        #expect(IndexText.normalised("be\u{AD}leid\u{200B}") == "beleid")
        // Private-use characters are text like any other, not markers.
        #expect(IndexText.normalised("a\u{E000}b\u{E001}c") == "a\u{E000}b\u{E001}c")
        let plain = "gewoon ASCII"
        #expect(IndexText.normalised(plain) == plain)
    }

    @Test func contentHashesDifferForAnyChange() {
        let a = Array("Vraag 1\nWat vindt u?".utf8)
        var b = a
        b[b.count - 2] = UInt8(ascii: "U")
        #expect(ContentHash.of(a) == ContentHash.of(a))
        #expect(ContentHash.of(a) != ContentHash.of(b))
        #expect(ContentHash.of([]) != ContentHash.of([0]))
        #expect(ContentHash.hex(0x1f).count == 16)
    }
}
