import DocxBuilder
import Testing
@testable import OpenXMLPackage

/// Honest archives read back exactly, in both member methods and in the ZIP64 form.
@Suite struct ZipArchiveTests {
    static let text = Array(String(repeating: "Vraag 1\nKunt u bevestigen dat …? ", count: 200).utf8)

    @Test(arguments: [false, true])
    func membersReadBackExactly(deflate: Bool) throws {
        let zip = ZipWriter.archive([.init("a.xml", Self.text, deflate: deflate), .init("dir/b.bin", [0, 1, 2, 255], deflate: deflate)])
        let archive = try ZipArchive(bytes: zip)
        #expect(archive.entries.map(\.name) == ["a.xml", "dir/b.bin"])
        #expect(try archive.contents(ofMember: "a.xml") == Self.text)
        #expect(try archive.contents(ofMember: "DIR/B.BIN") == [0, 1, 2, 255], "part names compare without case")
        #expect(try archive.contents(ofMember: "c.xml") == nil)
    }

    @Test func zip64DirectoryAndSizes() throws {
        let zip = ZipWriter.archive([.init("a.xml", Self.text), .init("b.xml", "x")], zip64: true)
        let archive = try ZipArchive(bytes: zip)
        #expect(try archive.contents(ofMember: "a.xml") == Self.text)
        #expect(try archive.contents(ofMember: "b.xml") == Array("x".utf8))
    }

    @Test func endRecordFoundBehindAComment() throws {
        let zip = ZipWriter.archive([.init("a.xml", "hello")], comment: Array(repeating: 0x41, count: 3000))
        #expect(try ZipArchive(bytes: zip).contents(ofMember: "a.xml") == Array("hello".utf8))
    }

    @Test func contentByZipMagic() {
        #expect(ZipArchive.looksLikeZip(ZipWriter.archive([.init("a", "b")])))
        #expect(ZipArchive.looksLikeZip(ZipWriter.archive([])))
        #expect(!ZipArchive.looksLikeZip(Array("PK but text".utf8)))
        #expect(!ZipArchive.looksLikeZip(Array("%PDF-1.7".utf8)))
    }

    @Test func relativeTargetsResolveInsideThePackage() {
        #expect(PartName.resolve("footnotes.xml", from: "word/document.xml") == "word/footnotes.xml")
        #expect(PartName.resolve("../customXml/item1.xml", from: "word/document.xml") == "customXml/item1.xml")
        #expect(PartName.resolve("/word/styles.xml", from: "word/document.xml") == "word/styles.xml")
        #expect(PartName.resolve("word/document.xml", from: "") == "word/document.xml")
        #expect(PartName.resolve("../../etc/passwd", from: "word/document.xml") == nil)
        #expect(PartName.relationshipsPart(of: "word/document.xml") == "word/_rels/document.xml.rels")
        #expect(PartName.relationshipsPart(of: "") == "_rels/.rels")
    }
}
