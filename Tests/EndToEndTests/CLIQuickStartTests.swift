import Foundation
import Testing

/// `kamervragen [FILE] [--mouse]` bypasses the argument parser for start-up speed; every
/// such command line must do exactly what the same line through the parser does (spelled
/// with the explicit `browse` subcommand, which always goes through the parser), and
/// every other line must still reach the parser.
@Suite("the fast path for a plain file behaves as the parsed command")
struct CLIQuickStartTests {
    static func expectSame(_ fast: Binary.Result, _ parsed: Binary.Result, sourceLocation: SourceLocation = #_sourceLocation) {
        CLI.expectNoCrash(fast, sourceLocation: sourceLocation)
        #expect(fast.status == parsed.status, sourceLocation: sourceLocation)
        #expect(fast.stdout == parsed.stdout, sourceLocation: sourceLocation)
        #expect(fast.stderr == parsed.stderr, sourceLocation: sourceLocation)
    }

    @Test(arguments: [[], ["--mouse"]])
    func aFileIntoAPipe(_ extra: [String]) throws {
        let fast = try Binary.run([CLI.seed] + extra, environment: ["COLUMNS": "72"])
        let parsed = try Binary.run(["browse", CLI.seed] + extra, environment: ["COLUMNS": "72"])
        Self.expectSame(fast, parsed)
        #expect(fast.status == 0)
        #expect(fast.stdout.contains("Wat is uw reactie op het bericht"))
    }

    @Test func mouseBeforeTheFile() throws {
        Self.expectSame(try Binary.run(["--mouse", CLI.seed]), try Binary.run(["browse", CLI.seed]))
    }

    @Test func standardInput() throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: CLI.seed)))
        let fast = try Binary.run(["-"], stdin: bytes)
        Self.expectSame(fast, try Binary.run(["browse", "-"], stdin: bytes))
        #expect(fast.stdout.contains("Wat is uw reactie op het bericht"))
    }

    /// No FILE, standard input a pipe: read as `-` (CLINoFileTests has the rest).
    @Test func noFileReadsStandardInput() throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: CLI.seed)))
        let fast = try Binary.run([], stdin: bytes)
        Self.expectSame(fast, try Binary.run(["browse"], stdin: bytes))
        #expect(fast.stdout.contains("Wat is uw reactie op het bericht"))
    }

    @Test func aMissingFileFailsTheSameWay() throws {
        let path = "/nonexistent/kamervragen/\(UUID().uuidString).txt"
        let fast = try Binary.run([path])
        Self.expectSame(fast, try Binary.run(["browse", path]))
        CLI.expectOneLineError(fast, code: 66, naming: path)
    }

    /// Lines the fast path must leave to the parser: its errors (usage, 64) and help.
    @Test func otherLinesStillReachTheParser() throws {
        // Two files are a library (issue 10): the parsed command opens it, and into a pipe
        // prints its list, one line for the one document named twice.
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("kv-quick-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let twoFiles = try Binary.run([CLI.seed, CLI.seed], environment: ["XDG_CACHE_HOME": cache])
        #expect(twoFiles.status == 0, "\(twoFiles.stderr)")
        #expect(twoFiles.stdout.split(separator: "\n").count == 1, "\(twoFiles.stdout)")
        let unknown = try Binary.run(["--nonsense", CLI.seed])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("--nonsense"))
        let help = try Binary.run(["help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("outline"))
        let twice = try Binary.run(["--mouse", "--mouse", CLI.seed])
        let parsedTwice = try Binary.run(["browse", "--mouse", "--mouse", CLI.seed])
        #expect(twice.status == parsedTwice.status)
        #expect(twice.stderr == parsedTwice.stderr)
    }
}
