import Foundation
import Testing
@testable import KamervragenLibrary
import KamervragenKit

/// References to other answers, in the forms the documents print them (the corpus's
/// own spellings, run-together PDF text included).
@Suite struct ReferenceScannerTests {
    func ids(_ text: String) -> [String] { ReferenceScanner.references(in: text).map(\.id) }

    func cited(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return ReferenceScanner.references(in: text).map { String(decoding: bytes[$0.range], as: UTF8.self) }
    }

    @Test func theIdItself() {
        #expect(ids("zie ah-tk-20232024-730.") == ["ah-tk-20232024-730"])
        #expect(ids("AH-TK-20232024-0730 en ah-ek-20222023-12") == ["ah-tk-20232024-730", "ah-ek-20222023-12"])
        #expect(ids("blah-tk-20232024-730").isEmpty)
        #expect(ids("ah-tk-2023202-730").isEmpty)
        #expect(ids("ah-tk-20232024-730x").isEmpty)
    }

    @Test func citationsInWords() {
        #expect(ids("Zie ook Aanhangsel Handelingen, vergaderjaar 2023–2024, nr. 730.") == ["ah-tk-20232024-730"])
        #expect(cited("Zie ook Aanhangsel Handelingen, vergaderjaar 2023–2024, nr. 730.") == ["Aanhangsel Handelingen, vergaderjaar 2023–2024, nr. 730"])
        #expect(ids("7Aanhangsel van de Handelingen II, vergaderjaar 2023–2024, nr. 302.") == ["ah-tk-20232024-302"])
        #expect(ids("Zie ook AanhangselHandelingen, vergaderjaar 2024–2025, nr. 244.") == ["ah-tk-20242025-244"])
        #expect(ids("Zie ookAanhangsel Handelingen, vergaderjaar2023–2024, nr. 2146.") == ["ah-tk-20232024-2146"])
        #expect(ids("Aanhangsel Handelingen, vergaderjaar 2023–2024,nr. 2116") == ["ah-tk-20232024-2116"])
        #expect(ids("Aanhangsel Handelingen II 2023/24, nr. 1234") == ["ah-tk-20232024-1234"])
        #expect(ids("Aanhangsel Handelingen I, vergaderjaar 2023-2024, nr. 12") == ["ah-ek-20232024-12"])
        #expect(ids("Aanhangsel Handelingen Eerste Kamer 2023-2024 nr 12") == ["ah-ek-20232024-12"])
    }

    @Test func severalNumbers() {
        #expect(ids("Zie ook Aanhangsels Handelingen,vergaderjaar 2023–2024, nr. 1767 en 1775") == ["ah-tk-20232024-1767", "ah-tk-20232024-1775"])
        #expect(cited("Aanhangsel Handelingen, vergaderjaar 2023–2024, nrs. 12, 13 en 14.").suffix(2) == ["13", "14"])
        #expect(ids("Aanhangsel Handelingen, vergaderjaar 2023–2024, nrs. 12, 13 en 14.").count == 3)
        // After "nr." a comma ends the citation: "2 vragen" is not a number of it.
        #expect(ids("Aanhangsel Handelingen, vergaderjaar 2023–2024, nr. 730, 2 vragen") == ["ah-tk-20232024-730"])
    }

    @Test func notReferences() {
        #expect(ids("Vergaderjaar 2023–2024 Aanhangsel van de Handelingen Vragen gesteld door de leden").isEmpty)
        #expect(ids("Aanhangsel Handelingen, vergaderjaar 2023–2025, nr. 1").isEmpty)
        #expect(ids("Aanhangsel Handelingen, vergaderjaar 2023–2024").isEmpty)
        #expect(ids("Kamerstuk 36 410, nr. 5").isEmpty)
        #expect(ids("deaanhangsel Handelingen, vergaderjaar 2023–2024, nr. 3").isEmpty)
        #expect(ids("").isEmpty)
    }

    @Test func aRealCitationBetweenTwoFixtureDocuments() throws {
        let s = try Scratch()
        try s.addFixtures(["ah-tk-20232024-784.txt", "ah-tk-20232024-302.txt"])
        let library = try s.open()
        let text = try String(decoding: Data(contentsOf: Scratch.fixtures.appendingPathComponent("ah-tk-20232024-784.txt")), as: UTF8.self)
        #expect(ids(text).contains("ah-tk-20232024-302"))
        let found = try library.store.document(publicationID: "ah-tk-20232024-302")
        let target = try #require(found)
        #expect(target.fileName == "ah-tk-20232024-302.txt")
        #expect(try library.store.document(publicationID: "ah-tk-20232024-999") == nil)
    }
}
