import Testing
@testable import BrowserCore
@testable import KamervragenKit

/// A note's URLs come from the model with where each is shown (no search of the rendered
/// note text): the shown text is styled as the link and opens the model's URL.
@Suite struct NoteLinkPositionTests {
    static let text = "Vraag 1\nZie de bron.[footnoteRef:1] [1: Nieuws, www.nos.nl/artikel/1 en https://a.nl/b.]\n\nAntwoord 1\nJa.\n"

    @Test func theModelSaysWhereEachURLIsShown() throws {
        let note = try #require(makeDocument(Self.text).footnotes.first)
        #expect(note.urls == ["https://www.nos.nl/artikel/1", "https://a.nl/b"])
        let shown = note.links.map { link in link.range.map { Array(note.text.utf8)[$0].string } }
        #expect(shown == ["www.nos.nl/artikel/1", "https://a.nl/b"])
    }

    @Test func aHandMadeNoteFindsItsURLsInOrder() {
        let note = Footnote(id: NoteID(.footnote, "1"), text: "a https://x.nl en https://x.nl", urls: ["https://x.nl", "https://x.nl", "https://y.nl"], line: 1)
        #expect(note.links.map(\.range) == [2..<14, 18..<30, nil])
    }

    @Test func theNoteBlockStylesTheShownTextAsTheLink() throws {
        let note = try #require(makeDocument(Self.text).footnotes.first)
        let block = ContentBuilder.noteBlock(note, label: "[1]", owner: .notes, spaceBefore: false)
        #expect(block.text(0..<block.count) == "[1] Nieuws, www.nos.nl/artikel/1 en https://a.nl/b.")
        let links = block.links.map { (block.text($0.range), $0.target) }
        #expect(links.count == 2)
        #expect(links.first?.0 == "www.nos.nl/artikel/1")
        #expect(links.first?.1 == .url("https://www.nos.nl/artikel/1"))
        #expect(links.last?.0 == "https://a.nl/b")
    }
}
