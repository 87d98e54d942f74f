import Testing
@testable import BrowserCore
import KamervragenKit

/// A document too large to lay out and search whole before the first screen (issue 9,
/// item 2): lines are numbered and matches counted in steps, between keys. Whatever the
/// reader does before those steps are done must land where it lands once they are.
///
/// The document is small and so is the size up to which everything is done at once, so
/// the paths of a 200 MB document run in the time of a unit test.
@Suite struct LargeDocumentTests {
    static let document = makeDocument(questions(300, combined: Set(stride(from: 5, to: 300, by: 5)), words: 60))
    static let eager = 20_000

    static func fresh(rows: Int = 24, columns: Int = 80) -> Browser {
        Browser(document: document, rows: rows, columns: columns, eagerCharacters: eager)
    }

    /// The browser with all its idle work done, and how many steps that took.
    static func finished(_ browser: Browser) -> (Browser, steps: Int) {
        var b = browser
        var steps = 0
        while b.hasIdleWork {
            b.doIdleWork()
            steps += 1
        }
        return (b, steps)
    }

    /// The screen without the percentage at the end of the status line, which follows the
    /// estimate of the lines not yet numbered.
    static func screen(_ b: Browser) -> [String] {
        var rows = b.render().text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if var last = rows.popLast() {
            if last.hasSuffix("%") { last = String(last.dropLast()).replacing(/[0-9]+$/, with: "") }
            rows.append(last)
        }
        return rows
    }

    @Test func opensWithTheRestLeftForIdleTime() {
        #expect(Content(document: Self.document).size > 10 * Self.eager)
        let b = Self.fresh()
        #expect(b.hasIdleWork)
        #expect(!b.layout.isComplete)
        let (done, steps) = Self.finished(b)
        // In many short steps, each a chance for a key to be read.
        #expect(steps > 5)
        #expect(done.layout.isComplete)
        #expect(b.render().text == done.render().text)
    }

    /// Keys pressed before any line beyond the first screen is numbered, against the same
    /// keys with every line numbered: the same text on screen, and once the lazy reader has
    /// done its idle work, the same screen to the last cell.
    @Test(arguments: ["250g", "G", "Gg", "G\u{2}\u{2}kkk", "123g]]]", "123g[[", "70ga", "299gaa", "40g   ddd", "t"])
    func movingBeforeTheLinesAreNumbered(_ keys: String) {
        var lazy = Self.fresh()
        var (full, _) = Self.finished(Self.fresh())
        for c in keys {
            let key: Key = c == "\u{2}" ? .pageUp : .character(c)
            lazy.press(key)
            full.press(key)
            #expect(Self.screen(lazy) == Self.screen(full), "after \(keys)")
        }
        let (done, _) = Self.finished(lazy)
        #expect(done.render().text == full.render().text)
        #expect(done.top == full.top)
    }

    @Test func resizingBeforeTheLinesAreNumbered() {
        var lazy = Self.fresh()
        var (full, _) = Self.finished(Self.fresh())
        for b in [0, 1] {
            var r = b == 0 ? lazy : full
            r.type("150g")
            r.resize(rows: 40, columns: 57)
            r.type("jjj")
            r.resize(rows: 10, columns: 200)
            if b == 0 { lazy = r } else { full = r }
        }
        #expect(Self.screen(lazy) == Self.screen(full))
        let (done, _) = Self.finished(lazy)
        let (fullDone, _) = Self.finished(full)
        #expect(done.render().text == fullDone.render().text)
    }

    /// A search is counted in steps; the first match is shown as the query is typed, and a
    /// key between the steps (Enter, `n`) is answered at once, before the count is done.
    @Test func searchIsCountedInStepsAndKeysAreAnsweredBetweenThem() {
        var b = Self.fresh()
        b.type("/woord59")
        #expect(b.search?.isCounted == false)
        #expect(b.row(23).hasSuffix("1/…"))
        b.doIdleWork()
        #expect(b.search?.isCounted == false)
        b.press(.enter)
        b.type("n")
        #expect(b.search?.current == 1)
        #expect(b.row(23).contains("2/…"))
        let (done, steps) = Self.finished(b)
        #expect(steps > 1)
        // Each body has "woord59" once ("woord590" does not occur).
        let bodies = Self.document.questions.map(\.paragraphs) + Self.document.answers.map(\.paragraphs)
        let expected = bodies.joined().filter { $0.plainText.contains("woord59") }.count
        #expect(done.search?.count == expected)
        #expect(done.row(23).contains("2/\(expected)"))
        var next = done
        next.type("N")
        #expect(next.search?.current == 0)
    }

    @Test func aSearchThatFindsNothingSaysSoWhenTheCountEnds() {
        var b = Self.fresh()
        b.type("/zzzz")
        b.press(.enter)
        let (done, _) = Self.finished(b)
        #expect(done.search == nil)
        #expect(done.row(23).hasPrefix("Pattern not found: zzzz"))
    }

    /// A match far from the start, beyond what a typed letter searches at once, is shown
    /// when the count comes to it.
    @Test func aFarMatchIsShownWhenTheCountFindsIt() {
        var b = Self.fresh()
        b.type("/vraag 287 ")
        let (done, _) = Self.finished(b)
        #expect(done.search?.count == 1)
        #expect(done.render().text.contains("Tekst van vraag 287 woord1"))
    }
}
