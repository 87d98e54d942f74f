import Foundation
import Testing
@testable import KamervragenKit

/// One list of exit statuses (`ExitStatus`): the user guide's table names exactly these,
/// and every error type answers with one of them.
@Suite("exit statuses")
struct ExitStatusTests {
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    @Test func theUserGuidesTableIsTheCodesList() throws {
        let guide = try String(contentsOf: Self.packageRoot.appendingPathComponent("docs/user-guide.md"), encoding: .utf8)
        let section = try #require(guide.components(separatedBy: "## Exit codes").dropFirst().first)
        let rows = section.components(separatedBy: "\n").filter { $0.hasPrefix("| ") }.dropFirst()
        let codes = rows.compactMap { Int32($0.split(separator: "|")[0].trimmingCharacters(in: .whitespaces)) }
        #expect(codes == ExitStatus.allCases.map(\.rawValue))
    }

    @Test func loadErrorsAnswerWithTheirStatus() {
        #expect(LoadError(.cannotOpen, path: "a", "x").status == .noInput)
        #expect(LoadError(.badData, path: "a", "x").status == .dataError)
        #expect(LoadError(.unavailable, path: "a", "x").status == .unavailable)
        #expect(LoadError(.helperFailed, path: "a", "x").status == .software)
        #expect(LoadError(.badData, path: "a", "x").exitCode == 65)
    }
}
