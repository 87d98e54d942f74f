import Foundation
import Testing
@testable import KamervragenKit

/// Writes the dump of the file named in $KV_DUMP to stdout-like file; a no-op otherwise.
@Test func dumpForReview() throws {
    guard let path = ProcessInfo.processInfo.environment["KV_DUMP"] else { return }
    let doc = try DocumentLoader.load(path: path)
    try doc.treeDump.write(toFile: "/tmp/pw/dump.txt", atomically: true, encoding: .utf8)
}
