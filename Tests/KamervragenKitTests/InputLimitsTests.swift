import Foundation
import Testing
@testable import KamervragenKit

/// The size limit on every input (docs/reliability.md, "Input limits").
@Suite("input limits")
struct InputLimitsTests {
    @Test(arguments: [
        ("1", 1), ("4096", 4096), ("1K", 1024), ("64k", 65536), ("64KiB", 65536), ("64kb", 65536),
        ("512M", 512 << 20), ("600MB", 600 << 20), ("2G", 2 << 30), ("1t", 1 << 40), ("7B", 7),
    ])
    func sizesAreReadAsWritten(_ text: String, _ bytes: Int) {
        #expect(InputLimits.size(text) == bytes)
    }

    @Test(arguments: ["", "0", "0M", "-1", "1.5G", "M", "12Q", "1 M", "99999999999999999999", "9999999999999T", "١٢"])
    func anythingElseIsNotASize(_ text: String) {
        #expect(InputLimits.size(text) == nil)
    }

    @Test func sizesAreDescribedInBinaryUnits() {
        #expect(InputLimits.describe(InputLimits.defaultMaxSize) == "512 MiB")
        #expect(InputLimits.describe(1536 << 20) == "1.5 GiB")
        #expect(InputLimits.describe(1024) == "1 KiB")
        #expect(InputLimits.describe(4095) == "3.9 KiB")
        #expect(InputLimits.describe(100) == "100 bytes")
        #expect(InputLimits.describe(1) == "1 byte")
    }

    @Test func aFilePastTheLimitIsRefusedAndOneWithinIsRead() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("limits-\(UUID().uuidString).txt").path
        try Data(repeating: 0x61, count: 5000).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try FileBytes.read(path: path, maxSize: 5000).count == 5000)
        #expect(throws: LoadError(.badData, path: path, "larger than 4.8 KiB, the most read of one document (--max-size raises it)")) {
            try FileBytes.read(path: path, maxSize: 4999)
        }
    }

    /// A file past the limit whose start is binary is called binary, the more useful
    /// message; the early check sees only the first 64 KiB.
    @Test func aBinaryFilePastTheLimitIsCalledBinary() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("limits-\(UUID().uuidString).bin").path
        try Data(repeating: 0, count: 200_000).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        nonisolated(unsafe) var seen = 0
        #expect(throws: LoadError(.badData, path: path, "binary file, not a text document")) {
            try FileBytes.read(path: path, maxSize: 100_000) { prefix in
                seen = prefix.count
                return DocumentLoader.refusesEarly(prefix)
            }
        }
        #expect(seen == FileBytes.earlySample)
    }

    @Test func theEarlyCheckLetsAClaimedFormatThrough() {
        var pdf = Array("%PDF-1.7\n".utf8)
        pdf += [UInt8](repeating: 0, count: FileBytes.earlySample - pdf.count)
        #expect(DocumentLoader.refusesEarly(pdf) == nil)
        #expect(DocumentLoader.refusesEarly([UInt8](repeating: 0, count: FileBytes.earlySample)) != nil)
        #expect(DocumentLoader.refusesEarly(Array(String(repeating: "Vraag 1\n", count: 8192).utf8)) == nil)
    }
}
