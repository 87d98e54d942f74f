import Foundation
import Testing
@testable import KamervragenKit

/// The hand-written expectation of one corpus document (see Fixtures/corpus/expected).
struct Expectation: Decodable, Sendable, CustomTestStringConvertible {
    var file: String
    var kind: String
    var questions: [String]
    var answers: [[String]]
    var unanswered: [String]
    var footnotes: Int

    var testDescription: String { file }

    /// `pdf-text/x.txt` or `../seeds/x.txt` → the fixture path.
    var fixturePath: String {
        file.hasPrefix("../seeds/") ? "corpus/seeds/" + file.dropFirst("../seeds/".count) : "corpus/" + file
    }
}

/// Documents where our reading differs from the expected file, with the reason. Each
/// entry replaces one field of the expectation; see Fixtures/corpus/overrides.json.
struct Override: Decodable, Sendable {
    var file: String
    var footnotes: Int?
    var reason: String
}

enum Corpus {
    static func expectations() -> [Expectation] {
        guard let dir = Bundle.module.url(forResource: "Fixtures/corpus/expected", withExtension: nil),
              let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { return [] }
        return names.filter { $0.hasSuffix(".json") }.sorted().compactMap { name in
            guard let data = try? Data(contentsOf: dir.appendingPathComponent(name)) else { return nil }
            return try? JSONDecoder().decode(Expectation.self, from: data)
        }
    }

    static func overrides() -> [String: Override] {
        guard let data = try? Fixture.bytes("corpus/overrides.json"),
              let list = try? JSONDecoder().decode([Override].self, from: Data(data)) else { return [:] }
        return Dictionary(list.map { ($0.file, $0) }, uniquingKeysWith: { a, _ in a })
    }

    static func kind(of doc: Document) -> String {
        if doc.answers.isEmpty && !doc.notices.isEmpty { return doc.questions.isEmpty ? "mededeling" : "mixed" }
        return "answers"
    }
}

@Test func corpusHasEveryTextDocument() {
    #expect(Corpus.expectations().count == 45)
}

@Test(arguments: Corpus.expectations())
func corpusDocumentStructure(_ expected: Expectation) throws {
    let doc = try DocumentLoader.parse(bytes: Fixture.bytes(expected.fixturePath), source: expected.file)
    #expect(doc.questions.map(\.number.description) == expected.questions)
    #expect(doc.answers.map { $0.questions.map(\.description) } == expected.answers)
    #expect(doc.questions.filter { $0.answer == nil }.map(\.number.description) == expected.unanswered)
    #expect(Corpus.kind(of: doc) == expected.kind)
    let notes = Corpus.overrides()[expected.file]?.footnotes ?? expected.footnotes
    #expect(doc.footnotes.count == notes)
}
