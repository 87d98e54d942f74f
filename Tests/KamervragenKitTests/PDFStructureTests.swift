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
        #expect(document.metadata.publicationID == "ah-tk-20232024-1076")
        #expect(document.metadata.aanhangsel == "1076")
        #expect(document.metadata.session == "Vergaderjaar 2023–2024")
    }

    @Test func noteLinkedToItsMarkerWithItsURL() throws {
        let document = try DocumentLoader.load(path: PDFFixtures.path("ah-tk-20232024-1076"))
        let note = try #require(document.footnote(NoteID(.footnote, "2")))
        #expect(note.urls == ["https://www.ad.nl/rijswijk/geen-vergunning-voor-intocht-met-zwarte-pieten-in-rijswijk~a946954a8/"])
        let question = try #require(document.questions.first)
        #expect(question.paragraphs.flatMap(\.noteRefs) == [NoteID(.footnote, "1"), NoteID(.footnote, "2")])
    }
}
