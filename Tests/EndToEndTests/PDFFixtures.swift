import Foundation

/// The corpus PDFs the parser's tests keep, opened here through the real binary. They are
/// referenced in place (via the package root) rather than copied a second time.
enum PDFFixture {
    static var directory: URL {
        Binary.packageRoot.appendingPathComponent("Tests/KamervragenKitTests/Fixtures/pdf")
    }

    /// A short answer document with three notes, two of them cited by question 1.
    static var sinterklaas: String { directory.appendingPathComponent("ah-tk-20232024-1076.pdf").path }

    /// Every fixture PDF with its hand-written expectations (the `.pdf.json` beside it).
    static func all() throws -> [(pdf: String, expected: [String: Any])] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".pdf") }.sorted()
        return try names.map { name in
            let json = try Data(contentsOf: directory.appendingPathComponent(name + ".json"))
            let object = try JSONSerialization.jsonObject(with: json) as? [String: Any] ?? [:]
            return (directory.appendingPathComponent(name).path, object)
        }
    }
}
