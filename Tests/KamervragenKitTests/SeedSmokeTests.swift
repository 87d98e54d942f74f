import Testing
@testable import KamervragenKit

@Test func seedHasNineQuestions() throws {
    let doc = DocumentParser.parse(try Fixture.text("seed.txt"), source: "seed.txt")
    #expect(doc.questions.map(\.number.description) == (1...9).map(String.init))
}
