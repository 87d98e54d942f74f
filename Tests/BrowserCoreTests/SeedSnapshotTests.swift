import Testing
@testable import BrowserCore
import KamervragenKit

/// The journeys of issue 3 on the seed, at two sizes; the stored screens are the spec
/// of what users see (review them by eye after re-recording).
@Suite struct SeedSnapshotTests {
    static let sizes = [(24, 80), (12, 40)]

    func browser(_ rows: Int, _ columns: Int) throws -> Browser {
        Browser(document: try Fixture.seed(), rows: rows, columns: columns)
    }

    @Test(arguments: sizes) func firstScreen(rows: Int, columns: Int) throws {
        let b = try browser(rows, columns)
        try expectSnapshot(b.render(), "first-\(columns)x\(rows)", roles: true)
        #expect(b.row(0).contains("seed.txt"))
        #expect(b.row(rows - 1).hasPrefix(columns >= 80 ? "Vraag 1/9 · beantwoord in Antwoord op vraag 1" : "Vraag 1/9 → Antwoord op vraag 1"))
    }

    @Test(arguments: sizes) func nextQuestion(rows: Int, columns: Int) throws {
        var b = try browser(rows, columns)
        b.press(.character("]"))
        try expectSnapshot(b.render(), "next-question-\(columns)x\(rows)")
        #expect(b.row(1) == "Vraag 2")
    }

    @Test(arguments: sizes) func answerOfQuestion3(rows: Int, columns: Int) throws {
        var b = try browser(rows, columns)
        b.type("3g")
        #expect(b.row(1) == "Vraag 3")
        b.type("a")
        try expectSnapshot(b.render(), "answer-3-\(columns)x\(rows)", roles: true)
        #expect(b.row(1) == "Antwoord op vragen 3 en 4")
        #expect(b.row(rows - 1).hasPrefix(columns >= 80 ? "Antwoord op vragen 3 en 4 · Vraag 3/9" : "Antwoord op vragen 3 en 4"))
    }

    @Test(arguments: sizes) func notesPaneOnQuestion7Footnote(rows: Int, columns: Int) throws {
        var b = try browser(rows, columns)
        b.type("7ga")
        // Bring the marker's line on screen the way a reader would: search the word before it.
        b.type("/onderzocht.")
        b.press(.enter, .escape)
        var tabs = 0
        while b.selectedNote != NoteID(.footnote, "1"), tabs < 20 { b.press(.tab); tabs += 1 }
        #expect(b.selectedNote == NoteID(.footnote, "1"))
        b.press(.enter)
        try expectSnapshot(b.render(), "notes-pane-7-\(columns)x\(rows)", roles: true)
        #expect(b.render().text.contains("Aanwijzing mensenhandel"))
    }

    @Test(arguments: sizes) func searchEMPACT(rows: Int, columns: Int) throws {
        var b = try browser(rows, columns)
        b.type("/EMPACT")
        try expectSnapshot(b.render(), "search-typing-EMPACT-\(columns)x\(rows)")
        #expect(b.row(rows - 1).hasPrefix("/EMPACT"))
        #expect(b.row(rows - 1).hasSuffix("1/1"))
        b.press(.enter)
        try expectSnapshot(b.render(), "search-EMPACT-\(columns)x\(rows)", roles: true)
        let grid = b.render()
        #expect(grid.cells.contains { $0.role == .currentMatch })
        #expect(b.row(rows - 1).contains("1/1"))
    }

    @Test(arguments: sizes) func tableOfContents(rows: Int, columns: Int) throws {
        var b = try browser(rows, columns)
        b.type("t")
        try expectSnapshot(b.render(), "contents-\(columns)x\(rows)")
        // Narrow screens abbreviate the answer to leave room for the question's words.
        #expect(b.render().text.contains(columns < 60 ? "Vraag 3 → antw. 3 en 4 · Welke" : "Vraag 3 → Antwoord op vragen 3 en 4"))
    }

    @Test(arguments: sizes) func help(rows: Int, columns: Int) throws {
        var b = try browser(rows, columns)
        b.type("h")
        try expectSnapshot(b.render(), "help-\(columns)x\(rows)")
        b.press(.escape)
        #expect(b.row(1) == "Vraag 1")
    }
}
