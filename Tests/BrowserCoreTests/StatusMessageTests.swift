import Testing
@testable import BrowserCore
import KamervragenKit

/// What the status line says when a key alone would leave the reader guessing.
@Suite struct StatusMessageTests {
    func status(_ b: Browser) -> String { b.row(b.rows - 1) }

    @Test func tabSaysWhereTheSelectedLinkLeads() {
        var doc = makeDocument("Vraag 1\ntekst\n\nAntwoord 1\nJa.\n")
        doc.questions[0].paragraphs = [Paragraph([
            .text("zie"), .noteRef(NoteID(.footnote, "1")), .text(" en "), .url("https://example.org/lang/pad"),
        ])]
        doc.footnotes = [Footnote(id: NoteID(.footnote, "1"), text: "NOS,\n  17 oktober", urls: [], line: 3)]
        var b = Browser(document: doc, rows: 12, columns: 60)
        b.press(.tab)
        #expect(status(b).hasPrefix("[1] NOS, 17 oktober"))
        b.press(.tab)
        #expect(status(b).hasPrefix("https://example.org/lang/pad"))
        b.press(.tab)
        #expect(status(b).hasPrefix("→ Antwoord op vraag 1"))
        // The message is for the key that selected: the next key brings the position back.
        b.press(.character("j"))
        #expect(status(b).hasPrefix("Vraag 1/1"))
    }

    @Test func aKeyThatDoesNothingSaysSo() {
        var b = Browser(document: makeDocument(questions(3)), rows: 12, columns: 60)
        b.press(.character("x"))
        #expect(status(b).hasPrefix("x is not a key here · h lists the keys"))
        b.press(.control("k"))
        #expect(status(b).hasPrefix("Ctrl-K is not a key here"))
        b.press(.function(5))
        #expect(status(b).hasPrefix("F5 is not a key here"))
        b.press(.character("j"))
        #expect(status(b).hasPrefix("Vraag 1/3"))
    }

    @Test func equalsReportsFileLinesAndAnswers() {
        var b = Browser(document: makeDocument(questions(3)), rows: 12, columns: 80)
        b.press(.character("="))
        let total = b.layout.count
        #expect(status(b).hasPrefix("lines 1–10 of \(total) · 3 questions, 3 answered · test.txt"))
        b.press(.character("j"), .control("g"))
        #expect(status(b).hasPrefix("lines 2–11 of \(total)"))
    }

    @Test func lessAliasesMove() {
        var b = Browser(document: makeDocument(questions(9)), rows: 12, columns: 40)
        b.press(.character("e"))
        #expect(b.top == 1)
        b.press(.control("n"), .control("e"))
        #expect(b.top == 3)
        b.press(.character("y"), .control("p"), .control("y"))
        #expect(b.top == 0)
        b.press(.character("z"))
        #expect(b.top == b.textRows)
        b.press(.character("w"))
        #expect(b.top == 0)
        b.press(.character(">"))
        #expect(b.top == b.maxTop)
        b.press(.character("<"))
        #expect(b.top == 0)
    }

    @Test func beforeTheFirstQuestionTheStatusSaysWhatIsAhead() {
        let text = "Vragen van het lid Jansen aan de minister over treinen (ingezonden 1 maart 2024)\n\nEen inleidende zin.\n\n" + questions(3)
        var b = Browser(document: makeDocument(text), rows: 12, columns: 60, language: .dutch)
        #expect(b.currentOwner != nil)
        if case .question? = b.currentOwner { Issue.record("the fixture should open before its first question") }
        #expect(status(b).hasPrefix("Inleiding · 3 vragen, 3 beantwoord"))
        #expect(status(Browser(document: makeDocument(text), rows: 12, columns: 60)).hasPrefix("Introduction · 3 questions, 3 answered"))
        b.press(.character("a"))
        #expect(status(b).hasPrefix("hier nog geen vraag · ] gaat naar de eerste"))
        b.press(.character("]"))
        #expect(status(b).hasPrefix("Vraag 1/3"))
    }
}

@Suite struct EmptyNotesPaneTests {
    @Test func fInADocumentWithoutNotesSaysSoAndOpensNothing() {
        var b = Browser(document: makeDocument(questions(3)), rows: 12, columns: 60)
        b.press(.character("f"))
        #expect(b.notes == nil)
        #expect(b.row(11).hasPrefix("this document has no notes"))
    }

    @Test func aPaneWithNothingOnScreenSaysHowToClose() {
        var doc = makeDocument(questions(6))
        doc.questions[5].paragraphs = [Paragraph([.text("bron"), .noteRef(NoteID(.footnote, "1"))])]
        doc.footnotes = [Footnote(id: NoteID(.footnote, "1"), text: "Een bron", urls: [], line: 3)]
        var b = Browser(document: doc, rows: 16, columns: 60)
        b.press(.character("f"))
        #expect(b.notes != nil)
        let first = b.rows - 1 - b.paneRows
        #expect(b.row(first).hasPrefix("─ Notes: none on this screen"))
        #expect(b.row(first + 1) == "f or Esc closes the pane")
        var nl = Browser(document: doc, rows: 16, columns: 60, language: .dutch)
        nl.press(.character("f"))
        #expect(nl.row(first).hasPrefix("─ Noten: geen op dit scherm"))
        #expect(nl.row(first + 1) == "f of Esc sluit het paneel")
    }
}

@Suite struct SearchPromptEdgeTests {
    func browser() -> Browser { Browser(document: makeDocument(questions(6)), rows: 12, columns: 60) }

    @Test func nAfterAFailedSearchRepeatsThatItFoundNothing() {
        var b = browser()
        b.type("/zzq")
        b.press(.enter)
        #expect(b.row(11).hasPrefix("Pattern not found: zzq"))
        b.type("n")
        #expect(b.row(11).hasPrefix("Pattern not found: zzq"))
        // A search that finds something replaces the verdict.
        b.type("/woord7")
        b.press(.enter)
        b.type("n")
        #expect(b.search != nil)
        #expect(!b.row(11).contains("Pattern not found"))
    }

    @Test func nWithoutAnySearchSaysHowToSearch() {
        var b = browser()
        b.type("n")
        #expect(b.row(11).hasPrefix("no search: type / to search"))
        b.type("/")
        b.press(.enter)
        #expect(b.row(11).hasPrefix("no search: type / to search"))
    }

    @Test func backspaceOnAnEmptyPromptGivesThePreviousSearchBack() {
        var b = browser()
        b.type("/vraag 3")
        b.press(.enter)
        let found = b.search
        #expect(found != nil)
        b.type("/x")
        b.press(.backspace, .backspace)
        #expect(b.prompt == nil)
        #expect(b.search?.count == found?.count)
        #expect(b.search?.current == found?.current)
    }
}

@Suite struct OverlayKeyTests {
    @Test func helpAndContentsAnswerAKeyThatDoesNothing() {
        var b = Browser(document: makeDocument(questions(3)), rows: 12, columns: 60)
        b.press(.character("h"), .character("x"))
        #expect(b.row(11).hasPrefix("x does nothing in the help · q closes it"))
        b.press(.character("j"))
        #expect(b.row(11).hasPrefix("j/k scroll · q close"))
        b.press(.character("q"), .character("t"), .character("/"))
        #expect(b.row(11).hasPrefix("/ does nothing in the contents · Enter jumps, q closes"))
        b.press(.down)
        #expect(b.row(11).hasPrefix("2/3 · Enter jump · q close"))
    }
}

@Suite struct NarrowWrapMessageTests {
    @Test func aNarrowStatusLineGetsTheShortWrapMessageWhole() throws {
        var b = Browser(document: try Fixture.seed(), rows: 12, columns: 40)
        b.type("/creeren")
        b.press(.enter)
        b.type("nnnn")
        #expect(b.search?.current == 0)
        #expect(b.row(11).hasPrefix("wrapped to TOP "))
        b.type("N")
        #expect(b.row(11).hasPrefix("wrapped to BOTTOM "))
        #expect(!b.row(11).contains("…"))
    }
}
