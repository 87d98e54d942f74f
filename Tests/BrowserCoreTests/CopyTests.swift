import Testing
@testable import BrowserCore
import KamervragenKit

/// `c` asks the terminal to copy (issue 11): the selected URL, or else the question on
/// screen with its answer as plain text.
@Suite struct CopyTests {
    static let text = "Vraag 1\nZie https://example.org/a?b=1 en noot.[1]\n\nAntwoord op vraag 1\nJa.\n\n"
        + "Vraag 2\nEn dit?\n\nAntwoord op vraag 2\nNee.\n\n[1] Een noot.\n"

    func copied(_ effects: [Effect]) -> (text: String, what: String)? {
        for case .copy(let text, let what) in effects { return (text, what) }
        return nil
    }

    @Test func withNothingSelectedTheQuestionOnScreenIsCopiedWithItsAnswer() {
        var b = Browser(document: makeDocument(Self.text), rows: 24, columns: 80, language: .dutch)
        let first = copied(b.handle(.character("c")))
        // As `kamervragen show` prints it: the note cited listed after the answer.
        #expect(first?.text == "Vraag 1\n  Zie https://example.org/a?b=1 en noot.\n\nAntwoord op vraag 1\n  Ja.\n\nNoten\n  [eindnoot 1] Een noot.\n")
        #expect(first?.what == Catalogue.Clipboard.questionWithAnswer.text("1", in: .dutch))
        b.press(.character("]"))
        let second = copied(b.handle(.character("c")))
        #expect(second?.text.hasPrefix("Vraag 2\n  En dit?\n\nAntwoord op vraag 2\n  Nee.") == true)
    }

    @Test func aSelectedURLIsCopiedAlone() {
        var b = Browser(document: makeDocument(Self.text), rows: 24, columns: 80)
        b.press(.tab)
        let effect = copied(b.handle(.character("c")))
        #expect(effect?.text == "https://example.org/a?b=1")
        #expect(effect?.what == Catalogue.Clipboard.theURL.text(in: .english))
    }

    @Test func aSelectedNoteMarkerCopiesTheQuestion() {
        var b = Browser(document: makeDocument(Self.text), rows: 24, columns: 80)
        b.press(.tab, .tab)
        #expect(copied(b.handle(.character("c")))?.text.hasPrefix("Vraag 1\n") == true)
    }

    @Test func longParagraphsAreNotWrapped() {
        let words = (1...60).map { "woord\($0)" }.joined(separator: " ")
        var b = Browser(document: makeDocument("Vraag 1\n\(words)\n\nAntwoord op vraag 1\nJa.\n"), rows: 24, columns: 40)
        #expect(copied(b.handle(.character("c")))?.text.contains("  \(words)\n") == true)
    }

    @Test func withoutAQuestionThereIsNothingToCopy() {
        var b = Browser(document: makeDocument("Zomaar tekst zonder vragen.\n"), rows: 24, columns: 80)
        #expect(b.handle(.character("c")).isEmpty)
        #expect(b.render().text.contains(Catalogue.Clipboard.nothingToCopy.text(in: .english)))
    }
}
