import Foundation
import Testing
@testable import KamervragenKit

/// A regular file is read straight into an array of its size; the bytes must be exactly
/// the file's, whatever its size relative to the old 64 KiB chunks.
@Suite struct FileBytesTests {
    @Test(arguments: [0, 1, 511, 512, 65_535, 65_536, 65_537, 300_001])
    func readsExactlyTheFile(size: Int) throws {
        let path = NSTemporaryDirectory() + "kv-filebytes-\(size)-\(UInt64.random(in: 0...UInt64.max)).txt"
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<size).map { _ in UInt8.random(in: 0...255, using: &generator) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try FileBytes.read(path: path) == bytes)
    }

    @Test func aDirectoryIsReportedAsOne() {
        #expect(throws: LoadError.self) { try FileBytes.read(path: NSTemporaryDirectory()) }
        do {
            _ = try FileBytes.read(path: NSTemporaryDirectory())
        } catch {
            #expect(error.message == "is a directory")
        }
    }
}
