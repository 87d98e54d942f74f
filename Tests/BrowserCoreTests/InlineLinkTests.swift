import Testing
@testable import BrowserCore
import KamervragenKit

/// A link shown as its own words in the reader: drawn as the words (styled as a link),
/// selected by Tab with its URL in the status line, opened by `o` and Enter under the URL
/// policy, found by search through its words.
@Suite struct InlineLinkBrowserTests {
    static let letterURL = "https://www.rijksoverheid.nl/documenten/kamerbrieven/2024/05/03/brief"

    static func document(target: String = letterURL) -> Document {
        var doc = makeDocument("Vraag 1\ntekst\n\nAntwoord 1\nJa.\n")
        doc.questions[0].paragraphs = [Paragraph([
            .text("Kent u "), .link(text: "de brief van 3 mei", url: target), .text(" over de opvang?"),
        ])]
        return doc
    }

    func status(_ b: Browser) -> String { b.row(b.rows - 1) }

    @Test func drawnAsItsWordsAndSelectedByTab() throws {
        var b = Browser(document: Self.document(), rows: 8, columns: 50)
        #expect(!b.render().text.contains("rijksoverheid"))
        b.press(.tab)
        #expect(status(b).hasPrefix(Self.letterURL.prefix(40)))
        #expect(b.selectedTarget == .url(Self.letterURL))
        try expectSnapshot(b.render(), "inline-link-selected", roles: true)
    }

    @Test func oAndEnterOpenTheTarget() {
        var b = Browser(document: Self.document(), rows: 8, columns: 50)
        b.press(.tab)
        #expect(b.handle(.character("o")) == [.openURL(Self.letterURL)])
        #expect(b.handle(.enter) == [.openURL(Self.letterURL)])
    }

    /// A link built by hand with a target the URL policy refuses: its words are still a
    /// link to select, but nothing is opened.
    @Test func aTargetThePolicyRefusesIsNotOpened() {
        var b = Browser(document: Self.document(target: "javascript:alert(1)"), rows: 8, columns: 50)
        b.press(.tab)
        #expect(b.handle(.character("o")) == [])
        #expect(status(b).hasPrefix("not opening javascript:alert(1)"))
    }

    @Test func searchFindsTheWordsNotTheURL() {
        var b = Browser(document: Self.document(), rows: 8, columns: 50)
        b.type("/brief van 3")
        b.press(.enter)
        #expect(status(b).contains("1/1"), "\(status(b))")
        b.press(.escape)
        b.type("/kamerbrieven")
        b.press(.enter)
        #expect(status(b).hasPrefix("Pattern not found: kamerbrieven"), "\(status(b))")
    }

    /// Into a pipe nothing can be selected: the URL follows the words in angle brackets.
    @Test func pipeDumpWritesTheURLAfterTheWords() {
        let text = plainTextDump(of: Self.document(), width: 200)
        #expect(text.contains("Kent u de brief van 3 mei <\(Self.letterURL)> over de opvang?"), "\(text)")
    }

    /// The block's link target is the URL (what the terminal may hand to OSC 8), over
    /// exactly the cells of the words.
    @Test func theBlockLinkCoversTheWordsAndLeadsToTheURL() throws {
        let b = Browser(document: Self.document(), rows: 8, columns: 50)
        let block = try #require(b.content.blocks.first { $0.text.contains("de brief van 3 mei") })
        let link = try #require(block.links.first)
        #expect(link.target == .url(Self.letterURL))
        #expect(block.text(link.range) == "de brief van 3 mei")
    }
}
