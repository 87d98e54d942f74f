import Testing
@testable import BrowserCore
import KamervragenKit

/// One answer, one name (issue 11): whatever its heading prints, the reader's answer link,
/// its contents screen and status line, and `outline` call an answer the same.
@Suite struct AnswerNameTests {
    /// Headings as documents print them: a bare number, "vraag" without "op", a colon.
    static let document = makeDocument("""
        Vraag 1
        Waarom?

        Antwoord 1
        Daarom.

        Vraag 2
        Hoe?

        Vraag 3
        Wanneer?

        Antwoord vraag 2 en 3:
        Zo, en morgen.
        """)

    @Test func theHeadingsAreReadAsTheyArePrinted() {
        #expect(Self.document.answers.map(\.heading) == ["Antwoord 1", "Antwoord vraag 2 en 3:"])
        #expect(Self.document.answers.map { PartNames.answer($0) } == ["Antwoord op vraag 1", "Antwoord op vragen 2 en 3"])
    }

    @Test(arguments: Language.allCases)
    func everyPlaceUsesTheOneName(language: Language) {
        let doc = Self.document
        for (i, q) in doc.questions.enumerated() {
            let name = PartNames.answer(doc.answers[q.answer!])
            var b = Browser(document: doc, rows: 24, columns: 100, language: language)
            b.type("\(q.number)g")
            let screen = b.render().text
            // The link under the question.
            #expect(screen.contains("→ \(name)\n"), "question \(q.number): \(screen)")
            // The status line.
            #expect(b.row(23).contains(name), "\(b.row(23))")
            // The contents.
            #expect(Browser.contentsLine(doc, i, language: language).hasPrefix("\(PartNames.question(q.number)) → \(name)"))
            // outline.
            #expect(OutlineFormatter.whereAnswered(q, in: doc, language: language) == name)
        }
    }

    @Test func theAnswersOwnHeadingStaysAsPrintedInTheText() {
        var b = Browser(document: Self.document, rows: 24, columns: 100)
        b.type("2ga")
        #expect(b.render().text.contains("\nAntwoord vraag 2 en 3:\n"))
        #expect(b.row(23).hasPrefix("Antwoord op vragen 2 en 3 · Vraag 2/3"))
    }
}
