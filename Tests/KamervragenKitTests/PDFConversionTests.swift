import Foundation
import Testing
@testable import KamervragenKit

/// The PDF → text conversion, checked at the text level for every corpus PDF: what the
/// parser will see, independent of the parser.
@Suite struct PDFConversionTests {
    static let furniture = [
        "ah-tk-", "ISSN 0921", "’s-Gravenhage", "Tweede Kamer, vergaderjaar",
        "Aanhangsel van de Handelingen", "Tweede Kamer der Staten-Generaal",
        "Vragen gesteld door de leden der Kamer",
    ]

    @Test(arguments: PDFFixtures.names)
    func noPageFurnitureInTheText(name: String) throws {
        let converted = try PDFFixtures.converted(name)
        for piece in Self.furniture {
            #expect(!converted.text.contains(piece), "\(name): '\(piece)' left in the text")
        }
        // Page numbers: no paragraph is a bare number, and none ends in one glued on
        // from the foot of a page.
        for paragraph in converted.paragraphTexts {
            #expect(!PageRoles.isDigits(paragraph), "\(name): lone number line '\(paragraph)'")
        }
    }

    @Test(arguments: PDFFixtures.names)
    func everyNoteBodyIsFoundAndCited(name: String) throws {
        let converted = try PDFFixtures.converted(name)
        let expected = try PDFFixtures.expected(name)
        #expect(converted.notes.count == expected.footnotes, "\(name)")
        let numbers = converted.notes.map(\.number)
        #expect(numbers == (1...expected.footnotes).map(String.init))
        for number in numbers {
            #expect(converted.text.contains("[footnoteRef:\(number)]"), "\(name): marker \(number) missing")
            #expect(converted.text.contains(" [\(number): "), "\(name): body \(number) missing")
        }
        // A marker digit never stays glued to the word as text.
        #expect(!converted.text.contains("vervolgprocedure?1"))
    }

    @Test(arguments: PDFFixtures.names)
    func headingsStandOnTheirOwnLines(name: String) throws {
        let converted = try PDFFixtures.converted(name)
        let expected = try PDFFixtures.expected(name)
        let questionHeadings = converted.paragraphTexts.filter { $0.hasPrefix("Vraag ") }
        let answerHeadings = converted.paragraphTexts.filter { $0.hasPrefix("Antwoord ") && !$0.hasPrefix("Antwoord van") }
        #expect(questionHeadings.count <= expected.questions.count)
        #expect(answerHeadings.count == expected.answers.count, "\(name): \(answerHeadings)")
        for heading in questionHeadings + answerHeadings {
            #expect(heading.count < 40, "\(name): heading ran into text: \(heading)")
        }
    }

    @Test(arguments: PDFFixtures.names)
    func headerLinesSurviveWhole(name: String) throws {
        let converted = try PDFFixtures.converted(name)
        let asked = converted.paragraphTexts.first { $0.hasPrefix("Vragen van") }
        let answered = converted.paragraphTexts.first { $0.hasPrefix("Antwoord van") }
        #expect(asked?.contains("(ingezonden ") == true, "\(name): \(asked ?? "no 'Vragen van' line")")
        #expect(answered?.contains("(ontvangen ") == true, "\(name): \(answered ?? "no 'Antwoord van' line")")
        let number = String(name.split(separator: "-").last!)
        #expect(converted.text.hasPrefix("AH \(number)\n"))
        #expect(converted.facts.publicationID == name)
        #expect(converted.facts.aanhangsel == number)
        #expect(converted.facts.session == "Vergaderjaar 2023–2024")
    }

    @Test func headerOf1076ReadsAsPrinted() throws {
        let converted = try PDFFixtures.converted("ah-tk-20232024-1076")
        #expect(converted.paragraphTexts.contains(
            "Vragen van het lid Van Haga (Groep Van Haga) aan de Ministers van Binnenlandse Zaken en Koninkrijksrelaties en van Justitie en Veiligheid over het afgelasten van diverse Sinterklaasintochten (ingezonden 20 november 2023)."))
        #expect(converted.paragraphTexts.contains(
            "Antwoord van Minister De Jonge (Binnenlandse Zaken en Koninkrijksrelaties) (ontvangen 20 februari 2024). Zie ook Aanhangsel Handelingen, vergaderjaar 2023–2024, nr. 594."))
    }

    // Note texts written down from the rendered pages (pdftoppm), not from this code.

    @Test func notesOf1076WithWrappedURLs() throws {
        let notes = try PDFFixtures.converted("ah-tk-20232024-1076").notes
        #expect(notes.map(\.text) == [
            "Hart van Nederland, 17 november 2023 (https://www.hartvannederland.nl/regio/overijssel/sinterklaasintocht-in-enter-afgelast-uit-angst-voor-acties-van-kozp).",
            "AD, 16 november 2023 (https://www.ad.nl/rijswijk/geen-vergunning-voor-intocht-met-zwarte-pieten-in-rijswijk~a946954a8/).",
            "Wie ontvingen – ontvangers | Ministerie van Financiën – Rijksoverheid (rijksfinancien.nl)",
        ])
    }

    @Test func notesOf1771IncludingAURLSplitAfterTheScheme() throws {
        let notes = try PDFFixtures.converted("ah-tk-20232024-1771").notes
        #expect(notes.count == 8)
        #expect(notes[2].text == "Torenvlied, R. et al., 1 december 2023, Leren van twee vuurwerkrampen (https://www.utwente.nl/nieuws/2023/12/1262709/ut-rapport-lessen-van-twee-vuurwerkrampen-gepresenteerd#kamermotie).")
        #expect(notes[3].text == "Signaalrapportage Ondeugdelijke gaasverpakking zorgt voor onjuist geclassificeerd consumentenvuurwerk | Rapport | Rijksoverheid.nl")
        #expect(notes[4].text == "pyrotechnische stoffen of preparaten welke zijn bedoeld om het vuurwerk open te rijten en de effectlading te verspreiden en zo nodig te ontsteken")
    }

    @Test func noteOf1949HyphenatedWordAndSchemelessURL() throws {
        let notes = try PDFFixtures.converted("ah-tk-20232024-1949").notes
        #expect(notes.map(\.text) == [
            "Regio Purmerend, 3 mei 2024, Tieners (13 en 14) weer vrijgelaten na verdenking van mishandeling conducteur in Purmerend (regiopurmerend.nl/2024/05/03/tieners-13-en-14-weer-vrijgelaten-na-verdenking-van-mishandeling-conducteur-in-purmerend/).",
        ])
    }

    @Test func noteWithSquareBracketsAndAURLWrappedAfterAHyphen() throws {
        let notes = try PDFFixtures.converted("ah-tk-20232024-2129").notes
        #expect(notes.first?.text == "Relief Web, 6 mei 2024, «Joint Statement by 190 Humanitarian Organisations in Yemen: Humanitarian partners urge donors to remain committed to the millions in need in Yemen [EN/AR]» (https://reliefweb.int/report/yemen/joint-statement-190-humanitarian-organisations-yemen-humanitarian-partners-urge-donors-remain-committed-millions-need-yemen-enar)")
    }

    @Test func notesPrintedApartFromTheirNumbersAreMatchedByBaseline() throws {
        // 1481 page 2: pdftotext prints the numbers 2 and 3 before both note texts.
        let notes = try PDFFixtures.converted("ah-tk-20232024-1481").notes
        #expect(notes.map(\.number) == ["1", "2", "3"])
        #expect(notes[1].text == "Kamerstukken II 2023/24, 36 410 IV, nr. 15")
        #expect(notes[2].text == "Kamerstukken II 2023/24, 36 410 IV, nr. 49")
    }

    @Test func markerGluedToTheWordAndBodyAfterItsParagraph() throws {
        let text = try PDFFixtures.converted("ah-tk-20232024-1292").text
        #expect(text.contains("Tot wanneer loopt deze internetconsultatie en wat is de vervolgprocedure?[footnoteRef:1] [1: Overheid.nl, «Huisvesting Nederlandse evacués», www.internetconsultatie.nl/huisvesting_evacuees/b1]\n"))
    }

    @Test func wordAfterAMarkerIsSpacedPunctuationIsNot() throws {
        #expect(try PDFFixtures.converted("ah-tk-20232024-1481").text.contains("gesproken.[footnoteRef:3] Toekomstige samenwerking"))
        #expect(try PDFFixtures.converted("ah-tk-20232024-1980").text.contains("motie Joseph-Agema[footnoteRef:3], weer contact"))
        #expect(try PDFFixtures.converted("ah-tk-20232024-1893").text.contains("naar de zon vliegen»[footnoteRef:1]?"))
    }

    @Test func subscriptsAreTextNotNotes() throws {
        // 2210 writes CO₂ with a lowered 2 of the same size as a note marker.
        let converted = try PDFFixtures.converted("ah-tk-20232024-2210")
        #expect(converted.text.contains("CO2-opslag"))
        #expect(converted.text.contains("CO2-reducerende"))
        #expect(!converted.text.contains("CO[footnoteRef"))
        #expect(converted.notes.map(\.text) == ["Bijlage 1 van kamerstuk 32 813, nr. 1395", "Kamerstuk 32 813, nr. 1061"])
    }

    @Test func hyphenationUndoneRealHyphensKept() throws {
        let text = try PDFFixtures.converted("ah-tk-20232024-1771").text
        #expect(text.contains("zijn opgenomen in de Regeling aanwijzing"))   // opgeno-|men
        #expect(text.contains("consumentenvuurwerkopslag te soepel"))        // consumentenvuurwerkop-|slag
        #expect(text.contains("wet- en regelgeving"))                        // suspended compound
        #expect(text.contains("ILT-signaalrapportage"))
        #expect(text.contains("massa-explosies"))
        #expect(!text.contains("opgeno- men") && !text.contains("opgeno-men"))
    }

    @Test func paragraphsJoinAcrossPageBreaks() throws {
        // 1771: the answer to question 3 runs from page 2 onto page 3.
        let paragraphs = try PDFFixtures.converted("ah-tk-20232024-1771").paragraphTexts
        #expect(paragraphs.contains { $0.hasPrefix("Ondernemers die een vuurwerkopslag van minder dan 10.000 kg hebben,") && $0.contains("beschikbaar is.[footnoteRef:8]") })
        #expect(paragraphs.contains { $0.hasPrefix("Een melding of vergunning") && $0.contains("(< 10.000 kg) de aanwezigheid") })
        // Paragraph breaks inside an answer are kept.
        #expect(paragraphs.contains("Ja, het bericht is bekend."))
        #expect(paragraphs.contains { $0.hasPrefix("1. Alle producten met een «screamer» effect") })
        #expect(paragraphs.contains { $0.hasPrefix("3. Alle producten met een burstpercentage[footnoteRef:5] van meer dan 12,5%") })
    }
}
