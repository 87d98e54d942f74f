import DocxBuilder
import OpenXMLPackage
import Testing
@testable import KamervragenKit

/// Which files the Word reader takes, and what it says about the ones it cannot read.
@Suite struct WordPackageTests {
    static func failure(_ bytes: [UInt8]) -> WordReadError? {
        do { _ = try WordReader.read(bytes: bytes) } catch { return error }
        return nil
    }

    /// A compound file whose directory holds `streams` (after the root entry).
    static func compoundFile(_ streams: [String]) -> [UInt8] {
        var bytes: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)
        for name in ["Root Entry"] + streams {
            var entry = [UInt8](repeating: 0, count: 128)
            let units = Array(name.utf16)
            for (k, u) in units.enumerated() { entry[2 * k] = UInt8(u & 0xFF); entry[2 * k + 1] = UInt8(u >> 8) }
            entry[64] = UInt8(2 * units.count + 2)
            bytes += entry
        }
        return bytes
    }

    @Test(arguments: DocxFixtures.names)
    func corpusFilesAreWordPackages(name: String) throws {
        let bytes = try DocxFixtures.bytes(name)
        #expect(WordReader.recognises(bytes))
        let content = try WordReader.read(bytes: bytes)
        #expect(content.lines.count > 50)
    }

    @Test func oldBinaryWordSaysSo() throws {
        let doc = Self.compoundFile(["WordDocument", "1Table", "\u{5}SummaryInformation"])
        #expect(WordReader.recognises(doc))
        let error = try #require(Self.failure(doc))
        #expect(error == .binaryWord)
        #expect(error.message(in: .english).contains("old binary Word document (.doc)"))
        #expect(error.message(in: .english).contains("save it as .docx"))
        #expect(error.message(in: .dutch).contains("sla het in Word of LibreOffice op als .docx"))
    }

    @Test func passwordProtectedSaysSo() throws {
        let encrypted = Self.compoundFile(["EncryptionInfo", "EncryptedPackage", "\u{6}DataSpaces"])
        let error = try #require(Self.failure(encrypted))
        #expect(error == .encrypted)
        #expect(error.message(in: .english).contains("password-protected"))
    }

    @Test func otherCompoundFile() throws {
        let xls = Self.compoundFile(["Workbook"])
        #expect(Self.failure(xls) == .otherCompoundFile)
    }

    @Test func streamNameInsideTextIsNotAnEntry() throws {
        // "WordDocument" in UTF-16 at an offset no directory entry can start at.
        var bytes = Self.compoundFile(["Workbook"])
        bytes += [0, 0, 0] + Array("WordDocument".utf16.flatMap { [UInt8($0 & 0xFF), 0] }) + [UInt8](repeating: 0, count: 200)
        #expect(Self.failure(bytes) == .otherCompoundFile)
    }

    @Test func zipWithoutAWordMainPart() throws {
        let xlsx = ZipWriter.archive([
            .init("[Content_Types].xml", Docx.contentTypes([("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")])),
            .init("xl/workbook.xml", "<workbook/>"),
        ])
        #expect(Self.failure(xlsx) == .notWordPackage)
        let plain = ZipWriter.archive([.init("notes.txt", "hello")])
        #expect(Self.failure(plain) == .package(PackageError(.noContentTypes)))
    }

    @Test func mainPartMissingOrMalformed() throws {
        let missing = ZipWriter.archive([.init("[Content_Types].xml", Docx.contentTypes([("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")]))])
        #expect(Self.failure(missing) == .missingMainPart("word/document.xml"))
        #expect(WordReadError.missingMainPart("word/document.xml").message(in: .english) == "a Word package whose main part word/document.xml is missing")
        let malformed = Docx.build(body: "", documentXML: "<w:document xmlns:w=\"\(Docx.w)\"><w:body><w:p></w:body></w:document>")
        let error = try #require(Self.failure(malformed))
        #expect(error.message(in: .english).hasPrefix("word/document.xml is not well-formed XML (line 1:"), "\(error)")
        #expect(error.message(in: .dutch).hasPrefix("word/document.xml is geen welgevormde XML (regel 1:"), "\(error)")
    }

    /// The numbering and settings parts are read when a paragraph is numbered and when
    /// a Word note is cited: a malformed one refuses the file then, and only then.
    @Test func numberingAndSettingsReadWhenNeeded() throws {
        let broken = "<w:abstractNum w:abstractNumId=\"0\">"
        let numbered = "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>een</w:t></w:r></w:p>"
        let cited = "<w:p><w:r><w:t>motie</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>"
        let numberingError = try #require(Self.failure(Docx.build(body: numbered, numbering: broken)))
        #expect(numberingError.message(in: .english).hasPrefix("word/numbering.xml is not well-formed XML"), "\(numberingError)")
        let settingsError = try #require(Self.failure(Docx.build(body: cited, settings: "<w:footnotePr>")))
        #expect(settingsError.message(in: .english).hasPrefix("word/settings.xml is not well-formed XML"), "\(settingsError)")
        #expect(Self.failure(Docx.build(body: Docx.p("Vraag 1"), numbering: broken, settings: "<w:footnotePr>")) == nil)
    }

    @Test func templatesAndMacroDocumentsAreWordToo() throws {
        for type in ["application/vnd.ms-word.document.macroEnabled.main+xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"] {
            let docm = ZipWriter.archive([
                .init("[Content_Types].xml", Docx.contentTypes([("/word/document.xml", type)])),
                .init("word/document.xml", Docx.xml("w:document", "<w:body>\(Docx.p("Vraag 1"))</w:body>")),
            ])
            #expect(Self.failure(docm) == nil)
        }
    }

    @Test func loaderRefusalsNameTheFileWithExit65() throws {
        let doc = Self.compoundFile(["WordDocument"])
        do {
            _ = try DocumentLoader.parse(bytes: doc, source: "oud.doc")
            Issue.record("an old .doc loaded")
        } catch {
            #expect(error.kind == .badData)
            #expect(error.exitCode == 65)
            #expect(error.description.hasPrefix("oud.doc: "))
            #expect(error.message == WordReadError.binaryWord.message())
        }
    }
}
