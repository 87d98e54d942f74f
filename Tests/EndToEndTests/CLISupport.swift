import Foundation
import Testing

/// Shared pieces of the command-line tests: the seed's path, scratch files, and the
/// checks every failing run must pass (one line on stderr, a sysexits code, no signal).
enum CLI {
    static var seed: String { Binary.packageRoot.appendingPathComponent("seeds/000_f87e6a70ce0f162b.txt").path }

    /// A fresh file in a per-test temporary directory holding `bytes`.
    static func scratchFile(_ name: String, _ bytes: [UInt8]) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kamervragen-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    static func scratchFile(_ name: String, text: String) throws -> String {
        try scratchFile(name, Array(text.utf8))
    }

    static func json(_ result: Binary.Result) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        return try #require(object as? [String: Any])
    }

    /// The run ended on its own, by exit rather than by a signal or the runner's kill.
    static func expectNoCrash(_ r: Binary.Result, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!r.timedOut, "timed out (a hang)", sourceLocation: sourceLocation)
        #expect(!r.signalled, "ended by signal \(r.status) (a crash)", sourceLocation: sourceLocation)
    }

    /// A failure as the contract says: the given exit code and exactly one line on stderr
    /// that starts with the program name and names the file, nothing on stdout.
    static func expectOneLineError(_ r: Binary.Result, code: Int32, naming file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        expectNoCrash(r, sourceLocation: sourceLocation)
        #expect(r.status == code, "exit \(r.status), stderr: \(r.stderr)", sourceLocation: sourceLocation)
        let lines = r.stderr.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 2 && lines[1].isEmpty, "stderr is not one line: \(r.stderr.prefix(500))", sourceLocation: sourceLocation)
        #expect(r.stderr.hasPrefix("kamervragen: "), sourceLocation: sourceLocation)
        #expect(r.stderr.contains(file), "stderr does not name \(file): \(r.stderr)", sourceLocation: sourceLocation)
        #expect(r.stdout.isEmpty, "stdout: \(r.stdout.prefix(200))", sourceLocation: sourceLocation)
    }
}
