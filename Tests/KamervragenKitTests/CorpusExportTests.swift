import Foundation
import Testing
@testable import KamervragenKit

/// The `export` of every corpus document (texts, PDFs, Word files) compared byte for byte
/// with a committed golden in `Fixtures/corpus-export/<fixture name>.json`.
///
/// `CorpusTests` checks structure and note counts only, so answer text moved into a note
/// passed it unseen; a golden shows every changed word. `KAMERVRAGEN_RECORD=1` rewrites the
/// goldens in the SOURCE tree, to be reviewed with `git diff` like any other change.
///
/// Nothing in the export depends on the machine: it has no source path, no date of today
/// and no timings, and diagnostics are written in English whatever the locale. The PDFs
/// go through the real pdftotext, so a poppler that lays text out differently shows here
/// too; that is wanted (it changes what users see), and re-recording is the answer.
enum CorpusExport {
    struct CorpusFile: Sendable, CustomTestStringConvertible {
        enum Form: Sendable { case text, pdf, word }
        /// The path inside `Fixtures`.
        var path: String
        var form: Form

        /// The file name, which names the golden too (unique across the three folders).
        var name: String { String(path.split(separator: "/").last!) }
        var testDescription: String { name }
    }

    static let fixtures: [CorpusFile] =
        Corpus.expectations().map { CorpusFile(path: $0.fixturePath, form: .text) }
        + PDFFixtures.names.map { CorpusFile(path: "pdf/\($0).pdf", form: .pdf) }
        + DocxFixtures.names.map { CorpusFile(path: "docx/\($0).docx", form: .word) }

    /// The export as the `export` command writes it: the same loader (with the real
    /// pdftotext, as `PDFFixtures` runs it) and the same streaming writer.
    static func export(_ fixture: CorpusFile) throws -> [UInt8] {
        let bytes = try Fixture.bytes(fixture.path)
        let doc = switch fixture.form {
        case .text, .word: try DocumentLoader.parse(bytes: bytes, source: fixture.name)
        case .pdf: try PDFReader.document(bytes: bytes, source: fixture.name, settings: PDFFixtures.realSettings)
        }
        var out: [UInt8] = []
        DocumentExport.write(doc) { chunk in chunk.withUnsafeBufferPointer { out.append(contentsOf: $0) } }
        return out
    }

    static let goldenFolder = "corpus-export"

    /// Where `KAMERVRAGEN_RECORD=1` writes: the source tree, not the test bundle.
    static var sourceFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/\(goldenFolder)")
    }

    /// The first line where `actual` and `expected` part, both sides cut to a readable
    /// length, or nil when they are the same bytes.
    static func firstDifference(_ actual: [UInt8], _ expected: [UInt8]) -> String? {
        guard actual != expected else { return nil }
        let a = actual.split(separator: 0x0A, omittingEmptySubsequences: false)
        let e = expected.split(separator: 0x0A, omittingEmptySubsequences: false)
        let i = (0..<min(a.count, e.count)).first { a[$0] != e[$0] } ?? min(a.count, e.count)
        func shown(_ lines: [ArraySlice<UInt8>]) -> String {
            guard i < lines.count else { return "(end of file)" }
            let line = String(decoding: lines[i], as: UTF8.self)
            return line.count > 200 ? String(line.prefix(200)) + "…" : line
        }
        return "line \(i + 1)\n  golden: \(shown(e))\n  export: \(shown(a))"
    }
}

@Test(arguments: CorpusExport.fixtures)
func corpusExportMatchesGolden(_ fixture: CorpusExport.CorpusFile) throws {
    let actual = try CorpusExport.export(fixture)
    let golden = "\(fixture.name).json"
    if ProcessInfo.processInfo.environment["KAMERVRAGEN_RECORD"] == "1" {
        let dir = CorpusExport.sourceFolder
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try Data(actual).write(to: dir.appendingPathComponent(golden))
        return
    }
    let expected = try Fixture.bytes("\(CorpusExport.goldenFolder)/\(golden)")
    if let difference = CorpusExport.firstDifference(actual, expected) {
        Issue.record("export of \(fixture.name) differs from \(CorpusExport.goldenFolder)/\(golden) at \(difference)\nre-record with KAMERVRAGEN_RECORD=1 and review the diff")
    }
}

/// Every golden belongs to a fixture, so a renamed or removed fixture leaves none behind.
@Test func corpusExportHasNoStrayGoldens() throws {
    let folder = try Fixture.url(CorpusExport.goldenFolder)
    let goldens = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
    #expect(Set(goldens) == Set(CorpusExport.fixtures.map { "\($0.name).json" }))
    #expect(CorpusExport.fixtures.count == 60)
}
