import Testing
@testable import BrowserCore
import KamervragenKit

/// A source whose list came from the index alone: its file check takes two steps and
/// finds 1197 changed, 302 removed and a new document.
final class CheckingLibrary: LibrarySource {
    let inner = MemoryLibrary.sample()
    private(set) var steps = 0

    var rowsAfter: [LibraryRow] {
        var rows = inner.entries.map(\.row).filter { $0.number != "302" }
        rows[0].subject = "Netflix en de nieuwe investeringsverplichting"
        rows.append(LibraryRow(key: 9, path: "/lib/ah-tk-20242025-9.txt", date: "2025-01-09", number: "9",
                               subject: "Een nieuw antwoord", questions: 1, answered: 1))
        return rows
    }

    func checkFiles() -> LibraryCheckStep {
        steps += 1
        return steps < 2 ? .more : .done(rows: rowsAfter, message: "files checked")
    }

    func search(_ query: String) -> Result<LibraryHits, LibraryFailure> { inner.search(query) }
    func snippets(_ hits: [LibraryHit], of results: LibraryHits) -> [LibrarySnippet] { inner.snippets(hits, of: results) }
    func open(_ row: LibraryRow) -> Result<Document, LibraryFailure> { inner.open(row) }
}

@Suite struct LibraryFileCheckTests {
    @Test func changedRemovedAndNewDocumentsShowAfterTheCheck() {
        let source = CheckingLibrary()
        var v = LibraryBrowser(source: source, documents: source.inner.entries.map(\.row), rows: 24, columns: 100,
                               checkFiles: true)
        // The first screen is the index's list, before any file is looked at.
        #expect(source.steps == 0)
        #expect(v.numbersShown == ["1197", "1031", "302", ""])
        _ = v.press(.down)
        #expect(v.list.selectedDocument?.number == "1031")
        #expect(v.hasIdleWork)
        let more = v.doIdleWork()
        #expect(more && source.steps == 1)
        #expect(v.numbersShown == ["1197", "1031", "302", ""], "unchanged until the check is done")
        let again = v.doIdleWork()
        #expect(!again)
        #expect(!v.hasIdleWork)
        #expect(v.numbersShown == ["9", "1197", "1031", ""], "new first (newest), 302 gone")
        #expect(v.list.selectedDocument?.number == "1031", "the selected document stays selected")
        #expect(v.row(3).contains("Netflix en de nieuwe"), "the changed subject: \(v.row(3))")
        #expect(v.row(0).contains("4 documents"))
        #expect(v.row(23).hasPrefix("files checked"))
    }

    @Test func aFilterAndSortStayOverTheNewRows() {
        let source = CheckingLibrary()
        var v = LibraryBrowser(source: source, documents: source.inner.entries.map(\.row), rows: 24, columns: 100,
                               checkFiles: true)
        _ = v.press(.character("S"))
        _ = v.press(.character("f"))
        v.type("nieuw")
        _ = v.press(.enter)
        #expect(v.numbersShown == [])
        while v.hasIdleWork { v.doIdleWork() }
        #expect(v.numbersShown == ["1197", "9"], "oldest first still, and the filter applies to the new rows")
    }

    @Test func aViewNotAskedToCheckHasNoIdleWork() {
        let source = CheckingLibrary()
        let v = LibraryBrowser(source: source, documents: source.inner.entries.map(\.row), rows: 24, columns: 100)
        #expect(!v.hasIdleWork)
        #expect(source.steps == 0)
    }
}
