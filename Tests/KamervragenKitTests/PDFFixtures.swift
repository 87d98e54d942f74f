import Foundation
@testable import KamervragenKit
import TestSupport

/// The corpus PDFs copied into the test bundle, with the structure written down for each
/// by reading it (`<name>.pdf.json`).
enum PDFFixtures {
    static let names = [
        "ah-tk-20232024-1076", "ah-tk-20232024-1292", "ah-tk-20232024-1481", "ah-tk-20232024-1771",
        "ah-tk-20232024-1893", "ah-tk-20232024-1949", "ah-tk-20232024-1980", "ah-tk-20232024-2129",
        "ah-tk-20232024-2168", "ah-tk-20232024-2210",
    ]

    struct Expected: Decodable {
        var questions: [String]
        var answers: [[String]]
        var footnotes: Int
    }

    static func bytes(_ name: String) throws -> [UInt8] { try Fixture.bytes("pdf/\(name).pdf") }
    static func path(_ name: String) throws -> String { try Fixture.url("pdf/\(name).pdf").path }

    static func expected(_ name: String) throws -> Expected {
        try JSONDecoder().decode(Expected.self, from: Data(Fixture.bytes("pdf/\(name).pdf.json")))
    }

    /// Runs the real pdftotext found on PATH (the environment overrides are ignored so
    /// tests that set fakes cannot leak into these), once per PDF for the whole run.
    static func converted(_ name: String) throws -> TypesetText {
        guard let result = conversions[name] else { throw FixtureError.missing(name) }
        return try result.get()
    }

    private static let conversions: [String: Result<TypesetText, LoadError>] = {
        var all: [String: Result<TypesetText, LoadError>] = [:]
        for name in names {
            guard let pdf = try? bytes(name) else { continue }
            do throws(LoadError) {
                all[name] = .success(try PDFReader.convert(bytes: pdf, source: name, settings: realSettings))
            } catch {
                all[name] = .failure(error)
            }
        }
        return all
    }()

    static var realSettings: Pdftotext.Settings {
        var settings = Pdftotext.Settings()
        settings.path = ProcessInfo.processInfo.environment["PATH"] ?? settings.path
        return settings
    }

    /// The converted text split into its paragraph lines, note bodies cut off.
    static func bodyLines(_ converted: TypesetText) -> [String] {
        converted.paragraphTexts
    }
}

extension TypesetText {
    /// The reader's output written the POI way (markers `[footnoteRef:N]`, bodies
    /// ` [N: …]`), so the tests can say where each marker and body went.
    var text: String { SourceText(source: "", lines: lines, notes: sourceNotes).poiText }

    /// The running-text paragraphs, markers written the POI way.
    var paragraphTexts: [String] { paragraphs.map(\.poiText) }
}
