import Testing
@testable import BrowserCore
import KamervragenKit

@Suite struct SearchFoldingTests {
    @Test func diacriticInsensitive() {
        #expect("het creëren van".searchMatches(of: "creeren") == [4..<11])
        #expect("cre\u{65}\u{308}ren".searchMatches(of: "creeren").count == 1)
        #expect("één".searchMatches(of: "een").count == 1)
        #expect("creeren".searchMatches(of: "creëren").count == 1)
        #expect("Straße".searchMatches(of: "strasse") == [0..<6])
        #expect("Ærø".searchMatches(of: "aero").count == 1)
        #expect("ĳsbaan".searchMatches(of: "ijs").count == 1)
        #expect("‘Meer meldingen’".searchMatches(of: "'meer").count == 1)
    }

    @Test func smartCase() {
        let text = "aangeboden door CoMensha en comensha"
        #expect(text.searchMatches(of: "comensha").count == 2)
        #expect(text.searchMatches(of: "Comensha").isEmpty)
        #expect(text.searchMatches(of: "CoMensha") == [16..<24])
        #expect(SearchQuery("comensha").isCaseSensitive == false)
        #expect(SearchQuery("Comensha").isCaseSensitive)
    }

    @Test func narrowingFindsWhatAFullScanFinds() {
        let text = SearchableText("aaab aab ab creëren Creeren cReEren ééé")
        let queries = ["a", "aa", "aab", "c", "cr", "cre", "cree", "Cree", "e", "ee", "eee"]
        for (short, long) in zip(queries, queries.dropFirst()) {
            let q1 = SearchQuery(short), q2 = SearchQuery(long)
            guard q2.refines(q1) else { continue }
            let narrowed = text.matches(of: q2, narrowing: text.matches(of: q1))
            #expect(narrowed == text.matches(of: q2), "\(short) → \(long)")
        }
        #expect(!SearchQuery("ab").refines(SearchQuery("b")))
        #expect(!SearchQuery("cree").refines(SearchQuery("Cr")))
    }

    @Test func browserSearchOnSeed() throws {
        var b = Browser(document: try Fixture.seed(), rows: 24, columns: 80)
        b.type("/creeren")
        let hits = b.search?.count ?? 0
        #expect(hits == 4) // creëren ×3 in answer 2, ×1 in answer 8
        b.press(.enter)
        #expect(b.row(23).hasSuffix("1/4 · \(b.statusRight.split(separator: " ").last!)"))
        b.type("/comensha")
        b.press(.enter)
        #expect(b.search?.count == 1)
        b.type("/Comensha")
        #expect(b.row(23).hasSuffix("no match"))
        b.press(.enter)
        #expect(b.search == nil)
        #expect(b.row(23).hasPrefix("Pattern not found: Comensha"))
    }

    @Test func wrapMessageAndNextPrevious() throws {
        var b = Browser(document: try Fixture.seed(), rows: 24, columns: 80)
        b.type("/creeren")
        b.press(.enter)
        b.type("nnn")
        #expect(b.search?.current == 3)
        b.type("n")
        #expect(b.search?.current == 0)
        #expect(b.row(23).hasPrefix("search hit BOTTOM, continuing at TOP"))
        b.type("N")
        #expect(b.search?.current == 3)
        #expect(b.row(23).hasPrefix("search hit TOP, continuing at BOTTOM"))
    }

    @Test func escapeCancelsBackToWhereYouWere() throws {
        var b = Browser(document: try Fixture.seed(), rows: 24, columns: 80)
        b.type("2g")
        let before = b.render().text
        b.type("/EMPACT")
        #expect(b.render().text != before)
        b.press(.escape)
        #expect(b.render().text == before)
        #expect(!b.render().cells.contains { $0.role == .searchMatch || $0.role == .currentMatch })
    }

    @Test func backspaceWidensTheSearchAgain() throws {
        var b = Browser(document: try Fixture.seed(), rows: 24, columns: 80)
        b.type("/creeren")
        let count = b.search?.count
        b.type("x")
        #expect(b.search == nil)
        b.press(.backspace)
        #expect(b.search?.count == count)
    }

    @Test func allMatchesHighlightedCurrentApart() throws {
        var b = Browser(document: try Fixture.seed(), rows: 24, columns: 80)
        b.type("/mensenhandel")
        b.press(.enter)
        let grid = b.render()
        let current = grid.cells.filter { $0.role == .currentMatch }
        let others = grid.cells.filter { $0.role == .searchMatch }
        #expect(current.count == "mensenhandel".count)
        #expect(others.count >= "mensenhandel".count)
    }
}
