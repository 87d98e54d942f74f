import Testing
@testable import BrowserCore
import KamervragenKit

/// A source that answers a search as the index answers a common word: first a page ranked
/// from part of the matches (two of the hits, in an order the final ranking changes), the
/// final hits after `stepsNeeded` steps of `continueRanking`.
final class StagedLibrary: LibrarySource {
    let inner: MemoryLibrary
    let stepsNeeded: Int
    private(set) var steps = 0
    private var final: LibraryHits?
    var failWith: String?

    init(_ inner: MemoryLibrary = .sample(), stepsNeeded: Int = 2) {
        self.inner = inner
        self.stepsNeeded = stepsNeeded
    }

    func search(_ query: String) -> Result<LibraryHits, LibraryFailure> {
        guard case .success(let all) = inner.search(query), all.hits.count >= 3 else { return inner.search(query) }
        final = all
        steps = 0
        // The first page: the last hit, then the second, each under its own document.
        let picked = [all.hits[all.hits.count - 1], all.hits[1]]
        var documents: [LibraryRow] = []
        var hits: [LibraryHit] = []
        for var h in picked {
            documents.append(all.documents[h.document])
            h.document = documents.count - 1
            hits.append(h)
        }
        return .success(LibraryHits(query: query, documents: documents, hits: hits, total: 2, highlight: all.highlight,
                                    isComplete: false))
    }

    func continueRanking() -> LibraryRankingStep {
        steps += 1
        if let failWith { return .failed(LibraryFailure(failWith)) }
        guard steps >= stepsNeeded, let final else { return .more }
        return .done(final)
    }

    func snippets(_ hits: [LibraryHit], of results: LibraryHits) -> [LibrarySnippet] { inner.snippets(hits, of: results) }
    func open(_ row: LibraryRow) -> Result<Document, LibraryFailure> { inner.open(row) }
}

@Suite struct LibraryRankingTests {
    func view(_ source: StagedLibrary) -> LibraryBrowser {
        LibraryBrowser(source: source, documents: source.inner.entries.map(\.row), rows: 24, columns: 80)
    }

    func search(_ v: inout LibraryBrowser, _ text: String) {
        _ = v.press(.character("/"))
        v.type(text)
        _ = v.press(.enter)
    }

    /// The keys of the hits in list order.
    func keys(_ v: LibraryBrowser) -> [Int64] { v.hits?.results.hits.map(\.key) ?? [] }

    @Test func aFirstPageIsRankedToTheEndInIdleSteps() {
        let source = StagedLibrary()
        var v = view(source)
        search(&v, "creeren")
        #expect(keys(v) == [2, 1], "the first page as the source gave it")
        #expect(v.row(0).contains("ranking the rest"), "\(v.row(0))")
        #expect(v.hasIdleWork)
        let more = v.doIdleWork()
        #expect(more, "one step: more to rank")
        #expect(keys(v) == [2, 1])
        let again = v.doIdleWork()
        #expect(!again, "the second step gives the final hits")
        #expect(source.steps == 2)
        #expect(keys(v) == [0, 1, 2], "the final order replaces the first page")
        #expect(!v.hasIdleWork)
        #expect(!v.row(0).contains("ranking"), "\(v.row(0))")
        #expect(v.row(0).contains("3 hits in 2 documents"), "\(v.row(0))")
        #expect(v.hits?.current == 0, "nothing was chosen: the list starts at its best hit")
        #expect(v.row(23).hasSuffix("1/3"))
        #expect(v.row(2).contains("creëren") || v.row(2).contains("Creëren"), "snippets of the new screen: \(v.row(2))")
    }

    @Test func theCurrentHitStaysCurrentWhenTheFinalHitsArrive() {
        let source = StagedLibrary()
        var v = view(source)
        search(&v, "creeren")
        _ = v.press(.down)
        #expect(v.hits?.current == 1)
        while v.hasIdleWork { v.doIdleWork() }
        #expect(keys(v) == [0, 1, 2])
        #expect(v.hits?.current == 1, "hit 2 is still the current one, now second of three")
        #expect(v.row(23).hasSuffix("2/3"))
    }

    @Test func openingAHitFinishesTheRankingFirst() {
        let source = StagedLibrary(stepsNeeded: 5)
        var v = view(source)
        search(&v, "creeren")
        _ = v.press(.down, .enter)
        #expect(source.steps == 5, "ranked to the end before the reader opened")
        #expect(v.showing == .reader)
        #expect(v.readerDocument?.number == "1197")
        #expect(v.hits?.current == 1)
        #expect(!v.hasIdleWork || v.reader?.hasIdleWork == true)
        // n goes on in the final order: hit 3 is in the other document.
        _ = v.press(.character("n"))
        #expect(v.readerDocument?.number == "1031")
        #expect(v.hits?.current == 2)
    }

    @Test func aRankingThatFailsLeavesTheFirstPage() {
        let source = StagedLibrary()
        source.failWith = "the index failed"
        var v = view(source)
        search(&v, "creeren")
        let more = v.doIdleWork()
        #expect(!more)
        #expect(keys(v) == [2, 1])
        #expect(!v.hasIdleWork)
        #expect(v.row(23).hasPrefix("the index failed"))
        #expect(!v.row(0).contains("ranking"))
    }
}
