import DocxBuilder
import OpenXMLPackage
import Testing
@testable import KamervragenKit

/// The main part walked without the `mc:Fallback`s the walk skips gives what the whole
/// part gives, and only such fallbacks are cut.
@Suite struct WordFallbacksTests {
    static func walk(_ xml: [UInt8]) throws -> [WordLine] {
        let walker = WordWalker(relationships: Relationships(), labels: NoteLabels(), notesPart: false)
        try SAXParser.parse(xml, part: "word/document.xml", into: walker)
        walker.finish()
        var numbering = WordNumbering()
        return walker.resolve(styles: WordStyles(), numbering: &numbering).lines
    }

    static func document(_ body: String, root: String = "<w:document \(Docx.namespaces)>") -> [UInt8] {
        Array("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\(root)<w:body>\(body)</w:body></w:document>".utf8)
    }

    static func box(_ choice: String, _ fallback: String) -> String {
        "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>\(choice)</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice>\n"
            + " <mc:Fallback><w:pict><v:textbox><w:txbxContent><w:p><w:r><w:t>\(fallback)</w:t></w:r></w:p></w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>Fallback</w:t></w:r></w:p>"
    }

    @Test func corpusFallbacksCutAndWalkedAlike() throws {
        var cut = 0
        for name in DocxFixtures.names {
            let word = try WordPackage(bytes: try DocxFixtures.bytes(name))
            let xml = try #require(try word.package.bytes(of: word.mainPart))
            let ranges = xml.withByteText { WordFallbacks.ranges(in: $0, maxDepth: 256) }
            cut += ranges.count
            for range in ranges {
                #expect(xml[range].starts(with: Array("<mc:Fallback>".utf8)) && Array(xml[range].suffix(14)) == Array("</mc:Fallback>".utf8))
            }
            if let slice = WordFallbacks.cut(xml, maxDepth: 256) {
                #expect(try Self.walk(slice) == (try Self.walk(xml)), "\(name)")
            }
        }
        #expect(cut >= 8)
    }

    @Test func onlyFallbacksTheWalkSkipsAreCut() throws {
        let plain = Self.document(Self.box("DrawingML", "VML") + Self.box("twee", "twee VML"))
        #expect(plain.withByteText { WordFallbacks.ranges(in: $0, maxDepth: 256) }.count == 2)
        let slice = try #require(WordFallbacks.cut(plain, maxDepth: 256))
        #expect(try Self.walk(slice) == (try Self.walk(plain)))
        #expect(try Self.walk(slice).map { String(decoding: $0.text, as: UTF8.self) } == ["DrawingML", "Fallback", "twee", "Fallback"])
        let alone = "<w:p><w:r><mc:AlternateContent><mc:Fallback><w:t>alleen</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>"
        let kept: [[UInt8]] = [
            Self.document(alone),
            Self.document(Self.box("a", "b").replacingOccurrences(of: "<mc:Fallback>", with: "<mc:Fallback mc:x=\"1\">")),
            Self.document("<!-- <mc:Fallback> -->" + Self.box("a", "b")),
            Self.document(Self.box("a", "b") + "<?pi x?>"),
            Self.document("<w:p xmlns:mc=\"urn:x\"/>" + Self.box("a", "b")),
            Self.document(Self.box("a", "b").replacingOccurrences(of: "</mc:AlternateContent>", with: "<w:r/></mc:AlternateContent>")),
            Self.document(Self.box("a", "<mc:Fallback>x</mc:Fallback>")),
            Self.document(Self.box("a", "b"), root: "<w:document \(Docx.namespaces) xmlns:mc2=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">"),
        ]
        for xml in kept {
            #expect(xml.withByteText { WordFallbacks.ranges(in: $0, maxDepth: 256) }.isEmpty, "\(String(decoding: xml, as: UTF8.self))")
        }
        // Through the reader: the fallback alone is read; a box's fallback is not.
        let content = try WordReader.read(bytes: Docx.build(body: alone + Self.box("keuze", "terugval")))
        #expect(content.lines.map(\.string) == ["alleen", "keuze", "Fallback"])
    }
}
