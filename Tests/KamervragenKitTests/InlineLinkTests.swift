import DocxBuilder
import Foundation
import Testing
@testable import KamervragenKit

/// A link shown as its own words ("de brief van 3 mei", opening a URL): a run of the
/// model that keeps both, from a Word hyperlink through the parser to every consumer in
/// this module (plain text, `show`, `outline`, the JSON export, the tree dump).
@Suite struct InlineLinkTests {
    static let letterURL = "https://www.rijksoverheid.nl/documenten/kamerbrieven/2024/05/03/brief"
    static let motionURL = "https://www.tweedekamer.nl/kamerstukken/moties?id=2024Z07777"

    static func r(_ text: String) -> String { "<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r>" }

    /// Question 1 holds a hyperlink whose words are not its URL, followed by a footnote
    /// reference, and a URL shown as itself; answer 1 a hyperlink field (`fldSimple`)
    /// with its own words, a bookmark link and a `mailto:` link (neither is a web link).
    static func linkedDocx() -> [UInt8] {
        let body = Docx.p("Vraag 1", bold: true)
            + "<w:p>\(r("Kent u "))<w:hyperlink r:id=\"rIdLetter\">\(r("de brief van 3 mei"))</w:hyperlink>"
            + "<w:r><w:footnoteReference w:id=\"2\"/></w:r>\(r(" en "))"
            + "<w:hyperlink r:id=\"rIdSelf\">\(r("https://nos.nl/artikel/1"))</w:hyperlink>\(r("?"))</w:p>"
            + Docx.p("Antwoord op vraag 1", bold: true)
            + "<w:p>\(r("Ja, zie "))<w:fldSimple w:instr=\" HYPERLINK &quot;\(Docx.escape(motionURL))&quot; \">\(r("de motie Van Dijk"))</w:fldSimple>"
            + "\(r(" en "))<w:hyperlink w:anchor=\"bijlage\">\(r("de bijlage"))</w:hyperlink>\(r(" of "))"
            + "<w:hyperlink r:id=\"rIdMail\">\(r("mail ons"))</w:hyperlink>\(r("."))</w:p>"
        let footnotes = "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
            + "<w:footnote w:id=\"2\"><w:p><w:r><w:footnoteRef/></w:r>\(r(" Kamerstuk 29 628, nr. 1135, zie "))"
            + "<w:hyperlink r:id=\"rIdNote\">\(r("de motie"))</w:hyperlink></w:p></w:footnote>"
        return Docx.build(body: body, footnotes: footnotes,
                          links: [.init("rIdLetter", letterURL), .init("rIdSelf", "https://nos.nl/artikel/1"),
                                  .init("rIdMail", "mailto:info@example.org")],
                          footnoteLinks: [.init("rIdNote", motionURL)])
    }

    static func load() throws -> Document { try DocumentLoader.parse(bytes: linkedDocx(), source: "links.docx") }

    @Test func wordHyperlinkWithItsOwnWordsIsALinkRun() throws {
        let doc = try Self.load()
        let question = try #require(doc.questions.first?.paragraphs.first)
        #expect(question.runs == [.text("Kent u "), .link(text: "de brief van 3 mei", url: Self.letterURL),
                                  .noteRef(NoteID(.footnote, "1")), .text(" en "), .url("https://nos.nl/artikel/1"), .text("?")])
        // The words are the text; the URL is not.
        #expect(question.plainText == "Kent u de brief van 3 mei en https://nos.nl/artikel/1?")
        let answer = try #require(doc.answers.first?.paragraphs.first)
        #expect(answer.runs == [.text("Ja, zie "), .link(text: "de motie Van Dijk", url: Self.motionURL),
                                .text(" en de bijlage of mail ons.")])
        #expect(doc.diagnostics.isEmpty, "\(doc.diagnostics.map(\.message))")
    }

    /// libxml2 hands an attribute's `&` back as `&#38;` when it substitutes no entities:
    /// a relationship's URL with a query must still open as written.
    @Test func ampersandInARelationshipTargetIsKept() throws {
        let url = "https://zoek.officielebekendmakingen.nl/resultaten?q=a&amp=1&#38;b"
        let body = Docx.p("Vraag 1") + "<w:p>\(Self.r("Zie "))<w:hyperlink r:id=\"rIdQ\">\(Self.r("de zoekopdracht"))</w:hyperlink></w:p>"
            + Docx.p("Antwoord op vraag 1") + Docx.p("Ja.")
        let doc = try DocumentLoader.parse(bytes: Docx.build(body: body, links: [.init("rIdQ", url)]), source: "q.docx")
        #expect(doc.questions.first?.paragraphs.first?.runs == [.text("Zie "), .link(text: "de zoekopdracht", url: url)])
    }

    @Test func jsonExportListsEveryLinkWithItsWordsAndURL() throws {
        let json = DocumentExport.json(try Self.load())
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let question = try #require((root["questions"] as? [[String: Any]])?.first)
        let links = try #require(question["links"] as? [[String: String]])
        #expect(links == [["text": "de brief van 3 mei", "url": Self.letterURL],
                          ["text": "https://nos.nl/artikel/1", "url": "https://nos.nl/artikel/1"]])
        // The fields that were there keep their meaning: `urls` is what the text spells out.
        #expect(question["urls"] as? [String] == ["https://nos.nl/artikel/1"])
        #expect(question["text"] as? String == "Kent u de brief van 3 mei en https://nos.nl/artikel/1?")
        let answer = try #require((root["answers"] as? [[String: Any]])?.first)
        #expect(answer["links"] as? [[String: String]] == [["text": "de motie Van Dijk", "url": Self.motionURL]])
        #expect(answer["urls"] as? [String] == [])
        let note = try #require((root["footnotes"] as? [[String: Any]])?.first)
        #expect(note["links"] as? [[String: String]] == [["text": "de motie", "url": Self.motionURL]])
        #expect(note["urls"] as? [String] == [Self.motionURL])
    }

    @Test func jsonNoteLinkNotShownInItsTextHasNullWords() throws {
        let note = Footnote(id: NoteID(.endnote, "1"), text: "NOS, 6 maart 2024.", urls: ["https://nos.nl/a"], line: 3)
        guard case .array(let links) = DocumentExport.noteLinks(note), case .object(let pairs)? = links.first else {
            Issue.record("no links array"); return
        }
        #expect(pairs.map(\.0) == ["text", "url"])
        #expect(pairs[0].1 == .null)
        #expect(pairs[1].1 == .string("https://nos.nl/a"))
    }

    @Test func showPrintsTheWordsWithTheURLInAngleBrackets() throws {
        let text = ShowFormatter.text(question: 0, in: try Self.load(), width: 200)
        #expect(text.contains("Kent u de brief van 3 mei <\(Self.letterURL)> en https://nos.nl/artikel/1?"))
        #expect(text.contains("Ja, zie de motie Van Dijk <\(Self.motionURL)> en de bijlage of mail ons."))
        // A URL shown as itself is not repeated.
        #expect(!text.contains("<https://nos.nl"))
    }

    @Test func outlineShowsTheWordsOnly() throws {
        let lines = OutlineFormatter.lines(try Self.load()).joined(separator: "\n")
        #expect(lines.contains("Kent u de brief van 3 mei en"))
        #expect(!lines.contains(Self.letterURL))
    }

    @Test func treeDumpShowsWordsAndTarget() throws {
        let dump = try Self.load().treeDump
        #expect(dump.contains("Kent u [de brief van 3 mei](<\(Self.letterURL)>)[^f1] en <https://nos.nl/artikel/1>?"))
    }

    // MARK: the model's value API

    @Test func linkRunRoundTripsAndCompares() {
        let runs: [Inline] = [.text("Zie "), .link(text: "de brief", url: "https://example.org/b"),
                              .noteRef(NoteID(.footnote, "1")), .text(" en "), .url("https://example.org/u")]
        let p = Paragraph(runs)
        #expect(p.runs == runs)
        #expect(p.plainText == "Zie de brief en https://example.org/u")
        // Same words, another target: another paragraph.
        let other = Paragraph([.text("Zie "), .link(text: "de brief", url: "https://example.org/c"),
                               .noteRef(NoteID(.footnote, "1")), .text(" en "), .url("https://example.org/u")])
        #expect(p != other)
        #expect(p == Paragraph(runs))
        #expect(p.hashValue == Paragraph(runs).hashValue)
        // The words as text are not the link.
        #expect(p != Paragraph([.text("Zie de brief"), .noteRef(NoteID(.footnote, "1")), .text(" en "), .url("https://example.org/u")]))
    }

    /// The parser's storage keeps text runs as the gaps between the others: a link's words
    /// must not be read as a gap, nor its target index as a position.
    @Test func parserStorageReadsLinksBetweenImplicitText() {
        let storage = TextStorage(chunkSize: Chunks.pageSize, implicitText: true)
        let bytes = Array("Zie de brief en de motie.".utf8)
        let marks: [LineMark] = [.link(4..<12, target: "https://example.org/b"), .noteRef(NoteID(.endnote, "2"), at: 12),
                                 .link(16..<24, target: "https://example.org/m")]
        let index = InlineParser.parse(bytes: bytes, marks: marks, into: storage).index
        let p = Paragraph(storage: storage, index: index ?? -1)
        #expect(p.runs == [.text("Zie "), .link(text: "de brief", url: "https://example.org/b"), .noteRef(NoteID(.endnote, "2")),
                           .text(" en "), .link(text: "de motie", url: "https://example.org/m"), .text(".")])
        #expect(p.plainText == "Zie de brief en de motie.")
        // A copy into another storage keeps both.
        let copy = TextStorage()
        let c = Paragraph(storage: copy, index: copy.appendCopy(of: index ?? -1, from: storage))
        #expect(c == p)
        #expect(c.runs == p.runs)
    }
}
