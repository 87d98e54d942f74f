import Testing
@testable import BrowserCore
import BrowserStorm
import KamervragenKit

/// What the storms found, each as the case that failed (the storm's document, its first
/// size and the shrunk steps) and as a small case written by hand.
@Suite struct StormFindingTests {
    /// Renders and checks the frame as the storms do, and reports what broke.
    func expectSound(_ b: Browser, sourceLocation: SourceLocation = #_sourceLocation) {
        let violations = Array(b.renderChecked().violations.prefix(3))
        #expect(violations.isEmpty, sourceLocation: sourceLocation)
    }

    /// Going back to a place near the end after a resize, on a document laid out as
    /// needed: the lines there were still estimates, and drawing them renumbered the lines
    /// under the frame. The frame showed lines from 104 while the state then said 95, and
    /// the search highlight was drawn nine lines away from its match. Failed before
    /// `settle()` measured the screen.
    @Test func backToTheEndAfterAResizeDrawsTheLinesTheStateNames() {
        var b = Browser(document: makeDocument(questions(30, words: 80)), rows: 20, columns: 60, eagerCharacters: 1)
        b.press(.character("/"))
        b.type("woord7")
        b.press(.enter, .character("G"), .character("1"), .enter)
        b.resize(rows: 40, columns: 31)
        b.press(.left)
        let top = b.top
        expectSound(b)
        #expect(b.top == top)
    }

    /// Storm seed 323 (ordinary document, eager below 1 character), shrunk to 9 steps.
    @Test func stormSeed323() {
        var b = Browser(document: StormCase(seed: 323, steps: 2000).document, rows: 35, columns: 127, eagerCharacters: 1)
        b.resize(rows: 1, columns: 1)
        _ = b.handle(.character("/"))
        _ = b.handle(.character("e\u{301}"))
        _ = b.handle(.enter)
        _ = b.handle(.character("N"))
        _ = b.handle(.character("1"))
        _ = b.handle(.enter)
        b.resize(rows: 83, columns: 31)
        _ = b.handle(.backspace)
        expectSound(b)
    }

    /// Storm seed 81 (long URLs, eager below 1 character), shrunk to 13 steps: the search
    /// prompt's Esc returns to its origin, then Left to a place among estimated lines.
    @Test func stormSeed81() {
        var b = Browser(document: StormCase(seed: 81, steps: 2000).document, rows: 9, columns: 57, eagerCharacters: 1)
        _ = b.handle(.character(" "))
        _ = b.handle(.character("/"))
        _ = b.handle(.character("r"))
        _ = b.handle(.character("a"))
        _ = b.handle(.character("a"))
        _ = b.handle(.enter)
        b.resize(rows: 4, columns: 5)
        _ = b.handle(.character("n"))
        _ = b.handle(.character("a"))
        b.resize(rows: 17, columns: 122)
        _ = b.handle(.character("?"))
        _ = b.handle(.escape)
        _ = b.handle(.left)
        expectSound(b)
    }
}
