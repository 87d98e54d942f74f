import Foundation
import Testing
@testable import BrowserCore
import KamervragenKit

/// docs/keys.md and docs/keys.nl.md are generated from the key table; this keeps them
/// identical to it. `KAMERVRAGEN_RECORD=1` rewrites them.
@Test(arguments: [(Language.english, "keys.md"), (Language.dutch, "keys.nl.md")])
func keysDocMatchesTheKeyTable(language: Language, file: String) throws {
    let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let path = root.appendingPathComponent("docs/\(file)")
    let generated = KeyTable.markdown(in: language)
    if ProcessInfo.processInfo.environment["KAMERVRAGEN_RECORD"] == "1" {
        try FileManager.default.createDirectory(at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
        try generated.write(to: path, atomically: true, encoding: .utf8)
    }
    let doc = try String(contentsOf: path, encoding: .utf8)
    #expect(doc == generated, "docs/\(file) is out of date: re-record with KAMERVRAGEN_RECORD=1")
}
