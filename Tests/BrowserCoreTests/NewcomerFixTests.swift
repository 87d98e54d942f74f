import Testing
@testable import BrowserCore
import KamervragenKit

/// Small things a newcomer hit (issue 11): `=` keeps the end of the file name, the status
/// line says when the reader is in the notes at the end, a pipe wraps a long title.
@Suite struct NewcomerFixTests {
    func status(_ b: Browser) -> String { b.row(b.rows - 1) }

    let longName = "/home/lezer/Documenten/kamervragen/2024/oktober/ah-tk-20242025-581-antwoord.txt"

    func document(source: String) -> Document { DocumentParser.parse(questions(3), source: source) }

    @Test func equalsShowsTheEndOfALongFileName() {
        var b = Browser(document: document(source: longName), rows: 12, columns: 80)
        b.press(.character("="))
        let line = status(b)
        #expect(line.contains("…"))
        #expect(line.contains("20242025-581-antwoord.txt "))
        #expect(!line.contains("/home/lezer"))
        // The counts still fit beside the name's end at this width.
        #expect(line.hasPrefix("lines 1–10 of \(b.layout.count) · 3 questions, 3 answered · …"))
    }

    @Test func aNarrowScreenGivesUpTheCountsBeforeTheName() {
        var b = Browser(document: document(source: longName), rows: 12, columns: 50)
        b.press(.character("="))
        let line = status(b)
        #expect(line.contains("antwoord.txt"))
        #expect(!line.contains("questions"))
        #expect(line.hasPrefix("lines 1–10 of"))
    }

    @Test func aShortNameIsShownWhole() {
        var b = Browser(document: document(source: "a.txt"), rows: 12, columns: 80)
        b.press(.character("="))
        #expect(status(b).hasPrefix("lines 1–10 of \(b.layout.count) · 3 questions, 3 answered · a.txt"))
    }

    @Test func theTailKeepsTheEndWithinTheWidth() {
        #expect(Browser.tail(of: "abcdef", fitting: 4) == "…def")
        #expect(Browser.tail(of: "abc", fitting: 3) == "abc")
        #expect(Browser.tail(of: "abc", fitting: 0) == "")
        #expect(DisplayWidth.of(Browser.tail(of: "map/晴れの日.txt", fitting: 8)) <= 8)
    }

    @Test func theCataloguedPositionReadsInDutchToo() {
        #expect(Catalogue.Position.lines.text("1", "10", "40", in: .dutch) == "regels 1–10 van 40")
        #expect(Catalogue.Position.questions.text("3", "2", in: .dutch) == "3 vragen, 2 beantwoord")
    }

    /// Three short questions and answers, then a dozen notes: at the end the last answer
    /// is at the top, the notes fill the rest.
    func documentWithNotes() -> Document {
        var text = ""
        let long = String(repeating: "Een antwoord met een noot. ", count: 9)
        for q in 1...3 { text += "Vraag \(q)\nTekst \(q).\n\nAntwoord \(q)\n\(long)\n\n" }
        var doc = makeDocument(text)
        doc.footnotes = (1...8).map { Footnote(id: NoteID(.footnote, "\($0)"), text: "Noot \($0).", urls: [], line: 40 + $0) }
        return doc
    }

    @Test func atTheEndTheStatusLineSaysTheReaderIsInTheNotes() {
        var b = Browser(document: documentWithNotes(), rows: 16, columns: 60)
        b.press(.character("G"))
        #expect(b.top == b.maxTop)
        // The top line still belongs to an answer; the screen is mostly notes.
        if case .answer? = b.currentOwner {} else { Issue.record("the top should be in an answer, is \(String(describing: b.currentOwner))") }
        #expect(status(b).hasPrefix("Notes"))
        // a still works from the top line: back to the question of that answer.
        b.press(.character("a"))
        #expect(status(b).hasPrefix("Vraag 3/3"))
    }

    @Test func aJumpToTheLastAnswerStillNamesIt() {
        var b = Browser(document: documentWithNotes(), rows: 16, columns: 60)
        b.press(.character("3"), .character("g"), .character("a"))
        #expect(status(b).hasPrefix("Antwoord op vraag 3"))
    }

    @Test func notesInTheLowerHalfLeaveTheAnswerNamed() {
        var text = ""
        for q in 1...3 { text += "Vraag \(q)\nTekst \(q).\n\nAntwoord \(q)\n" + String(repeating: "Een lang antwoord. ", count: 40) + "\n\n" }
        var doc = makeDocument(text)
        doc.footnotes = [Footnote(id: NoteID(.footnote, "1"), text: "Noot.", urls: [], line: 90)]
        var b = Browser(document: doc, rows: 16, columns: 60)
        b.press(.character("G"))
        #expect(status(b).hasPrefix("Antwoord op vraag 3"))
    }

    @Test func aPipeWrapsALongTitle() {
        let subject = "het bericht dat " + String(repeating: "de zorgverzekeraars en de gemeenten ", count: 4) + "niet samenwerken"
        let text = "Vragen van het lid Jansen aan de minister over \(subject) (ingezonden 1 maart 2024)\n\n" + questions(1)
        let doc = makeDocument(text)
        #expect(doc.metadata.title != nil)
        let out = plainTextDump(of: doc, width: 40)
        let lines = out.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { DisplayWidth.of(String($0)) <= 40 }, "\(out)")
        #expect(lines[0].hasPrefix("Het bericht dat"))
        #expect(lines[1].count > 0)
    }
}
