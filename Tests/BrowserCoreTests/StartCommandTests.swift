import Testing
@testable import BrowserCore
import KamervragenKit

/// `+N`, `+/pattern` and `FILE N` on the command line (issue 11): read as less and man read
/// them, and carried out as the keys a reader would type.
@Suite struct StartCommandTests {
    @Test func argumentsThatAreStartCommands() {
        #expect(StartCommand(argument: "+7") == .question(7))
        #expect(StartCommand(argument: "+/creeren") == .search("creeren"))
        #expect(StartCommand(argument: "+/een zin") == .search("een zin"))
        #expect(StartCommand(questionNumber: "12") == .question(12))
    }

    @Test func argumentsThatAreNot() {
        for argument in ["+", "+/", "+0", "+-3", "+x", "+７", "7", "-", "--mouse", "antwoord.txt", "+7a"] {
            #expect(StartCommand(argument: argument) == nil, "\(argument)")
        }
        for argument in ["", "0", "7a", "+7", "-1", "٣"] {
            #expect(StartCommand(questionNumber: argument) == nil, "\(argument)")
        }
    }

    @Test func plusNOpensAtThatQuestion() {
        var b = Browser(document: makeDocument(questions(9, combined: [3])), rows: 12, columns: 40)
        b.start(with: .question(5))
        #expect(b.row(1) == "Vraag 5")
    }

    @Test func anUnknownQuestionSaysSoAsTypingItWould() {
        var b = Browser(document: makeDocument(questions(9)), rows: 12, columns: 40)
        b.start(with: .question(12))
        #expect(b.row(1) == "Vraag 1")
        #expect(b.row(11).hasPrefix("no question 12"))
    }

    @Test func plusSlashOpensWithTheSearchDoneAndNGoesOn() {
        let text = "Vraag 1\nEerste vraag.\n\nAntwoord 1\nNiets.\n\nVraag 2\nWij willen banen creëren.\n\nAntwoord 2\nJa.\n\nVraag 3\nOok hier creëren.\n\nAntwoord 3\nNee.\n"
        var b = Browser(document: makeDocument(text), rows: 8, columns: 40)
        b.start(with: .search("creeren"))
        let grid = b.render()
        #expect(grid.cells.contains { $0.role == .currentMatch }, "the first match is shown as current")
        #expect(b.row(1) == "Vraag 2" || b.row(0).contains("Vraag 2") || (0..<8).contains { b.row($0).contains("banen creëren") })
        #expect(b.prompt == nil)
        _ = b.handle(.character("n"))
        #expect((0..<8).contains { b.row($0).contains("Ook hier creëren") })
    }
}
