import Testing
@testable import BrowserCore
import KamervragenKit

/// A source that gives a long list of hits as the index does for a common word: order and
/// grouping final, but only the first few hits' passage and label read; the rest pending
/// (placeholders) until the view asks `details` for them.
final class PendingLibrary: LibrarySource {
    let inner: MemoryLibrary
    let readAtOnce: Int
    private var full: [Int64: LibraryHit] = [:]
    private(set) var asked: [Int64] = []
    /// Hits whose passage changed since the search: `details` gives them `isGone`.
    var gone: Set<Int64> = []
    /// Labels read for some hits in place of their own (a longer one, say).
    var relabel: [Int64: String] = [:]

    init(documents: Int = 30, readAtOnce: Int = 4) {
        inner = MemoryLibrary((1...documents).map { k in
            MemoryLibrary.Entry(row: LibraryRow(key: Int64(k), path: "/lib/doc-\(k).txt", date: "2024-01-\(10 + k % 18)",
                                                number: "\(k)", subject: "Onderwerp \(k)", questions: 1, answered: 1),
                                text: "Vraag 1\nHoeveel banen zijn er in \(k)?\n\nAntwoord op vraag 1\nVeel banen.\n")
        })
        self.readAtOnce = readAtOnce
    }

    func search(_ query: String) -> Result<LibraryHits, LibraryFailure> {
        guard case .success(var all) = inner.search(query) else { return inner.search(query) }
        full = Dictionary(all.hits.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        for k in all.hits.indices where k >= readAtOnce {
            all.hits[k] = LibraryHit(document: all.hits[k].document, passage: .notice(99), label: "", key: all.hits[k].key,
                                     isPending: true)
        }
        return .success(all)
    }

    func details(_ hits: [LibraryHit], of results: LibraryHits) -> [LibraryHit] {
        asked += hits.map(\.key)
        return hits.map { hit in
            if gone.contains(hit.key) { return LibraryHit(document: hit.document, passage: hit.passage, label: "", key: hit.key, isGone: true) }
            guard var read = full[hit.key] else { return hit }
            if let label = relabel[hit.key] { read.label = label }
            return read
        }
    }

    func real(_ key: Int64) -> LibraryHit? { full[key] }

    func snippets(_ hits: [LibraryHit], of results: LibraryHits) -> [LibrarySnippet] { inner.snippets(hits, of: results) }
    func open(_ row: LibraryRow) -> Result<Document, LibraryFailure> { inner.open(row) }
}

@Suite struct LibraryPendingHitsTests {
    func searched(_ source: PendingLibrary) -> LibraryBrowser {
        var v = LibraryBrowser(source: source, documents: source.inner.entries.map(\.row), rows: 24, columns: 80)
        _ = v.press(.character("/"))
        v.type("banen")
        _ = v.press(.enter)
        return v
    }

    func onScreen(_ v: LibraryBrowser) -> [Int] { v.hits!.hitsOnScreen(rows: 22) }

    @Test func theHitsOnScreenAreReadAndOnlyThose() {
        let source = PendingLibrary()
        let v = searched(source)
        let h = v.hits!
        #expect(h.count == 60)
        let shown = onScreen(v)
        #expect(!shown.isEmpty && shown.count < h.count)
        #expect(shown.allSatisfy { !h.results.hits[$0].isPending }, "every hit on screen is read")
        #expect(shown.allSatisfy { h.results.hits[$0] == source.real(h.results.hits[$0].key) })
        #expect(Set(source.asked) == Set(shown.filter { $0 >= source.readAtOnce }.map { h.results.hits[$0].key }),
                "only the pending hits on screen were asked for")
        #expect(h.results.hits[h.count - 1].isPending, "the hits below the screen are not read yet")
        let text = v.render().text
        #expect(!text.contains("notice"), "no placeholder reaches the screen")
        for row in 1...22 {
            let line = v.row(row)
            if line.hasPrefix("  ") { #expect(line.contains("Vraag 1") || line.contains("Antwoord 1"), "\(line)") }
        }
    }

    @Test func scrollingReadsTheHitsThatComeOnScreen() {
        let source = PendingLibrary()
        var v = searched(source)
        _ = v.press(.character("G"))
        let h = v.hits!
        #expect(h.current == h.count - 1)
        #expect(onScreen(v).allSatisfy { !h.results.hits[$0].isPending })
        #expect(v.row(23).hasSuffix("60/60"))
    }

    @Test func aPendingHitIsReadBeforeItOpens() {
        let source = PendingLibrary()
        var v = searched(source)
        _ = v.press(.enter)
        #expect(v.showing == .reader)
        // n in the reader goes from hit to hit, past the screen's.
        for _ in 0..<40 { _ = v.press(.character("n")) }
        let h = v.hits!
        #expect(h.current == 40)
        #expect(!h.results.hits[40].isPending)
        #expect(h.results.hits[40] == source.real(h.results.hits[40].key))
        #expect(source.asked.contains(h.results.hits[40].key))
        #expect(h.results.hits[41].isPending, "the next one is read when it is opened")
    }

    /// A hit that changed since the search says so in the list, does not open, and the
    /// reader's n passes over it.
    @Test func aHitThatChangedSinceTheSearchSaysSoAndIsPassedOver() {
        let source = PendingLibrary()
        var v = searched(source)
        let keys = v.hits!.results.hits.map(\.key)
        // Below the first screen, so not read yet.
        source.gone = [keys[30], keys[31]]
        _ = v.press(.enter)
        #expect(v.showing == .reader)
        for _ in 0..<29 { _ = v.press(.character("n")) }
        #expect(v.hits?.current == 29)
        _ = v.press(.character("n"))
        #expect(v.hits?.current == 32, "hits 31 and 32 changed: n goes on to 33")
        #expect(v.hits?.results.hits[30].isGone == true && v.hits?.results.hits[31].isGone == true)
        _ = v.press(.character("N"))
        #expect(v.hits?.current == 29, "and N back over them")
        _ = v.press(.character("q"))
        #expect(v.showing == .hits)
        _ = v.press(.down)
        #expect(v.hits?.current == 30)
        let line = v.render().text.split(separator: "\n", omittingEmptySubsequences: false).first { $0.contains("changed since the search") }
        #expect(line != nil, "the list says the hit changed")
        _ = v.press(.enter)
        #expect(v.showing == .hits, "a changed hit does not open")
        #expect(v.row(23).contains("hit 31 changed since the search"), "\(v.row(23))")
    }

    /// The column where the snippets start stays where the list began it: hits read as
    /// they come on screen, with longer labels than the first ones, do not move it.
    @Test func theSnippetsStayInTheirColumnAsLongerLabelsAreRead() {
        let source = PendingLibrary()
        var v = searched(source)
        let keys = v.hits!.results.hits.map(\.key)
        for k in keys.indices where k >= 40 { source.relabel[keys[k]] = "Antwoord op vragen \(k) en \(k + 1)" }
        func snippetColumns(_ v: LibraryBrowser) -> Set<Int> {
            Set((1...22).compactMap { row -> Int? in
                let line = Array(v.row(row))
                guard line.count > 4, line[0] == " ", line[1] == " ", line[2] != " " else { return nil }
                // Past the label (no double space inside one) and the gap after it.
                var x = 2
                while x + 1 < line.count, !(line[x] == " " && line[x + 1] == " ") { x += 1 }
                while x < line.count, line[x] == " " { x += 1 }
                return x
            })
        }
        let first = snippetColumns(v)
        #expect(first.count == 1)
        _ = v.press(.character("G"))
        #expect(v.hits?.results.hits[59].label == "Antwoord op vragen 59 en 60", "the longer labels are read")
        #expect(v.render().text.contains("Antwoord …"), "and cut to the column")
        let last = snippetColumns(v)
        #expect(last == first, "snippets start at \(first) on the first screen, at \(last) on the last")
    }
}
