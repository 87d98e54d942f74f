import Foundation
import Testing
@testable import KamervragenKit

/// A review aid, not an assertion: with KV_DUMP=/path/to/file set, writes that file's tree
/// dump to $KV_DUMP_OUT (default /tmp/kamervragen-dump.txt). Without it, does nothing.
@Test func dumpForReview() throws {
    let env = ProcessInfo.processInfo.environment
    guard let path = env["KV_DUMP"] else { return }
    let doc = try DocumentLoader.load(path: path)
    try doc.treeDump.write(toFile: env["KV_DUMP_OUT"] ?? "/tmp/kamervragen-dump.txt", atomically: true, encoding: .utf8)
}
