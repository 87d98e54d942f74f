import Testing
@testable import KamervragenKit

/// Notepad's "Unicode" (UTF-16 with a byte-order mark) is read, and a web page is told
/// apart from a text document that holds no questions (issue 11).
@Suite struct UTF16AndHTMLTests {
    let text = "Vraag 1\nWat vindt u van het creëren van “banen”?\nAntwoord 1\nJa, € 5.\n"

    func utf16(_ s: String, bigEndian: Bool) -> [UInt8] {
        var out: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in s.utf16 {
            let hi = UInt8(unit >> 8), lo = UInt8(unit & 0xFF)
            out += bigEndian ? [hi, lo] : [lo, hi]
        }
        return out
    }

    @Test(arguments: [false, true])
    func utf16WithAByteOrderMarkReadsAsTheSameDocument(bigEndian: Bool) throws {
        let doc = try DocumentLoader.parse(bytes: utf16(text, bigEndian: bigEndian), source: "u.txt")
        let plain = try DocumentLoader.parse(bytes: Array(text.utf8), source: "u.txt")
        #expect(doc.questions.count == 1)
        #expect(doc.questions[0].plainText == "Wat vindt u van het creëren van “banen”?")
        #expect(doc.answers.first?.plainText == plain.answers.first?.plainText)
        #expect(doc.diagnostics.isEmpty)
    }

    @Test func theMarkIsDroppedAndCharactersBeyondTheBMPSurvive() {
        #expect(UTF16Text.utf8(utf16("a😀b", bigEndian: false)) == Array("a😀b".utf8))
        #expect(UTF16Text.utf8(utf16("a😀b", bigEndian: true)) == Array("a😀b".utf8))
    }

    @Test func damagedUTF16IsRepairedNotRefused() {
        // A lone high surrogate, then an odd last byte.
        let bytes: [UInt8] = [0xFF, 0xFE, 0x61, 0x00, 0x3D, 0xD8, 0x62, 0x00, 0x63]
        #expect(UTF16Text.utf8(bytes) == Array("a\u{FFFD}b\u{FFFD}".utf8))
    }

    @Test func withoutAMarkNothingChanges() {
        #expect(UTF16Text.utf8(Array("Vraag 1".utf8)) == nil)
        #expect(UTF16Text.utf8([0xFF]) == nil)
        #expect(UTF16Text.utf8([]) == nil)
    }

    @Test func onlyAMarkIsAnEmptyFile() {
        #expect(throws: LoadError(.badData, path: "e.txt", "empty file")) {
            try DocumentLoader.parse(bytes: [0xFF, 0xFE], source: "e.txt")
        }
    }

    @Test func aWebPageSaysItLooksLikeHTML() throws {
        let page = "<!DOCTYPE html>\n<html lang=\"nl\"><head><title>Kamervragen</title></head>\n<body><p>Tekst</p></body></html>\n"
        let error = try #require(throws: LoadError.self) { try DocumentLoader.parse(bytes: Array(page.utf8), source: "p.html") }
        #expect(error.message == Catalogue.Input.htmlNotText.text())
        #expect(error.message.contains("HTML"))
        #expect(error.exitCode == 65)
        #expect(Catalogue.Input.htmlNotText.text(in: .dutch).contains("webpagina (HTML)"))
    }

    @Test func aTextWithoutQuestionsKeepsThePlainMessage() throws {
        let error = try #require(throws: LoadError.self) {
            try DocumentLoader.parse(bytes: Array("Een brief zonder vragen.\n".utf8), source: "b.txt")
        }
        #expect(error.message == "no questions, answers or notice found")
    }

    @Test func theSnifferLooksForAPageNotForAnyAngleBracket() {
        #expect(HTMLSniffer.looksLikeHTML(Array("\u{FEFF}  <?xml version=\"1.0\"?>\n<html>".utf8)))
        #expect(HTMLSniffer.looksLikeHTML(Array("<HTML><BODY>".utf8)))
        #expect(HTMLSniffer.looksLikeHTML(Array("<!-- saved -->\n<body>".utf8)))
        #expect(!HTMLSniffer.looksLikeHTML(Array("<noot> zie hieronder".utf8)))
        #expect(!HTMLSniffer.looksLikeHTML(Array("Vraag 1 <html>".utf8)))
        #expect(HTMLSniffer.startsWithMarkup(Array("\n\t <p>".utf8)))
        #expect(HTMLSniffer.startsWithMarkup([0xEF, 0xBB, 0xBF] + Array("<html>".utf8)))
        #expect(!HTMLSniffer.startsWithMarkup(Array("Vraag 1 <html>".utf8)))
    }
}
