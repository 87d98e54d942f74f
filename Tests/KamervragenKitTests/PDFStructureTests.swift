import Testing
@testable import KamervragenKit

/// Every corpus PDF through the same entry point the commands use: the structure must
/// match what was written down by reading each PDF.
@Suite struct PDFStructureTests {
    @Test(arguments: PDFFixtures.names)
    func questionsAnswersAndNotes(name: String) throws {
        let expected = try PDFFixtures.expected(name)
        let document = try DocumentLoader.load(path: PDFFixtures.path(name))
        #expect(document.questions.map(\.number.description) == expected.questions, "\(name)")
        #expect(document.answers.map { $0.questions.map(\.description) } == expected.answers, "\(name)")
        #expect(document.footnotes.count == expected.footnotes, "\(name)")
    }

    @Test(arguments: PDFFixtures.names)
    func noFurnitureInQuestionOrAnswerText(name: String) throws {
        let document = try DocumentLoader.load(path: PDFFixtures.path(name))
        let texts = document.questions.map(\.plainText) + document.answers.map(\.plainText) + document.footnotes.map(\.text)
        for text in texts {
            for piece in PDFConversionTests.furniture {
                #expect(!text.contains(piece), "\(name): '\(piece)' in \(text.prefix(60))")
            }
        }
    }

    @Test func metadataFromTheFirstPage() throws {
        let document = try DocumentLoader.load(path: PDFFixtures.path("ah-tk-20232024-1076"))
        let metadata = document.metadata
        #expect(metadata.publicationID == "ah-tk-20232024-1076")
        #expect(metadata.aanhangsel == "1076")
        #expect(metadata.session == "Vergaderjaar 2023–2024")
        // Read from the header lines by the text parser: they must survive conversion.
        #expect(metadata.askedBy?.contains("Van Haga") == true, "\(String(describing: metadata.askedBy))")
        #expect(metadata.askedTo?.contains("Binnenlandse Zaken en Koninkrijksrelaties") == true, "\(String(describing: metadata.askedTo))")
        #expect(metadata.subject?.contains("Sinterklaasintochten") == true, "\(String(describing: metadata.subject))")
        #expect(metadata.submitted == ISODate(year: 2023, month: 11, day: 20))
        #expect(metadata.answeredBy?.contains("De Jonge") == true, "\(String(describing: metadata.answeredBy))")
        #expect(metadata.received == ISODate(year: 2024, month: 2, day: 20))
    }

    @Test(arguments: PDFFixtures.names)
    func everyPDFHasItsDates(name: String) throws {
        let metadata = try DocumentLoader.load(path: PDFFixtures.path(name)).metadata
        #expect(metadata.submitted != nil, "\(name)")
        #expect(metadata.received != nil, "\(name)")
        #expect(metadata.askedBy != nil, "\(name)")
    }

    @Test func noteLinkedToItsMarkerWithItsURL() throws {
        let document = try DocumentLoader.load(path: PDFFixtures.path("ah-tk-20232024-1076"))
        let note = try #require(document.footnote(NoteID(.footnote, "2")))
        #expect(note.urls == ["https://www.ad.nl/rijswijk/geen-vergunning-voor-intocht-met-zwarte-pieten-in-rijswijk~a946954a8/"])
        let question = try #require(document.questions.first)
        #expect(question.paragraphs.flatMap(\.noteRefs) == [NoteID(.footnote, "1"), NoteID(.footnote, "2")])
    }

    @Test func noteBodyWithSquareBracketsStaysWhole() throws {
        let document = try DocumentLoader.load(path: PDFFixtures.path("ah-tk-20232024-2129"))
        let note = try #require(document.footnote(NoteID(.footnote, "1")))
        #expect(note.text.hasPrefix("Relief Web, 6 mei 2024, «Joint Statement by 190 Humanitarian Organisations in Yemen:"))
        #expect(note.text.contains("in need in Yemen [EN/AR]»"))
        #expect(note.urls == ["https://reliefweb.int/report/yemen/joint-statement-190-humanitarian-organisations-yemen-humanitarian-partners-urge-donors-remain-committed-millions-need-yemen-enar"])
    }

    @Test func pdfOnStandardInputTakesTheSamePath() throws {
        // `kamervragen -` hands the loader bytes without a file name.
        let document = try DocumentLoader.parse(bytes: PDFFixtures.bytes("ah-tk-20232024-1893"), source: "-")
        let expected = try PDFFixtures.expected("ah-tk-20232024-1893")
        #expect(document.questions.map(\.number.description) == expected.questions)
        #expect(document.source == "-")
    }
}
