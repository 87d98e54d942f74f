import Foundation
import Testing
@testable import BrowserCore

/// docs/keys.md is generated from the key table; this keeps the two identical.
@Test func keysDocMatchesTheKeyTable() throws {
    let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let path = root.appendingPathComponent("docs/keys.md")
    if ProcessInfo.processInfo.environment["KAMERVRAGEN_RECORD"] == "1" {
        try FileManager.default.createDirectory(at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
        try KeyTable.markdown.write(to: path, atomically: true, encoding: .utf8)
    }
    let doc = try String(contentsOf: path, encoding: .utf8)
    #expect(doc == KeyTable.markdown, "docs/keys.md is out of date: re-record with KAMERVRAGEN_RECORD=1")
}
