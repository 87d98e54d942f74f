import Foundation
import Testing
@testable import KamervragenKit

/// No document text is ever taken for the program's own markup (issue 9, item 5): the
/// parser once rewrote every note convention to U+E000 label U+E001 inside the text, so
/// a document holding those characters lost text or gained notes. Note references now
/// stand beside the text, and every code point a document may hold comes out as it went in.
@Suite struct PrivateUseTextTests {
    /// Every private-use code point (the BMP's area and planes 15 and 16) and every
    /// noncharacter (U+FDD0–U+FDEF and the last two of each plane).
    static let scalars: [Unicode.Scalar] = {
        var values: [UInt32] = Array(0xE000...0xF8FF) + Array(0xF0000...0xFFFFD) + Array(0x100000...0x10FFFD)
        values += Array(0xFDD0...0xFDEF)
        for plane in UInt32(0)...16 { values += [plane << 16 | 0xFFFE, plane << 16 | 0xFFFF] }
        return values.sorted().compactMap(Unicode.Scalar.init)
    }()

    static func exportedQuestionText(_ text: String) throws -> (text: String, footnotes: Int, notes: Int) {
        let doc = DocumentParser.parse(text, source: "t")
        let json = try JSONSerialization.jsonObject(with: Data(DocumentExport.json(doc).utf8)) as! [String: Any]
        let questions = json["questions"] as! [[String: Any]]
        let footnotes = json["footnotes"] as! [Any]
        return (questions[0]["text"] as! String, footnotes.count, (questions[0]["notes"] as! [Any]).count)
    }

    @Test func theIssuesExampleKeepsItsTextAndGainsNoNote() throws {
        let out = try Self.exportedQuestionText("Vraag 1\nWat is \u{E000}abc\u{E001} dit?\n\nAntwoord op vraag 1\nJa.\n")
        #expect(out.text == "Wat is \u{E000}abc\u{E001} dit?")
        #expect(out.footnotes == 0)
        #expect(out.notes == 0)
    }

    @Test func everyPrivateUseAndNoncharacterCodePointSurvives() throws {
        // Each code point on its own between letters, and all of them run together, in
        // the question, where the old marker syntax would have been read.
        var own = String.UnicodeScalarView()
        var run = String.UnicodeScalarView()
        for s in Self.scalars {
            own.append(contentsOf: "f1".unicodeScalars)
            own.append(s)
            run.append(s)
        }
        let text = "Vraag 1\nWat is " + String(own) + " en " + String(run) + " dit?\n\nAntwoord op vraag 1\nJa.\n"
        let out = try Self.exportedQuestionText(text)
        let kept = out.text.unicodeScalars.filter { $0.value >= 0xE000 && !($0.value >= 0xF900 && $0.value < 0xFDD0) }
        #expect(Array(kept) == Self.scalars + Self.scalars)
        #expect(out.text.unicodeScalars.count == ("Wat is  en  dit?".unicodeScalars.count + 4 * Self.scalars.count))
        #expect(out.footnotes == 0)
        #expect(out.notes == 0)
    }
}
