import Testing
@testable import BrowserCore
import KamervragenKit

@Suite struct DisplayWidthTests {
    @Test func widths() {
        #expect(DisplayWidth.of("a" as Character) == 1)
        #expect(DisplayWidth.of("漢" as Character) == 2)
        #expect(DisplayWidth.of("ｱ" as Character) == 1) // halfwidth katakana stays narrow
        #expect(DisplayWidth.of("Ａ" as Character) == 2) // fullwidth Latin
        #expect(DisplayWidth.of("e\u{301}" as Character) == 1)
        #expect(DisplayWidth.of(Unicode.Scalar(0x301)!) == 0)
        #expect(DisplayWidth.of(Unicode.Scalar(0x200B)!) == 0)
        #expect(DisplayWidth.of("🙂" as Character) == 2)
        #expect(DisplayWidth.of("漢字 ok") == 7)
    }
}

@Suite struct WrappingTests {
    func lines(_ text: String, width: Int) -> [String] {
        var b = Block(owner: .preamble, spaceBefore: false)
        b.append(text, role: .text)
        var out: [String] = []
        Layout.wrap(b, width: width) { s, e in out.append(String(b.characters[s..<e])) }
        return out
    }

    @Test func wrapsAtSpacesByDisplayWidth() {
        #expect(lines("een twee drie vier", width: 9) == ["een twee", "drie vier"])
        #expect(lines("creëren creëren", width: 7) == ["creëren", "creëren"])
    }

    @Test func wideCharactersCountTwoCells() {
        let out = lines("漢字漢字漢字", width: 5)
        #expect(out == ["漢字", "漢字", "漢字"])
        for line in out { #expect(DisplayWidth.of(line) <= 5) }
    }

    @Test func combiningMarksTakeNoCell() {
        // Decomposed: each "e\u{308}" is one character of one cell.
        let decomposed = "cre\u{0065}\u{0308}ren"
        #expect(lines(decomposed + " " + decomposed, width: 7).count == 2)
        #expect(lines(decomposed, width: 7).count == 1)
    }

    @Test func longWordsBreakAnywhere() {
        #expect(lines("https://example.org/abcdef", width: 10) == ["https://ex", "ample.org/", "abcdef"])
    }

    @Test func gridMarksWideContinuation() {
        let doc = makeDocument("Vraag 1\n漢字です\n")
        let b = Browser(document: doc, rows: 5, columns: 20)
        let grid = b.render()
        #expect(grid[2, 0].character == "漢")
        #expect(grid[2, 1].isContinuation)
        #expect(grid[2, 2].character == "字")
        #expect(b.row(2) == "漢字です")
    }
}

@Suite struct HostileTextTests {
    /// Built by hand, not parsed: the parser may clean some of this up itself, and the
    /// reader must be safe whatever a parser lets through.
    static var hostile: Document {
        var doc = Document(source: "hostile\u{1B}]0;title\u{07}.txt")
        doc.questions = [Question(number: QuestionNumber(1), paragraphs: [
            Paragraph(text: "Klik \u{1B}[31mhier\u{1B}[0m\u{07} en \u{9B}2J \u{202E}gnirts\u{7F} tab\there"),
        ], lines: LineRange(1, 2), answer: 0)]
        doc.answers = [Answer(questions: [QuestionNumber(1)], heading: "Antwoord op vraag 1",
                              paragraphs: [Paragraph(text: "Normaal \u{0}")], lines: LineRange(3, 4))]
        doc.items = [.question(0), .answer(0)]
        return doc
    }

    func isRawControl(_ c: Character) -> Bool {
        c.unicodeScalars.contains { s in s.value < 0x20 || (0x7F...0x9F).contains(s.value) || (0x202A...0x202E).contains(s.value) }
    }

    @Test func noControlCharacterReachesACell() {
        let b = Browser(document: Self.hostile, rows: 10, columns: 60)
        let grid = b.render()
        #expect(!grid.cells.contains { isRawControl($0.character) })
        #expect(b.row(2).hasPrefix("Klik ␛[31mhier␛[0m␇ en �2J �gnirts␡ tab here"))
        let replaced = grid.cells.filter { $0.role == .replacement }.map(\.character)
        #expect(replaced == ["␛", "␇", "␛", "␛", "␇", "�", "�", "␡", "␀"]) // the title (row 0) first
        #expect(b.row(0) == " hostile␛]0;title␇.txt")
    }

    @Test func plainTextDumpHasNoEscapes() {
        let text = plainTextDump(of: Self.hostile, width: 30)
        #expect(!text.contains { $0 != "\n" && isRawControl($0) })
        #expect(text.contains("␛[31m"))
    }

    @Test func messagesAndTitlesAreSanitisedToo() {
        var b = Browser(document: makeDocument("Vraag 1\ntekst\n"), rows: 5, columns: 40)
        b.showMessage("boom \u{1B}]0;pwned\u{07}")
        #expect(!b.render().cells.contains { isRawControl($0.character) })
        #expect(b.row(4).hasPrefix("boom ␛]0;pwned␇"))
    }
}
