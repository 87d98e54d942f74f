import Testing
@testable import BrowserCore
import KamervragenKit

@Suite struct NavigationTests {
    func browser(_ rows: Int = 12, _ columns: Int = 40) -> Browser {
        Browser(document: makeDocument(questions(9, combined: [3])), rows: rows, columns: columns)
    }

    @Test func goToQuestionN() {
        var b = browser()
        b.type("5g")
        #expect(b.row(1) == "Vraag 5")
        b.type("12")
        #expect(b.row(11).hasPrefix("12 · g or Enter: Vraag 12"))
        b.press(.enter)
        #expect(b.row(1) == "Vraag 5")
        #expect(b.row(11).hasPrefix("no question 12"))
        b.type("2")
        b.press(.enter)
        #expect(b.row(1) == "Vraag 2")
    }

    @Test func nextAndPreviousQuestion() {
        var b = browser()
        b.type("]]")
        #expect(b.row(1) == "Vraag 3")
        b.type("[")
        #expect(b.row(1) == "Vraag 2")
        b.type("j[")
        #expect(b.row(1) == "Vraag 2")
    }

    @Test func combinedAnswerKnowsAllItsQuestions() {
        var b = browser()
        b.type("4ga")
        #expect(b.row(1) == "Antwoord op vragen 3 en 4")
        #expect(b.row(2) == "← answers Vraag 3 and Vraag 4")
        // Back to the question we came from, not the first one the answer covers.
        b.type("a")
        #expect(b.row(1) == "Vraag 4")
        b.type("3ga")
        b.type("a")
        #expect(b.row(1) == "Vraag 3")
    }

    @Test func historyBackAndForward() {
        var b = browser()
        b.type("2g")
        b.type("7g")
        b.type("a")
        #expect(b.row(1) == "Antwoord op vraag 7")
        b.press(.left)
        #expect(b.row(1) == "Vraag 7")
        b.press(.backspace)
        #expect(b.row(1) == "Vraag 2")
        b.press(.right)
        #expect(b.row(1) == "Vraag 7")
        b.press(.right)
        #expect(b.row(1) == "Antwoord op vraag 7")
        b.press(.right)
        #expect(b.row(11).hasPrefix("no later position"))
        b.press(.left, .left, .left)
        #expect(b.row(1) == "Vraag 1")
        b.press(.left)
        #expect(b.row(11).hasPrefix("no earlier position"))
    }

    @Test func tabCyclesLinksOnScreenAndEnterFollows() {
        var b = browser(24, 80)
        b.type("3g")
        // On screen: the answer links under questions 3 and 4, then the combined answer's
        // links back to questions 3 and 4.
        b.press(.tab)
        #expect(b.selectedTarget == .answer(2))
        #expect(b.render().cells.contains { $0.role == .selectedLink })
        b.press(.tab)
        #expect(b.selectedTarget == .answer(2))
        b.press(.tab)
        #expect(b.selectedTarget == .question(2))
        b.press(.tab, .tab)
        #expect(b.selectedTarget == .answer(2)) // wrapped around
        b.press(.backTab)
        #expect(b.selectedTarget == .question(3))
        b.press(.enter)
        #expect(b.row(1) == "Vraag 4")
        b.press(.left)
        #expect(b.row(1) == "Vraag 3")
    }

    @Test func urlsOpenOnlyWhenWeb() {
        var doc = makeDocument("Vraag 1\ntekst\n")
        doc.questions[0].paragraphs = [Paragraph([.text("zie "), .url("https://example.org/a"), .text(" en "), .url("javascript:alert(1)")])]
        var b = Browser(document: doc, rows: 10, columns: 60)
        b.press(.tab)
        #expect(b.handle(.enter) == [.openURL("https://example.org/a")])
        b.press(.tab)
        #expect(b.handle(.character("o")) == [])
        #expect(b.row(9).hasPrefix("not opening javascript:alert(1)"))
    }

    @Test func noteMarkerOpensPaneAndOOpensItsURL() {
        var doc = makeDocument("Vraag 1\ntekst\n")
        doc.questions[0].paragraphs = [Paragraph([.text("bron"), .noteRef(NoteID(.footnote, "1")), .text(" rest")])]
        doc.footnotes = [Footnote(id: NoteID(.footnote, "1"), text: "NOS (https://nos.nl/x)", urls: ["https://nos.nl/x"], line: 3)]
        var b = Browser(document: doc, rows: 12, columns: 40)
        #expect(b.row(2) == "bron[1] rest")
        b.press(.tab, .enter)
        #expect(b.notes?.focus == NoteID(.footnote, "1"))
        #expect(b.render().text.contains("[1] NOS (https://nos.nl/x)"))
        let urlCells = b.render().cells.filter { $0.role == .url }
        #expect(urlCells.count >= "https://nos.nl/x".count)
        #expect(b.handle(.character("o")) == [.openURL("https://nos.nl/x")])
        b.press(.escape)
        #expect(b.notes == nil)
        b.press(.character("f"))
        #expect(b.notes != nil)
    }

    @Test func specialKeysReturnEffects() {
        var b = browser()
        #expect(b.handle(.control("l")) == [.redraw])
        #expect(b.handle(.control("z")) == [.suspend])
        #expect(b.handle(.character("q")) == [.quit])
    }

    @Test func helpIsGeneratedFromTheKeyTable() {
        // Tall and wide enough for the whole list, each action on one line.
        var b = browser(200, 250)
        b.press(.character("h"))
        let text = b.render().text
        for entry in KeyTable.sections(in: .english).flatMap(\.entries) {
            #expect(text.contains(entry.action), "\(entry.keys)")
        }
        b.press(.escape)
        #expect(b.row(1) == "Vraag 1")
    }

    @Test func contentsListsEveryQuestionAndJumps() {
        var b = browser(24, 80)
        b.press(.character("t"))
        #expect(b.row(3).hasPrefix("Vraag 3 → Antwoord op vragen 3 en 4"))
        b.press(.down, .down, .down, .enter)
        #expect(b.row(1) == "Vraag 4")
        b.press(.left)
        #expect(b.row(1) == "Vraag 1")
    }
}

@Suite struct ResizeTests {
    @Test func resizeKeepsTheSameTextAtTheTop() {
        var b = Browser(document: makeDocument(questions(9, words: 60)), rows: 24, columns: 80)
        b.type("4g")
        b.type("jjjjj")
        let topText = b.row(1)
        let sizes = [(12, 40), (40, 120), (1, 1), (0, 0), (3, 7), (24, 80)]
        for (r, c) in sizes {
            b.resize(rows: r, columns: c)
            _ = b.render()
        }
        #expect(b.row(1) == topText)
        b.resize(rows: 12, columns: 40)
        // The first word on the 80-column top line opens the 40-column top line's line.
        let firstWord = topText.split(separator: " ").first.map(String.init) ?? ""
        #expect(b.row(1).contains(firstWord))
    }

    @Test func tinyScreensNeverCrash() throws {
        let keys: [Key] = [.down, .up, .pageDown, .pageUp, .home, .end, .tab, .backTab, .enter, .left, .right,
                           .character("]"), .character("["), .character("a"), .character("f"), .character("t"),
                           .character("j"), .escape, .character("h"), .character("q"), .character("/"),
                           .character("e"), .enter, .character("n"), .character("N"), .character("G"),
                           .character("3"), .character("g"), .character("o"), .character("d"), .character("u")]
        let doc = try Fixture.seed()
        for (r, c) in [(0, 0), (1, 1), (2, 1), (1, 80), (24, 1), (2, 2), (3, 3), (5, 10)] {
            var b = Browser(document: doc, rows: r, columns: c)
            for k in keys {
                _ = b.handle(k)
                let g = b.render()
                #expect(g.cells.count == r * c)
            }
        }
        let one = Browser(document: doc, rows: 1, columns: 1)
        #expect(one.render().text.count == 1)
    }

    @Test func emptyDocumentRenders() {
        var b = Browser(document: Document(source: "leeg.txt"), rows: 5, columns: 20)
        b.press(.character("]"), .character("a"), .tab, .character("t"))
        #expect(b.render().text.contains("no questions"))
    }
}

@Suite struct PlainTextDumpTests {
    @Test func dumpHasQuestionsAnswerLinksAndWraps() throws {
        let text = plainTextDump(of: try Fixture.seed(), width: 60, language: .dutch)
        #expect(text.contains("Vraag 3\n"))
        #expect(text.contains("→ Antwoord op vragen 3 en 4\n"))
        #expect(text.contains("← beantwoordt Vraag 3 en Vraag 4\n"))
        #expect(plainTextDump(of: try Fixture.seed(), width: 60).contains("← answers Vraag 3 and Vraag 4\n"))
        for line in text.split(separator: "\n") { #expect(DisplayWidth.of(line) <= 60) }
    }
}

@Suite struct EndOfDocumentTests {
    @Test func lastQuestionsNearTheEndStillCountAsCurrent() {
        // Short questions: the last few headings cannot reach the top of the screen.
        var b = Browser(document: makeDocument(questions(9, words: 1)), rows: 24, columns: 80)
        b.type("9g")
        #expect(b.row(23).hasPrefix("Vraag 9/9 · answered in Antwoord op vraag 9"))
        b.type("a")
        #expect(b.row(23).hasPrefix("Antwoord op vraag 9"))
        b.type("a")
        #expect(b.row(23).hasPrefix("Vraag 9/9"))
        b.type("[")
        #expect(b.row(23).hasPrefix("Vraag 8/9"))
        b.type("]")
        #expect(b.row(23).hasPrefix("Vraag 9/9"))
        b.type("]")
        #expect(b.row(23).hasPrefix("no next question"))
    }

    @Test func backwardSearchFindsTheLastMatchAbove() throws {
        var b = Browser(document: try Fixture.seed(), rows: 24, columns: 80)
        b.type("G")
        b.type("?creeren")
        b.press(.enter)
        #expect(b.search?.current == 3)
        b.type("n")
        #expect(b.search?.current == 2) // n keeps the direction of ?
        b.type("N")
        #expect(b.search?.current == 3)
    }

    @Test func enterIgnoresASelectionScrolledOffScreen() {
        var b = Browser(document: makeDocument(questions(9, words: 20)), rows: 24, columns: 80)
        b.press(.tab)
        #expect(b.selectedTarget == .answer(0))
        b.type("5g")
        let before = b.row(1)
        b.press(.enter)
        #expect(b.row(1) != before)
        #expect(!b.row(1).hasPrefix("Antwoord op vraag 1"))
    }
}

@Suite struct OddModelTests {
    /// What a confused parser might hand over: no items, an answer index out of range,
    /// duplicate numbers, a marker for a note that does not exist.
    @Test func oddDocumentsStillShowEveryQuestion() {
        var doc = Document(source: "odd.txt")
        doc.questions = [
            Question(number: QuestionNumber(1), paragraphs: [Paragraph([.text("een"), .noteRef(NoteID(.footnote, "9"))])], lines: LineRange(1, 1), answer: 7),
            Question(number: QuestionNumber(1), paragraphs: [Paragraph(text: "nog een")], lines: LineRange(2, 2), answer: 0),
        ]
        doc.answers = [Answer(questions: [QuestionNumber(1), QuestionNumber(5)], heading: "Antwoord", paragraphs: [], lines: LineRange(3, 3))]
        var b = Browser(document: doc, rows: 12, columns: 40)
        let text = b.render().text
        #expect(text.contains("een[9]"))
        #expect(text.contains("nog een"))
        #expect(text.contains("→ not answered"))
        b.press(.tab, .enter)
        #expect(b.row(11).hasPrefix("note [9] is not in the document"))
        for k: Key in [.character("a"), .character("]"), .character("a"), .character("t"), .enter, .tab, .enter] {
            _ = b.handle(k)
            _ = b.render()
        }
    }
}

@Suite struct HeaderTests {
    @Test func titleMetadataNoticeAndClosingAreShown() {
        var doc = makeDocument("Vraag 1\nWaarom?\n")
        doc.metadata.subject = "Het bericht over uitbuiting"
        doc.metadata.aanhangsel = "604"
        doc.metadata.caseNumber = "2024Z18294"
        doc.metadata.askedBy = "Mutluer (GroenLinks-PvdA)"
        doc.metadata.askedTo = "de minister van Justitie en Veiligheid"
        doc.metadata.submitted = ISODate(year: 2024, month: 10, day: 17)
        doc.metadata.answeredBy = "minister Van Weel (Justitie en Veiligheid)"
        doc.metadata.received = ISODate(year: 2024, month: 11, day: 20)
        doc.notices = [Notice(paragraphs: [Paragraph(text: "Mededeling van minister Van Weel: de beantwoording duurt langer.")], lines: LineRange(9, 9))]
        doc.items = [.preamble([Paragraph(text: "Inleiding")]), .question(0), .notice(0), .closing([Paragraph(text: "Hoogachtend")])]
        let b = Browser(document: doc, rows: 24, columns: 120, language: .dutch)
        let lines = b.render().text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == " Het bericht over uitbuiting")
        #expect(lines[1] == "Aanhangsel 604 · 2024Z18294")
        // The subject is part of the asking sentence, as printed; at 120 columns it wraps.
        #expect(lines[2] == "Vragen van Mutluer (GroenLinks-PvdA) aan de minister van Justitie en Veiligheid over Het bericht over uitbuiting")
        #expect(lines[3] == "(ingezonden 17 oktober 2024)")
        #expect(lines[4] == "Antwoord van minister Van Weel (Justitie en Veiligheid) (ontvangen 20 november 2024)")
        #expect(lines.contains("Inleiding"))
        #expect(lines.contains("Mededeling van minister Van Weel: de beantwoording duurt langer."))
        #expect(lines.contains("Hoogachtend"))
        #expect(lines.contains("→ niet beantwoord"))
        let grid = b.render()
        #expect(grid[1, 0].role == .metadata)
        #expect(grid.cells.contains { $0.role == .notice })
        // The title is on the top line; the status line says what lies ahead.
        #expect(b.row(23).hasPrefix("Inleiding · 1 vraag, 0 beantwoord"))
    }
}

@Suite struct UnansweredQuestionTests {
    /// `a` on a question the document leaves unanswered says so, in the program's language
    /// with the document's own label, and does not move.
    @Test func answerKeyOnAnUnansweredQuestion() {
        var doc = Document(source: "open.txt")
        doc.questions = [Question(number: QuestionNumber(4), paragraphs: [Paragraph(text: "Waarom?")], lines: LineRange(1, 1))]
        doc.items = [.question(0)]
        var b = Browser(document: doc, rows: 12, columns: 60)
        _ = b.render()
        b.press(.character("]"))
        let before = b.render().text
        b.press(.character("a"))
        #expect(b.row(11).hasPrefix("Vraag 4 has no answer in this document"))
        #expect(b.render().text.components(separatedBy: "\n").dropLast() == before.components(separatedBy: "\n").dropLast())
    }
}

@Suite struct CountPromptTests {
    /// A number typed in the reader waits for the key that uses it; the prompt says both
    /// uses, and a movement key takes it as a line count.
    @Test func aCountOffersBothUsesAndJMovesThatManyLines() {
        var b = Browser(document: makeDocument(questions(9, combined: [3])), rows: 12, columns: 80)
        _ = b.render()
        b.type("3")
        #expect(b.row(11).hasPrefix("3 · g or Enter: Vraag 3 · j or k: 3 lines"))
        let top = b.render().text.components(separatedBy: "\n")
        b.type("j")
        let after = b.render().text.components(separatedBy: "\n")
        #expect(after[1] == top[4])
    }
}
