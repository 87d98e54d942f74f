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
                        "de vragen van het lid Wassenberg (PvdD) over", "a;b", "a\u{37E} en b", "Yeşilgöz en Van Weel",
                        " over\u{301} over ", "\u{600} over  over", "é over", "over é", " en\u{200D}  en ", "\r\n en \r\n"]

    @Test(arguments: lines)
    func cleanAgreesWithCharacters(line: String) {
        #expect(CoverLetter.clean(line) == CoverLetter.cleanByCharacter(line))
    }

    /// Each character the byte path takes is a `Character` of its own beside ASCII, spaces
    /// and another such character; and random lines of them, of ASCII and of characters
    /// it leaves to the `Character` path, are cleaned alike both ways.
    @Test func cleanBytesAgreesWithCharacters() {
        var alone: [String] = []
        for v in UInt32(0x80)...0x2FFF where CoverLetter.standsAlone(v) {
            let s = String(Unicode.Scalar(v)!)
            alone.append(s)
            #expect(("a" + s + "a").count == 3 && (" " + s + " ").count == 3 && (s + s).count == 2 && ("\n" + s + "\t").count == 3, "\(v)")
        }
        #expect(alone.count > 500)
        let others = [" ", "  ", "\t", "\n", "\r", "a", "Vraag 1", "\u{301}", "\u{200D}", "\u{FE0F}", "\u{600}", "😀", "\u{2060}", "\u{A0}", "\u{202F}"]
        var generator = SystemRandomNumberGenerator()
        var fast = 0
        for _ in 0..<5000 {
            var line = ""
            for _ in 0..<Int.random(in: 0...8, using: &generator) {
                line += Bool.random(using: &generator) ? alone.randomElement(using: &generator)! : others.randomElement(using: &generator)!
            }
            if let quick = CoverLetter.cleanBytes(line) {
                fast += 1
                #expect(quick == CoverLetter.cleanByCharacter(line), "\(Array(line.unicodeScalars))")
            }
        }
        #expect(fast > 1000)
    }

    @Test(arguments: lines)
    func markersAgreeWithCharacters(line: String) {
        for marker in ["uw brief van ", " over ", "Kamervragen lid ", " en ", ";", "a;b", "mede namens ", "over", "x"] {
            #expect(line.firstMarker(marker) == line.firstRange(of: marker), "\(marker)")
            #expect(line.dropFirst().firstMarker(marker) == line.dropFirst().firstRange(of: marker), "\(marker)")
        }
    }

    /// The same on random lines made of the letter's markers, ASCII, and what joins a
    /// `Character` to its neighbours (combining marks, joiners, a prepended sign, CR LF),
    /// for every marker the letter looks for.
    @Test func markersAgreeWithCharactersOnRandomLines() {
        let markers = ["uw brief van ", " over ", " en ", "nr. ", "de vragen van ", "mede namens ", "van het lid ", "van de leden ",
                       "Kamervragen lid ", "Kamervragen leden ", " aan de ", " aan het ", " inzake ", " op Kamervragen"]
        let pieces = markers + [" ", "a", "x.", "\u{301}", "\u{200D}", "\u{FE0F}", "\u{600}", "\r", "\n", "é", "ş", "\u{212A}", "\u{37E}", "😀"]
        var generator = SystemRandomNumberGenerator()
        var found = 0
        for _ in 0..<3000 {
            var line = ""
            for _ in 0..<Int.random(in: 1...7, using: &generator) { line += pieces.randomElement(using: &generator)! }
            for marker in markers {
                let expected = line.firstRange(of: marker)
                if expected != nil { found += 1 }
                #expect(line.firstMarker(marker) == expected, "\(Array(line.unicodeScalars)) \(marker)")
                let tail = line.dropFirst()
                #expect(tail.firstMarker(marker) == tail.firstRange(of: marker), "\(Array(line.unicodeScalars)) \(marker)")
            }
        }
        #expect(found > 1000)
    }
}
