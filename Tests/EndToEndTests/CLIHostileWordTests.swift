import DocxBuilder
import Foundation
import Testing

/// Issue 12's hostile Word files through the real binary: each one a single line on
/// stderr naming the file, exit 65, no crash and no hang (the runner kills a child that
/// overruns, and reports it as a hang).
@Suite("hostile Word files on the command line")
struct CLIHostileWordTests {
    static let commands: [[String]] = [["outline"], ["export"], ["show", "#", "1"]]

    static func args(_ command: [String], _ path: String) -> [String] {
        command.count == 1 ? command + [path] : [command[0], path, command[2]]
    }

    /// English is pinned; `dutchTest` checks the catalogue's other language once.
    static func expectRefused(_ name: String, _ bytes: [UInt8], saying words: String) throws {
        let path = try CLI.scratchFile(name, bytes)
        for command in commands {
            let r = try Binary.run(args(command, path), environment: ["LC_ALL": "C.UTF-8"], timeout: 30)
            CLI.expectOneLineError(r, code: 65, naming: path)
            #expect(r.stderr.contains(words), "\(command): \(r.stderr)")
        }
    }

    @Test func zipBomb() throws {
        let bomb = Docx.build(body: "", documentBytes: [UInt8](repeating: 0x20, count: 60 << 20))
        try Self.expectRefused("bomb.docx", bomb, saying: "ZIP bomb")
    }

    @Test func oneHundredMegabyteTextRun() throws {
        // Stored, not deflated: no ratio gives it away, only the size does.
        let xml = Array(Docx.xml("w:document", "<w:body><w:p><w:r><w:t>RUN</w:t></w:r></w:p></w:body>").utf8)
        let cut = xml.firstRange(of: Array("RUN".utf8))!
        let document = xml[..<cut.lowerBound] + [UInt8](repeating: 0x61, count: 100 << 20) + xml[cut.upperBound...]
        let docx = Docx.build(body: "", deflate: false, documentBytes: Array(document))
        try Self.expectRefused("run.docx", docx, saying: "limit")
    }

    @Test func billionLaughs() throws {
        var dtd = "<!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\">"
        for k in 1...12 { dtd += "<!ENTITY a\(k) \"" + String(repeating: k == 1 ? "&a;" : "&a\(k - 1);", count: 10) + "\">" }
        dtd += "]>"
        let xml = "<?xml version=\"1.0\"?>\(dtd)<w:document xmlns:w=\"\(Docx.w)\"><w:body><w:p><w:r><w:t>&a12;</w:t></w:r></w:p></w:body></w:document>"
        try Self.expectRefused("laughs.docx", Docx.build(body: "", documentXML: xml), saying: "document type")
    }

    @Test func externalEntity() throws {
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><w:document xmlns:w=\"\(Docx.w)\"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"
        try Self.expectRefused("xxe.docx", Docx.build(body: "", documentXML: xml), saying: "document type")
    }

    @Test func escapingMemberNames() throws {
        for name in ["../../tmp/evil.xml", "/etc/passwd"] {
            var members = [ZipWriter.Member("[Content_Types].xml", "<Types/>"), .init(name, "x")]
            members.append(.init("word/document.xml", "<x/>"))
            try Self.expectRefused("names.docx", ZipWriter.archive(members), saying: "could escape a folder")
        }
    }

    @Test func truncatedArchive() throws {
        let docx = Docx.build(body: Docx.p("Vraag 1"))
        try Self.expectRefused("cut.docx", Array(docx[0..<(docx.count / 2)]), saying: "truncated")
    }

    @Test func missingAndMalformedMainPart() throws {
        let missing = ZipWriter.archive([.init("[Content_Types].xml", Docx.contentTypes([("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")]))])
        try Self.expectRefused("missing.docx", missing, saying: "is missing")
        let malformed = Docx.build(body: "", documentXML: "<w:document xmlns:w=\"\(Docx.w)\"><w:body>")
        try Self.expectRefused("malformed.docx", malformed, saying: "not well-formed")
    }

    @Test func dutchWhenTheLocaleIsDutch() throws {
        let path = try CLI.scratchFile("cut.docx", Array(Docx.build(body: Docx.p("Vraag 1")).prefix(100)))
        let r = try Binary.run(["outline", path], environment: ["LC_ALL": "nl_NL.UTF-8"], timeout: 30)
        CLI.expectOneLineError(r, code: 65, naming: path)
        #expect(r.stderr.contains("het archief is afgekapt of beschadigd"), "\(r.stderr)")
    }

    @Test func oldBinaryDoc() throws {
        var doc: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)
        var entry = [UInt8](repeating: 0, count: 128)
        for (k, u) in "WordDocument".utf16.enumerated() { entry[2 * k] = UInt8(u) }
        entry[64] = 26
        doc += entry
        try Self.expectRefused("oud.doc", doc, saying: "save it as .docx")
    }
}
