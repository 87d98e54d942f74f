import Testing
@testable import BrowserCore
import KamervragenKit

/// The journeys of issue 3 on the seed, at two sizes and in both languages; the stored
/// screens are the spec of what users see (review them by eye after re-recording). The
/// English screens are `NAME-80x24.txt`, the Dutch ones `NAME-80x24.nl.txt`: one process
/// renders both, the language being the reader's parameter.
@Suite struct SeedSnapshotTests {
    static let sizes: [(Int, Int, Language)] = [(24, 80), (12, 40)].flatMap { size in
        Language.allCases.map { (size.0, size.1, $0) }
    }

    func browser(_ rows: Int, _ columns: Int, _ language: Language) throws -> Browser {
        Browser(document: try Fixture.seed(), rows: rows, columns: columns, language: language)
    }

    func name(_ base: String, _ rows: Int, _ columns: Int, _ language: Language) -> String {
        "\(base)-\(columns)x\(rows)" + (language == .dutch ? ".nl" : "")
    }

    /// The English or the Dutch text, as the reader speaks.
    func say(_ english: String, _ dutch: String, _ language: Language) -> String { language == .dutch ? dutch : english }

    @Test(arguments: sizes) func firstScreen(rows: Int, columns: Int, language: Language) throws {
        let b = try browser(rows, columns, language)
        try expectSnapshot(b.render(), name("first", rows, columns, language), roles: true)
        #expect(b.row(0).contains("seed.txt"))
        #expect(b.row(rows - 1).hasPrefix(columns >= 80
            ? say("Vraag 1/9 · answered in Antwoord op vraag 1", "Vraag 1/9 · beantwoord in Antwoord op vraag 1", language)
            : "Vraag 1/9 → Antwoord op vraag 1"))
    }

    @Test(arguments: sizes) func nextQuestion(rows: Int, columns: Int, language: Language) throws {
        var b = try browser(rows, columns, language)
        b.press(.character("]"))
        try expectSnapshot(b.render(), name("next-question", rows, columns, language))
        #expect(b.row(1) == "Vraag 2")
    }

    @Test(arguments: sizes) func answerOfQuestion3(rows: Int, columns: Int, language: Language) throws {
        var b = try browser(rows, columns, language)
        b.type("3g")
        #expect(b.row(1) == "Vraag 3")
        b.type("a")
        try expectSnapshot(b.render(), name("answer-3", rows, columns, language), roles: true)
        #expect(b.row(1) == "Antwoord op vragen 3 en 4")
        #expect(b.row(rows - 1).hasPrefix(columns >= 80 ? "Antwoord op vragen 3 en 4 · Vraag 3/9" : "Antwoord op vragen 3 en 4"))
    }

    @Test(arguments: sizes) func notesPaneOnQuestion7Footnote(rows: Int, columns: Int, language: Language) throws {
        var b = try browser(rows, columns, language)
        b.type("7ga")
        // Bring the marker's line on screen the way a reader would: search the word before it.
        b.type("/onderzocht.")
        b.press(.enter, .escape)
        var tabs = 0
        while b.selectedNote != NoteID(.footnote, "1"), tabs < 20 { b.press(.tab); tabs += 1 }
        #expect(b.selectedNote == NoteID(.footnote, "1"))
        b.press(.enter)
        try expectSnapshot(b.render(), name("notes-pane-7", rows, columns, language), roles: true)
        #expect(b.render().text.contains(say("─ Notes (", "─ Noten (", language)))
        #expect(b.render().text.contains("Aanwijzing mensenhandel"))
    }

    @Test(arguments: sizes) func searchEMPACT(rows: Int, columns: Int, language: Language) throws {
        var b = try browser(rows, columns, language)
        b.type("/EMPACT")
        try expectSnapshot(b.render(), name("search-typing-EMPACT", rows, columns, language))
        #expect(b.row(rows - 1).hasPrefix("/EMPACT"))
        #expect(b.row(rows - 1).hasSuffix("1/1"))
        b.press(.enter)
        try expectSnapshot(b.render(), name("search-EMPACT", rows, columns, language), roles: true)
        let grid = b.render()
        #expect(grid.cells.contains { $0.role == .currentMatch })
        #expect(b.row(rows - 1).contains("1/1"))
    }

    @Test(arguments: sizes) func tableOfContents(rows: Int, columns: Int, language: Language) throws {
        var b = try browser(rows, columns, language)
        b.type("t")
        try expectSnapshot(b.render(), name("contents", rows, columns, language))
        // Narrow screens abbreviate the answer to leave room for the question's words.
        #expect(b.render().text.contains(columns < 60 ? "Vraag 3 → antw. 3 en 4 · Welke" : "Vraag 3 → Antwoord op vragen 3 en 4"))
        #expect(b.row(0).hasPrefix(say(" Contents · ", " Inhoud · ", language)))
    }

    @Test(arguments: sizes) func help(rows: Int, columns: Int, language: Language) throws {
        var b = try browser(rows, columns, language)
        b.type("h")
        try expectSnapshot(b.render(), name("help", rows, columns, language))
        b.press(.escape)
        #expect(b.row(1) == "Vraag 1")
    }

    /// A message in the status line: `n` before any search.
    @Test(arguments: sizes) func messageWithoutASearch(rows: Int, columns: Int, language: Language) throws {
        var b = try browser(rows, columns, language)
        b.type("n")
        try expectSnapshot(b.render(), name("message-no-search", rows, columns, language), roles: true)
        #expect(b.row(rows - 1).hasPrefix(say("no search: type /", "geen zoekopdracht: typ /", language)))
    }
}
