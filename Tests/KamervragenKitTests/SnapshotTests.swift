import Testing
@testable import KamervragenKit

/// The seed's tree dump, reviewed by hand and kept in Fixtures/seed.treedump.txt. When the
/// parser changes on purpose, regenerate the file and review the diff.
@Test func seedTreeDumpSnapshot() throws {
    let doc = try DocumentLoader.parse(bytes: Fixture.bytes("seed.txt"), source: "seed.txt")
    let expected = try Fixture.text("seed.treedump.txt")
    #expect(doc.treeDump == expected)
}
