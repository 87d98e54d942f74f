import Testing
@testable import BrowserCore
import KamervragenKit

/// A library of a few documents held in memory: the view's tests need a source that says
/// exactly what it holds (the index itself is tested on real SQLite files in
/// KamervragenLibraryTests, and the two together end to end in tmux). Its search finds one
/// word in questions and answers, accents and case folded, as the index does.
final class MemoryLibrary: LibrarySource {
    struct Entry {
        var row: LibraryRow
        var text: String
    }

    let entries: [Entry]
    private(set) var searches: [String] = []
    private(set) var snippetsAsked = 0
    private(set) var opened: [String] = []

    init(_ entries: [Entry]) { self.entries = entries }

    static func fold(_ s: String) -> [UInt32] { SearchFolding.fold(s, caseSensitive: false) }

    func search(_ query: String) -> Result<LibraryHits, LibraryFailure> {
        searches.append(query)
        if query.filter({ $0 == "\"" }).count % 2 == 1 {
            return .failure(LibraryFailure("query: a quote is not closed"))
        }
        let word = Self.fold(query)
        var documents: [LibraryRow] = []
        var hits: [LibraryHit] = []
        for e in entries {
            let d = DocumentParser.parse(e.text, source: e.row.path)
            var found: [LibraryHit] = []
            for (i, q) in d.questions.enumerated() where Self.find(word, in: Self.text(q.paragraphs)) != nil {
                found.append(LibraryHit(document: documents.count, passage: .question(i), label: "Vraag \(q.number)", key: Int64(hits.count + found.count)))
            }
            for (j, a) in d.answers.enumerated() where Self.find(word, in: Self.text(a.paragraphs)) != nil {
                found.append(LibraryHit(document: documents.count, passage: .answer(j), label: "Antwoord \(j + 1)", key: Int64(hits.count + found.count)))
            }
            guard !found.isEmpty else { continue }
            documents.append(e.row)
            hits += found
        }
        return .success(LibraryHits(query: query, documents: documents, hits: hits, total: hits.count, highlight: query))
    }

    func snippets(_ hits: [LibraryHit], of results: LibraryHits) -> [LibrarySnippet] {
        snippetsAsked += hits.count
        let word = Self.fold(results.query)
        return hits.map { h in
            let d = DocumentParser.parse(entries.first { $0.row == results.documents[h.document] }!.text, source: "")
            let text: String
            switch h.passage {
            case .question(let i): text = Self.text(d.questions[i].paragraphs)
            case .answer(let j): text = Self.text(d.answers[j].paragraphs)
            default: text = ""
            }
            return LibrarySnippet(text: text, matches: Self.find(word, in: text).map { [$0] } ?? [])
        }
    }

    func open(_ row: LibraryRow) -> Result<Document, LibraryFailure> {
        opened.append(row.path)
        guard let e = entries.first(where: { $0.row == row }) else { return .failure(LibraryFailure("no such file")) }
        return .success(DocumentParser.parse(e.text, source: row.path))
    }

    static func text(_ paragraphs: ParagraphList) -> String { paragraphs.map(\.plainText).joined(separator: " ") }

    /// The characters of the first match of `word` in `text`.
    static func find(_ word: [UInt32], in text: String) -> Range<Int>? {
        let chars = Array(text)
        let folded = chars.map { fold(String($0)) }
        for start in chars.indices {
            var units: [UInt32] = []
            var end = start
            while units.count < word.count, end < chars.count { units += folded[end]; end += 1 }
            if units.starts(with: word) { return start..<end }
        }
        return nil
    }

    /// Four documents: two that say "creëren" (the first twice, far into it), one that
    /// does not, and one that names no date, number or subject.
    static func sample() -> MemoryLibrary {
        let filler = (1...90).map { "woord\($0)" }.joined(separator: " ")
        return MemoryLibrary([
            Entry(row: LibraryRow(key: 1, path: "/lib/ah-tk-20232024-1197.txt", date: "2024-03-11", number: "1197",
                                  askers: "Tseggai (GroenLinks-PvdA)", answerer: "staatssecretaris Uslu",
                                  subject: "Netflix en de investeringsverplichting", questions: 3, answered: 3),
                  text: "Vraag 1\nIs er een eerlijker speelveld? \(filler)\n\nAntwoord op vraag 1\nJa. \(filler)\n\n"
                      + "Vraag 2\nKan de regering banen creëren in de sector?\n\nAntwoord op vraag 2\nWij creëren geen banen.\n\n"
                      + "Vraag 3\nEn verder? \(filler)\n\nAntwoord op vraag 3\nNee. \(filler)\n"),
            Entry(row: LibraryRow(key: 2, path: "/lib/ah-tk-20232024-1031.txt", date: "2024-02-14", number: "1031",
                                  askers: "Tjeerd de Groot (D66)", answerer: "minister Adriaansens",
                                  subject: "Werkgevers verplaatsen investeringen", questions: 1, answered: 1),
                  text: "Vraag 1\nWat vindt u van het bericht?\n\nAntwoord op vraag 1\nInvesteringen Creëren banen.\n"),
            Entry(row: LibraryRow(key: 3, path: "/lib/ah-tk-20232024-302.txt", date: "2023-10-24", number: "302",
                                  askers: "Dijk (SP)", answerer: "minister Helder",
                                  subject: "De uitvoering van de zorg", questions: 2, answered: 1),
                  text: "Vraag 1\nHoe gaat het?\n\nAntwoord op vraag 1\nGoed.\n\nVraag 2\nEn nu?\n"),
            Entry(row: LibraryRow(key: 4, path: "/lib/los.txt", questions: 1, answered: 0),
                  text: "Vraag 1\nZonder kop?\n"),
        ])
    }
}

extension LibraryBrowser {
    mutating func press(_ keys: Key...) -> [Effect] { keys.flatMap { handle($0) } }

    mutating func type(_ text: String) { for c in text { _ = handle(.character(c)) } }

    func row(_ row: Int) -> String {
        render().text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)[row]
    }

    /// The list's rows on screen, by their numbers.
    var numbersShown: [String] { list.shown.map { list.documents[$0].number } }
}

@Suite struct LibraryViewTests {
    func view(_ rows: Int = 24, _ columns: Int = 80, _ source: MemoryLibrary = .sample()) -> LibraryBrowser {
        LibraryBrowser(source: source, documents: source.entries.map(\.row), rows: rows, columns: columns)
    }

    @Test(arguments: [(24, 80), (12, 40)]) func listShowsOneRowPerDocumentNewestFirst(rows: Int, columns: Int) throws {
        let v = view(rows, columns)
        try expectSnapshot(v.render(), "library-list-\(columns)x\(rows)", roles: true)
        #expect(v.row(0).contains("4 documents"))
        #expect(v.numbersShown == ["1197", "1031", "302", ""], "newest first, the undated document last")
        #expect(v.render()[rows >= 4 ? 2 : 1, 0].role == .selectedLink, "the first row is selected")
        #expect(v.row(rows - 1).hasSuffix("1/4"))
    }

    @Test func wideListHasEveryColumn() {
        let v = view(24, 120)
        let header = v.row(1)
        for title in ["Date", "No.", "Asked by", "Answered by", "Subject", "Answered"] {
            #expect(header.contains(title), "\(title) in \(header)")
        }
        #expect(v.row(2).hasPrefix("2024-03-11"))
        #expect(v.row(2).contains("Tseggai (GroenLinks-PvdA)"))
        #expect(v.row(2).contains("staatssecretaris Uslu"))
        #expect(v.row(4).contains("Dijk (SP)"))
        #expect(v.row(4).hasSuffix("1/2"), "answered/questions last: \(v.row(4))")
    }

    @Test func sortByEveryColumnAndReverse() {
        var v = view()
        _ = v.press(.character("s"))
        #expect(v.list.column == .number)
        #expect(v.numbersShown == ["1197", "1031", "302", ""], "numbers highest first, numerically")
        #expect(v.row(23).hasPrefix("sorted by no., descending"))
        _ = v.press(.character("S"))
        #expect(v.numbersShown == ["302", "1031", "1197", ""], "reversed; a document without a number stays last")
        _ = v.press(.character("s"))
        #expect(v.list.column == .askers)
        #expect(v.numbersShown == ["302", "1031", "1197", ""], "Dijk, Tjeerd de Groot, Tseggai: A to Z on the folded text")
        _ = v.press(.character("s"))
        #expect(v.numbersShown == ["1031", "302", "1197", ""], "Adriaansens, Helder, Uslu")
        _ = v.press(.character("s"))
        #expect(v.list.column == .subject)
        // The undated document sorts by its file name, los.txt, among the subjects.
        #expect(v.numbersShown == ["302", "", "1197", "1031"])
        _ = v.press(.character("s"))
        #expect(v.list.column == .questions)
        #expect(v.numbersShown == ["1197", "302", "1031", ""], "most questions first, then most answered")
        _ = v.press(.character("s"))
        #expect(v.list.column == .date)
        #expect(v.row(1).hasPrefix("Date ↓"))
    }

    @Test func sortingKeepsTheSelectedDocument() {
        var v = view()
        _ = v.press(.down, .down)
        #expect(v.list.selectedDocument?.number == "302")
        _ = v.press(.character("S"))
        #expect(v.list.selectedDocument?.number == "302")
        #expect(v.row(2).contains(" 302 "), "oldest first now: 302 on top, and still selected")
        #expect(v.render()[2, 0].role == .selectedLink)
        #expect(v.row(23).hasSuffix("1/4"))
    }

    @Test func filterAsYouType() throws {
        var v = view()
        _ = v.press(.character("f"))
        v.type("banen")
        #expect(v.numbersShown == [], "no row says banen (the filter reads the columns, not the text)")
        _ = v.press(.backspace, .backspace, .backspace, .backspace, .backspace)
        v.type("inves")
        #expect(v.numbersShown == ["1197", "1031"], "subject words, as you type")
        #expect(v.row(23).hasPrefix("filter: inves"))
        v.type(" d66")
        #expect(v.numbersShown == ["1031"], "every word must occur, in any column")
        try expectSnapshot(v.render(), "library-filter-80x24")
        _ = v.press(.enter)
        #expect(v.prompt == nil)
        #expect(v.row(0).hasSuffix("filter: inves d66 · 1 of 4"))
        #expect(v.row(23).hasSuffix("1/1"))
        _ = v.press(.escape)
        #expect(v.numbersShown.count == 4, "Esc clears the filter")
        _ = v.press(.character("&"))
        v.type("dijk")
        _ = v.press(.escape)
        #expect(v.numbersShown.count == 4, "Esc while typing clears it too")
    }

    @Test func filterFoldsAccentsAndCase() {
        var v = view()
        _ = v.press(.character("f"))
        v.type("TSEGGAI groenlinks")
        #expect(v.numbersShown == ["1197"])
        v.type(" zzz")
        #expect(v.row(2).contains("no document matches"))
    }

    @Test func searchListsHitsGroupedByDocumentWithSnippets() throws {
        let source = MemoryLibrary.sample()
        var v = view(24, 80, source)
        _ = v.press(.character("/"))
        v.type("creeren")
        #expect(v.row(23).hasPrefix("/creeren"))
        #expect(source.searches.isEmpty, "the search runs on Enter, not per letter")
        _ = v.press(.enter)
        #expect(source.searches == ["creeren"])
        try expectSnapshot(v.render(), "library-hits-80x24", roles: true)
        #expect(v.row(0).contains("/creeren · 3 hits in 2 documents"))
        #expect(v.row(1).hasPrefix("2024-03-11  nr. 1197  Netflix"))
        #expect(v.row(2).hasPrefix("  Vraag 2"))
        #expect(v.row(2).contains("banen creëren in de sector"))
        #expect(v.row(3).hasPrefix("  Antwoord 2"))
        #expect(v.row(4).hasPrefix("2024-02-14  nr. 1031"))
        #expect(v.row(23).hasSuffix("1/3"))
        // Matched words highlighted; the current hit's apart.
        let grid = v.render()
        let line2 = grid.text.split(separator: "\n", omittingEmptySubsequences: false)[2]
        let at = try #require(Array(line2).firstIndex(of: "ë")) - 2
        #expect(grid[2, at].role == .currentMatch)
        let line3 = Array(grid.text.split(separator: "\n", omittingEmptySubsequences: false)[3])
        let at3 = try #require(line3.firstIndex(of: "ë")) - 2
        #expect(grid[3, at3].role == .searchMatch)
        _ = v.press(.character("n"))
        #expect(v.row(23).hasSuffix("2/3"))
        #expect(v.render()[3, at3].role == .currentMatch)
    }

    @Test func snippetsAreAskedOnlyForTheHitsOnScreen() {
        let filler = (1...60).map { n in "Vraag \(n)\nZij creëren \(n).\n\nAntwoord op vraag \(n)\nJa.\n" }.joined(separator: "\n")
        let source = MemoryLibrary([MemoryLibrary.Entry(row: LibraryRow(key: 1, path: "/lib/a.txt", date: "2024-01-01"), text: filler)])
        var v = view(12, 80, source)
        _ = v.press(.character("/"))
        v.type("creeren")
        _ = v.press(.enter)
        #expect(v.row(0).contains("60 hits"))
        #expect(source.snippetsAsked <= 10, "a screen's worth, not 60: \(source.snippetsAsked)")
        _ = v.press(.character("G"))
        #expect(v.row(11).hasSuffix("60/60"))
        #expect(v.row(10).contains("Zij creëren 60."))
        #expect(source.snippetsAsked <= 20)
        // A taller screen asks for the hits it now shows.
        v.resize(rows: 40, columns: 80)
        #expect(v.row(30).contains("Zij creëren 52."))
        #expect(v.row(1).contains("Zij creëren 23."))
    }

    @Test func enterOpensTheReaderAtTheHitWithTheMatchHighlighted() throws {
        var v = view()
        _ = v.press(.character("/"))
        v.type("creeren")
        _ = v.press(.enter, .enter)
        #expect(v.showing == .reader)
        #expect(v.row(0).contains("ah-tk-20232024-1197.txt"))
        #expect(v.row(1) == "Vraag 2", "the hit's question at the top, past the long first question")
        #expect(v.row(23).hasPrefix("hit 1/3 · Vraag 2 · n next hit"))
        let grid = v.render()
        let line = Array(grid.text.split(separator: "\n", omittingEmptySubsequences: false)[2])
        let at = try #require(line.firstIndex(of: "ë"))
        #expect(grid[2, at].role == .currentMatch)
        try expectSnapshot(grid, "library-reader-hit-80x24", roles: true)
    }

    @Test func nGoesOnToTheNextHitAcrossDocumentsAndBack() throws {
        let source = MemoryLibrary.sample()
        var v = view(24, 80, source)
        _ = v.press(.character("/"))
        v.type("creeren")
        _ = v.press(.enter, .enter)
        _ = v.press(.character("n"))
        #expect(v.row(0).contains("1197"), "the second hit is in the same document")
        #expect(v.row(1).hasPrefix("Antwoord"))
        #expect(v.row(23).hasPrefix("hit 2/3"))
        #expect(source.opened.count == 1, "the same document is not opened again")
        _ = v.press(.character("n"))
        #expect(v.row(0).contains("ah-tk-20232024-1031.txt"), "on into the next document")
        #expect(v.row(23).hasPrefix("hit 3/3"))
        let grid = v.render()
        let row = try #require((0..<24).first { grid.text.split(separator: "\n", omittingEmptySubsequences: false)[$0].contains("Creëren") })
        #expect((0..<80).contains { grid[row, $0].role == .currentMatch }, "the match (Creëren, capital and accent) highlighted")
        _ = v.press(.character("n"))
        #expect(v.row(23).hasPrefix("this is the last hit"))
        _ = v.press(.character("N"))
        #expect(v.row(0).contains("1197"))
        #expect(v.row(23).hasPrefix("hit 2/3"))
    }

    @Test func backReturnsToTheListWhereYouWere() {
        var v = view()
        _ = v.press(.character("/"))
        v.type("creeren")
        _ = v.press(.enter, .enter, .character("n"), .character("n"))
        #expect(v.press(.character("q")).isEmpty, "q in the reader goes back, it does not quit")
        #expect(v.showing == .hits)
        #expect(v.row(23).hasSuffix("3/3"), "the hit last shown is current")
        _ = v.press(.enter)
        #expect(v.showing == .reader)
        _ = v.press(.left)
        #expect(v.showing == .hits, "← with no earlier place in the document goes back too")
        _ = v.press(.character("q"))
        #expect(v.showing == .documents)
        _ = v.press(.down, .down, .enter)
        #expect(v.row(0).contains("ah-tk-20232024-302.txt"))
        _ = v.press(.character("j"), .character("q"))
        #expect(v.showing == .documents)
        #expect(v.list.selectedDocument?.number == "302", "the list kept its selection")
        #expect(v.press(.character("q")) == [.quit])
    }

    @Test func theReadersOwnSearchTakesNBack() {
        var v = view()
        _ = v.press(.character("/"))
        v.type("creeren")
        _ = v.press(.enter, .enter)
        _ = v.press(.character("/"))
        v.type("banen")
        _ = v.press(.enter, .character("n"))
        #expect(v.row(0).contains("1197"), "n is the reader's again: no next document")
        #expect(!v.row(23).hasPrefix("hit"))
    }

    @Test func aQueryTheSourceRefusesIsExplained() {
        var v = view()
        _ = v.press(.character("/"))
        v.type("\"open")
        _ = v.press(.enter)
        #expect(v.showing == .documents)
        #expect(v.row(23).hasPrefix("query: a quote is not closed"))
        #expect(v.render()[23, 0].role == .error)
        _ = v.press(.character("/"))
        v.type("onvindbaar")
        _ = v.press(.enter)
        #expect(v.row(23).hasPrefix("nothing found for onvindbaar"))
    }

    @Test func aDocumentThatCannotBeOpenedIsSaid() {
        let source = MemoryLibrary.sample()
        var rows = source.entries.map(\.row)
        rows.append(LibraryRow(key: 9, path: "/lib/weg.txt", date: "2030-01-01"))
        var v = LibraryBrowser(source: source, documents: rows, rows: 24, columns: 80)
        _ = v.press(.enter)
        #expect(v.showing == .documents)
        #expect(v.row(23).hasPrefix("cannot open weg.txt: no such file"))
    }

    @Test func helpListsTheLibraryKeysFromTheTable() {
        var v = view(60, 100)
        _ = v.press(.character("h"))
        let text = v.render().text
        #expect(text.contains("kamervragen keys"))
        _ = v.press(.character("G"))
        let end = v.render().text
        #expect(end.contains("Library: search hits"))
        #expect(end.contains("open the document at the hit, the match highlighted"))
        _ = v.press(.character("q"))
        #expect(v.helpScroll == nil)
        #expect(v.row(0).contains("Library"))
    }

    /// Every key the table lists works on its screen, and no key is bound twice there.
    @Test func everyListedKeyIsDispatchedAndNoneTwice() {
        for bindings in [LibraryKeys.list, LibraryKeys.hits, LibraryKeys.reader] {
            let keys = bindings.flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "a key bound twice")
            for b in bindings { for k in b.keys { #expect(LibraryKeys.action(for: k, in: bindings) == b.action) } }
        }
        let used = Set((LibraryKeys.list + LibraryKeys.hits + LibraryKeys.reader).map(\.action))
        #expect(used == Set(LibraryAction.allCases), "an action without a key")
        #expect(KeyTable.markdown(in: .english).contains("## Library: the documents"))
    }

    @Test func tinyScreensDoNotCrash() {
        for (r, c) in [(0, 0), (1, 1), (2, 10), (3, 20), (5, 30), (8, 45), (10, 60)] {
            var v = view(r, c)
            _ = v.render()
            _ = v.press(.character("s"), .character("f"))
            v.type("inv")
            _ = v.press(.enter, .escape, .character("/"))
            v.type("creeren")
            _ = v.press(.enter)
            _ = v.render()
            _ = v.press(.enter)
            _ = v.render()
            _ = v.press(.character("n"), .character("q"), .character("h"))
            _ = v.render()
            v.resize(rows: c, columns: r)
            _ = v.render()
        }
    }
}
