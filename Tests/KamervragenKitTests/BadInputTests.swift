import Foundation
import Testing
@testable import KamervragenKit
import TestSupport

private func loadError(_ body: () throws(LoadError) -> Document) -> LoadError? {
    do { _ = try body(); return nil } catch { return error }
}

@Test func emptyInput() {
    let e = loadError { () throws(LoadError) in try DocumentLoader.parse(bytes: [], source: "leeg.txt") }
    #expect(e?.kind == .badData)
    #expect(e?.exitCode == 65)
    #expect(e?.description == "leeg.txt: empty file")
    #expect(loadError { () throws(LoadError) in try DocumentLoader.parse(bytes: [0xEF, 0xBB, 0xBF], source: "bom") }?.kind == .badData)
}

@Test func directoryAndMissingFile() {
    let dir = loadError { () throws(LoadError) in try DocumentLoader.load(path: NSTemporaryDirectory()) }
    #expect(dir?.kind == .cannotOpen)
    #expect(dir?.message == "is a directory")
    let missing = loadError { () throws(LoadError) in try DocumentLoader.load(path: "/nonexistent/kamervragen-test.txt") }
    #expect(missing?.kind == .cannotOpen)
    #expect(missing?.exitCode == 66)
    #expect(missing?.message == "no such file")
}

@Test func binaryInput() throws {
    var bytes: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0]
    var rng = SeededRandom(seed: 7)
    for _ in 0..<4096 { bytes.append(UInt8(truncatingIfNeeded: rng.next())) }
    let e = loadError { () throws(LoadError) in try DocumentLoader.parse(bytes: bytes, source: "a.out") }
    #expect(e?.kind == .badData)
    #expect(e?.message == "binary file, not a text document")
    if FileManager.default.fileExists(atPath: "/bin/ls") {
        let ls = loadError { () throws(LoadError) in try DocumentLoader.load(path: "/bin/ls") }
        #expect(ls?.message == "binary file, not a text document")
    }
}

@Test func invalidUTF8LoadsAsWindows1252() throws {
    let bytes = Array("Vraag 1\nIs dit ".utf8) + [0xFF, 0xFE, 0xC3] + Array(" goed?\nAntwoord 1\nNee.\n".utf8)
    let doc = try DocumentLoader.parse(bytes: bytes, source: "t")
    #expect(doc.questions.count == 1)
    #expect(doc.diagnostics.contains { $0.message.contains("not valid UTF-8") })
}

@Test func noHeadingsAtAll() {
    let e = loadError { () throws(LoadError) in
        try DocumentLoader.parse(bytes: Array("Gewoon een brief.\nMet twee regels.\n".utf8), source: "brief.txt")
    }
    #expect(e?.description == "brief.txt: no questions, answers or notice found")
    #expect(e?.exitCode == 65)
}

/// Not a timing assertion: it only has to finish (a quadratic scan would not).
@Test func fiftyMegabyteSingleLine() throws {
    let unit = Array("Vraag 1 Dit is een zin zonder regeleinde, met een nummer 12 en een url https://x.nl/a. ".utf8)
    var bytes: [UInt8] = []
    bytes.reserveCapacity(50_000_000 + unit.count)
    while bytes.count < 50_000_000 { bytes.append(contentsOf: unit) }
    let doc = try DocumentLoader.parse(bytes: bytes, source: "lang")
    #expect(doc.questions.count >= 1)
    let plain = loadError { () throws(LoadError) in
        try DocumentLoader.parse(bytes: [UInt8](repeating: 0x61, count: 50_000_000), source: "aaa")
    }
    #expect(plain?.kind == .badData)
}

@Test func duplicatedAndMissingNumbers() throws {
    let text = """
    Vraag 1
    Een?
    Antwoord 1
    Ja.
    Vraag 1
    Nog eens een?
    Antwoord 1
    Ook ja.
    Vraag 3
    Drie?
    Antwoord 7
    Zeven.
    """
    let doc = try DocumentLoader.parse(bytes: Array(text.utf8), source: "t")
    #expect(doc.questions.map(\.number.description) == ["1", "1", "3"])
    #expect(doc.questions.map(\.answer) == [0, 1, nil])
    let messages = doc.diagnostics.map(\.description)
    #expect(messages.contains("line 5: warning: question 1 appears twice (also at line 1)"))
    #expect(messages.contains("line 11: warning: 'Antwoord 7' names question 7, which is not in the document"))
    #expect(messages.contains("line 9: warning: question 3 is not answered in this document"))
    #expect(messages.contains("line 9: warning: question 2 is missing before question 3"))
    assertLinksConsistent(doc)
}

/// Every question's answer index is valid and that answer lists the question.
func assertLinksConsistent(_ doc: Document, sourceLocation: SourceLocation = #_sourceLocation) {
    for q in doc.questions {
        guard let a = q.answer else { continue }
        #expect(doc.answers.indices.contains(a), sourceLocation: sourceLocation)
        if doc.answers.indices.contains(a) {
            #expect(doc.answers[a].questions.contains(q.number), sourceLocation: sourceLocation)
        }
    }
    // Every question, answer and notice appears in `items` exactly once, in order.
    let qs = doc.items.compactMap { if case .question(let k) = $0 { k } else { nil } }
    let as_ = doc.items.compactMap { if case .answer(let k) = $0 { k } else { nil } }
    let ns = doc.items.compactMap { if case .notice(let k) = $0 { k } else { nil } }
    #expect(qs == Array(doc.questions.indices), sourceLocation: sourceLocation)
    #expect(as_ == Array(doc.answers.indices), sourceLocation: sourceLocation)
    #expect(ns == Array(doc.notices.indices), sourceLocation: sourceLocation)
    for (i, item) in doc.items.enumerated() {
        switch item {
        case .question(let k): #expect(doc.questions.indices.contains(k), "item \(i)", sourceLocation: sourceLocation)
        case .answer(let k): #expect(doc.answers.indices.contains(k), "item \(i)", sourceLocation: sourceLocation)
        case .notice(let k): #expect(doc.notices.indices.contains(k), "item \(i)", sourceLocation: sourceLocation)
        default: break
        }
    }
}

/// A small deterministic generator, so fuzz runs repeat exactly.
@Test func hostileRangeHeadingIsBounded() {
    let line = "Antwoord " + (0..<5000).map { String($0 * 200 + 1) }.joined(separator: "-")
    let h = HeadingParser.parse(line)
    #expect(h?.kind == .answer)
    #expect((h?.numbers.count ?? 0) <= 1200)
}

@Test func tenThousandQuestionsLinkOneToOne() throws {
    var text = "AH 999\n\n"
    for q in 1...10_000 {
        text += "Vraag \(q)\nWaarom ‘bericht’ \(q)) nu?\n\nAntwoord op vraag \(q)\nDaarom.[footnoteRef:\(q)] [\(q): Bron \(q)]\n\n"
    }
    for q in 1...10_000 { text += "\(q)) NOS, bericht \(q) (https://nos.nl/artikel/\(q))\n" }
    let doc = try DocumentLoader.parse(bytes: Array(text.utf8), source: "groot")
    #expect(doc.questions.count == 10_000)
    #expect(doc.answers.count == 10_000)
    #expect(doc.footnotes.count == 20_000)
    #expect(doc.questions[9_998].paragraphs[0].noteRefs == [NoteID(.endnote, "9999")])
    #expect(doc.questions.enumerated().allSatisfy { $0.element.answer == $0.offset })
    #expect(doc.diagnostics.isEmpty)
}

/// A file name is as untrusted as the file: whoever prints `description` must not be
/// able to retitle or reprogram the terminal through it.
@Test func errorDescriptionNeutralisesControlCharactersInThePath() {
    let path = "/tmp/evil\u{1B}]0;x\u{07}\n.txt"
    let e = loadError { () throws(LoadError) in try DocumentLoader.parse(bytes: [], source: path) }
    let text = e?.description ?? ""
    #expect(SafeText.isSafeLine(text))
    #expect(text == "/tmp/evil\u{241B}]0;x\u{2407}\u{240A}.txt: empty file")
    #expect(e?.path == path) // the raw path stays available to callers
}
