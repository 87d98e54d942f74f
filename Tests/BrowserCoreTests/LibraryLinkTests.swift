import Testing
@testable import BrowserCore
import KamervragenKit

/// References between the documents of a library (issue 10 item 6): in a reader opened
/// from the library, a citation of another answer is a link when that answer is in the
/// library; Tab selects it, Enter opens it, ← comes back; one outside the library is said.
@Suite struct LibraryLinkTests {
    static func library() -> MemoryLibrary {
        MemoryLibrary([
            .init(row: LibraryRow(key: 1, id: "ah-tk-20232024-100", path: "/lib/ah-tk-20232024-100.txt", date: "2024-05-01",
                                  number: "100", subject: "Het eerste"),
                  text: "Vraag 1\nWat vindt u?\n\nAntwoord op vraag 1\nZie ook Aanhangsel Handelingen, vergaderjaar 2023–2024, "
                      + "nr. 200, en ah-tk-20232024-999. Dit is ah-tk-20232024-100 zelf.\n"),
            .init(row: LibraryRow(key: 2, id: "ah-tk-20232024-200", path: "/lib/ah-tk-20232024-200.txt", date: "2024-04-01",
                                  number: "200", subject: "Het tweede"),
                  text: "Vraag 1\nIs dit het tweede document?\n\nAntwoord op vraag 1\nJa, zie ah-tk-20232024-100.\n"),
        ])
    }

    func open() -> LibraryBrowser {
        let source = Self.library()
        var v = LibraryBrowser(source: source, documents: source.entries.map(\.row), rows: 24, columns: 80)
        _ = v.press(.enter)
        return v
    }

    /// Presses Tab until the status line starts with `text`; false after 12 presses.
    func tab(_ v: inout LibraryBrowser, to text: String) -> Bool {
        for _ in 0..<12 {
            _ = v.press(.tab)
            if v.row(23).hasPrefix(text) { return true }
        }
        return false
    }

    @Test func aCitationOfADocumentInTheLibraryIsALinkThatOpensIt() throws {
        var v = open()
        #expect(v.row(0).contains("ah-tk-20232024-100.txt"))
        let grid = v.render()
        let lines = grid.text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
        let row = try #require(lines.firstIndex { String($0).contains("Aanhangsel Handelingen") })
        let column = try #require(String(lines[row]).range(of: "Aanhangsel").map { String(lines[row]).distance(from: String(lines[row]).startIndex, to: $0.lowerBound) })
        #expect(grid[row, column].role == .answerLink, "drawn as a link")
        #expect(tab(&v, to: "→ ah-tk-20232024-200 · Enter opens it"))
        _ = v.press(.enter)
        #expect(v.row(0).contains("ah-tk-20232024-200.txt"))
        #expect(v.row(23).hasPrefix("← goes back to ah-tk-20232024-100"))
        // And on: the second cites the first.
        #expect(tab(&v, to: "→ ah-tk-20232024-100"))
        _ = v.press(.enter)
        #expect(v.row(0).contains("ah-tk-20232024-100.txt"))
        // Back, document by document, then to the list.
        _ = v.press(.left)
        #expect(v.row(0).contains("ah-tk-20232024-200.txt"))
        _ = v.press(.backspace)
        #expect(v.row(0).contains("ah-tk-20232024-100.txt"))
        // Where we were: the link still selected, so Enter follows it again.
        _ = v.press(.enter)
        #expect(v.row(0).contains("ah-tk-20232024-200.txt"))
        _ = v.press(.left, .left)
        #expect(v.showing == .documents)
    }

    @Test func aCitationOfADocumentOutsideTheLibrarySaysSo() {
        var v = open()
        #expect(tab(&v, to: "ah-tk-20232024-999 is not in this library"))
        _ = v.press(.enter)
        #expect(v.row(23).hasPrefix("ah-tk-20232024-999 is not in this library"))
        #expect(v.render()[23, 0].role == .error)
        #expect(v.row(0).contains("ah-tk-20232024-100.txt"), "nothing opened")
    }

    @Test func theDocumentsOwnIdIsNotALink() {
        var v = open()
        var seen: [String] = []
        for _ in 0..<12 {
            _ = v.press(.tab)
            seen.append(v.row(23))
        }
        #expect(!seen.contains { $0.contains("20232024-100") }, "\(seen)")
    }

    @Test func aReaderOfOneFileHasNoReferenceLinks() {
        let text = Self.library().entries[0].text
        var b = Browser(document: DocumentParser.parse(text, source: "a.txt"), rows: 24, columns: 80)
        var seen: [String] = []
        for _ in 0..<8 {
            b.press(.tab)
            seen.append(b.row(23))
        }
        #expect(!seen.contains { $0.contains("ah-tk") }, "\(seen)")
    }
}
