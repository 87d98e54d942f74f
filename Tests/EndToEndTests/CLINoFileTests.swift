import Foundation
import Testing

/// Issue 9 items 9 and 10: as `less`, no FILE and a standard input that is not a terminal
/// means read standard input (keys then come from /dev/tty); with a terminal there, the
/// bundled sample, which travels inside the binary.
@Suite("no FILE: standard input, or the bundled sample")
struct CLINoFileTests {
    /// Printed after the program ends; the pane then stays alive a while, because tmux
    /// blanks a dead pane's screen.
    static let reportExit = "; echo EXIT=$?; sleep 30"

    static let piped = "Vraag 1\nHoeveel documenten komen er door een pijp?\n\nAntwoord 1\nAlle, zoals bij less.\n"

    @Test func noFileReadsAPipedDocument() throws {
        let fast = try Binary.run([], stdin: Array(Self.piped.utf8))
        let parsed = try Binary.run(["browse"], stdin: Array(Self.piped.utf8))
        CLIQuickStartTests.expectSame(fast, parsed)
        #expect(fast.status == 0, "\(fast.stderr)")
        #expect(fast.stdout.contains("Hoeveel documenten komen er door een pijp?"))
        #expect(!fast.stdout.contains("Wat is uw reactie op het bericht"))
        let dash = try Binary.run(["-"], stdin: Array(Self.piped.utf8))
        #expect(fast.stdout == dash.stdout)
    }

    /// Nothing piped in is an empty document, as `kamervragen -` says (not the sample).
    @Test func noFileWithAnEmptyPipeIsAnEmptyDocument() throws {
        CLI.expectOneLineError(try Binary.run([]), code: 65, naming: "-")
    }

    /// `cat doc.txt | kamervragen` on a terminal: the piped document on screen, keys from
    /// the terminal, `q` ends it with status 0.
    @Test func aPipedDocumentIsBrowsedWithKeysFromTheTerminal() throws {
        let file = try CLI.scratchFile("pijp.txt", text: Self.piped + "\nVraag 2\nEn de tweede?\n\nAntwoord 2\nOok.\n")
        let command = "cat \(TmuxSession.shellQuote(file)) | " + TmuxSession.command([]) + Self.reportExit
        let tmux = try TmuxSession(command)
        defer { tmux.close() }
        _ = try tmux.waitFor(text: "Hoeveel documenten komen er door een pijp?")
        try tmux.send("]")
        _ = try tmux.waitFor(text: "Vraag 2/2")
        try tmux.send("q")
        _ = try tmux.waitFor(text: "EXIT=0")
    }

    /// A copy of the binary, started with no FILE from another directory with a terminal
    /// on standard input, opens the sample from inside itself: its text, into a file, is the
    /// seed's. The binary holds no path into the checkout to read it from.
    @Test func aCopiedBinaryOpensTheSampleFromInsideItself() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("kv-copy-\(UUID().uuidString)")
        let elsewhere = home.appendingPathComponent("elders")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let copy = home.appendingPathComponent("kamervragen").path
        // Copied by `cp`, not by this process: a file this process holds open for writing
        // is inherited by every child another test forks meanwhile, and exec of a file
        // open for writing fails with "Text file busy".
        let cp = Process()
        cp.executableURL = URL(fileURLWithPath: "/bin/cp")
        cp.arguments = [Binary.path, copy]
        try cp.run()
        cp.waitUntilExit()
        #expect(cp.terminationStatus == 0)
        let binary = try Data(contentsOf: URL(fileURLWithPath: copy))
        #expect(binary.range(of: Data((Binary.packageRoot.path + "/seeds").utf8)) == nil)

        let output = elsewhere.appendingPathComponent("sample.txt").path
        let tmux = try TmuxSession("cd \(TmuxSession.shellQuote(elsewhere.path)) && env COLUMNS=80 "
            + "\(TmuxSession.shellQuote(copy)) > sample.txt" + Self.reportExit)
        defer { tmux.close() }
        _ = try tmux.waitFor(text: "EXIT=0", timeout: 30)
        let shown = try String(contentsOfFile: output, encoding: .utf8)
        let seed = try Binary.run([CLI.seed], environment: ["COLUMNS": "80"])
        #expect(seed.status == 0)
        #expect(shown == seed.stdout)
        #expect(shown.contains("Wat is uw reactie op het bericht"))
    }

    /// With a terminal on standard input and no FILE, the browser opens the sample.
    @Test func noFileOnATerminalOpensTheSample() throws {
        let tmux = try TmuxSession(TmuxSession.command([]) + Self.reportExit)
        defer { tmux.close() }
        _ = try tmux.waitFor(text: "Wat is uw reactie op het bericht")
        try tmux.send("q")
        _ = try tmux.waitFor(text: "EXIT=0")
    }
}
