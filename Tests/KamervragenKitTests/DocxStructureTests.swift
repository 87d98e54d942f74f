import Testing
@testable import KamervragenKit

/// Every corpus Word file through the loader the commands use: the structure, the first
/// words and the notes must match what was written down by reading each file.
@Suite struct DocxStructureTests {
    static func load(_ name: String) throws -> Document {
        try DocumentLoader.load(path: DocxFixtures.path(name))
    }

    /// The notes in the order the text first cites them.
    static func citationOrder(_ doc: Document) -> [NoteID] {
        var seen: [NoteID] = []
        for item in doc.items {
            let paragraphs: [Paragraph]
            switch item {
            case .question(let i): paragraphs = Array(doc.questions[i].paragraphs)
            case .answer(let i): paragraphs = Array(doc.answers[i].paragraphs)
            case .notice(let i): paragraphs = Array(doc.notices[i].paragraphs)
            case .preamble(let p), .closing(let p): paragraphs = p
            }
            for id in paragraphs.flatMap(\.noteRefs) where !seen.contains(id) { seen.append(id) }
        }
        return seen
    }

    @Test(arguments: DocxFixtures.names)
    func questionsAndAnswerGroups(name: String) throws {
        let expected = try DocxFixtures.expected(name)
        let doc = try Self.load(name)
        #expect(doc.questions.map(\.number.description) == expected.questions)
        #expect(doc.answers.map { $0.questions.map(\.description) } == expected.answers)
        #expect(doc.questions.allSatisfy { $0.answer != nil }, "\(name): an unanswered question")
    }

    @Test(arguments: DocxFixtures.names)
    func firstQuestionAndAnswerWords(name: String) throws {
        let expected = try DocxFixtures.expected(name)
        let doc = try Self.load(name)
        let question = try #require(doc.questions.first).plainText
        let answer = try #require(doc.answers.first).plainText
        #expect(question.hasPrefix(expected.first_question_words), "\(question.prefix(60))")
        #expect(answer.hasPrefix(expected.first_answer_words), "\(answer.prefix(60))")
    }

    /// Wassenberg types its notes as `[1]` … `[6]`, note 3's body glued to the end of
    /// note 2's URL; Temmink-Van Nispen and Lahlah-Chakor number theirs with Word's list
    /// numbering (`1)`) beside Word's own footnotes.
    @Test(arguments: DocxFixtures.names)
    func notesCountedAndBodiesInCitationOrder(name: String) throws {
        let expected = try DocxFixtures.expected(name)
        let doc = try Self.load(name)
        #expect(doc.footnotes.count == expected.footnotes, "\(name): \(doc.footnotes.map(\.id))")
        let bodies = Self.citationOrder(doc).compactMap { doc.footnote($0)?.text }
        #expect(bodies.count == expected.note_texts_start.count)
        for (body, start) in zip(bodies, expected.note_texts_start) {
            #expect(body.hasPrefix(start), "\(name): '\(body.prefix(60))' does not start with '\(start.prefix(60))'")
        }
        #expect(!doc.diagnostics.contains { $0.message.contains("no note text") || $0.message.contains("never cited") },
                "\(name): \(doc.diagnostics.map(\.message))")
    }

    @Test func typedBracketNotesCitedWhereTyped() throws {
        // Wassenberg: `geraakt[1]`, `omgekomen [2]`, `overleden [3]?` in question 1.
        let doc = try Self.load(DocxFixtures.names[0])
        let q1 = doc.questions[0]
        #expect(q1.paragraphs.flatMap(\.noteRefs) == ["1", "2", "3"].map { NoteID(.endnote, $0) })
        #expect(q1.plainText.contains("gewond zijn geraakt, een eigenaar is omgekomen, en zelfs een baby is overleden?"))
        #expect(doc.questions[10].paragraphs.flatMap(\.noteRefs) == [NoteID(.endnote, "6")])
        // Note 2's URL stops where note 3 was typed onto it; note 3 opens its own.
        let two = try #require(doc.footnote(NoteID(.endnote, "2")))
        #expect(two.urls.count == 1 && two.urls[0].hasSuffix(",Dat%20zegt%20de%20politie"))
        let three = try #require(doc.footnote(NoteID(.endnote, "3")))
        #expect(three.urls == ["https://www.ad.nl/binnenland/overleden-baby-in-emmeloord-blijkt-doodgebeten-door-hond-ergste-watouders-kan-overkomen~a2803fe1/"])
        // The list is no part of the last answer.
        #expect(!doc.answers[13].plainText.contains("nhnieuws"))
        #expect(!doc.answers[13].plainText.contains("[1]"))
    }

    @Test func wordFootnoteAndTypedNoteBothNumberedOne() throws {
        // Temmink-Van Nispen: typed 1) (numbering-rendered) and Word's own footnote 1.
        let doc = try Self.load(DocxFixtures.names[1])
        #expect(doc.footnote(NoteID(.endnote, "1"))?.text.hasPrefix("Geen spoed wel brandweer") == true)
        #expect(doc.footnote(NoteID(.footnote, "1"))?.text == "Kamerstukken, 2022-2023, 29628, nr. 1135")
        let answer10 = try #require(doc.answers.last)
        #expect(answer10.paragraphs.flatMap(\.noteRefs) == [NoteID(.footnote, "1")])
    }

    @Test(arguments: DocxFixtures.names)
    func coverLetterIsPreambleNotAQuestion(name: String) throws {
        let doc = try Self.load(name)
        guard case .preamble(let paragraphs) = try #require(doc.items.first) else {
            Issue.record("\(name) does not open with the letter")
            return
        }
        #expect(paragraphs.contains { $0.plainText.contains("uw brief van") })
        #expect(doc.metadata.answeredBy?.hasPrefix("de ") == true)
    }

    /// The cover letter's facts as the loaded document carries them (the reader's exact
    /// facts win over the grammar's guess from the letter's text).
    @Test(arguments: DocxFixtures.names)
    func metadataAsPrinted(name: String) throws {
        try DocxFixtures.expectMetadata(try Self.load(name).metadata, as: name)
    }

    @Test func standardInputTakesTheSamePath() throws {
        let name = DocxFixtures.names[4]
        let doc = try DocumentLoader.parse(bytes: DocxFixtures.bytes(name), source: "-")
        #expect(doc.questions.count == 9)
        #expect(doc.source == "-")
    }
}
