import Foundation
import Testing

/// `c` copies (issue 11): by OSC 52 where tmux takes it (`set-clipboard on`: tmux puts
/// the text in its buffer, which the test reads back, and the bytes are captured too),
/// else by a clipboard program found on PATH (a fake `xclip` that writes its standard
/// input to a file), with a status message saying which way it went or why it could not.
@Suite(.serialized)
struct TmuxClipboardTests {
    static let url = "https://example.org/pagina?a=1&b=2"
    static let document = "Vraag 1\nZie \(url) voor meer.\n\nAntwoord op vraag 1\nJa, dat klopt.\n"
    /// What `c` copies on question 1: the question and its answer as `show` prints them.
    static let copied = "Vraag 1\n  Zie \(url) voor meer.\n\nAntwoord op vraag 1\n  Ja, dat klopt.\n"

    struct Setup {
        let directory: String
        var document: String { directory + "/vragen.txt" }
        var received: String { directory + "/received" }
        var bin: String { directory + "/bin" }
        var output: String { directory + "/output" }

        /// A folder with the document and, in bin/, a fake `xclip` running `body`.
        init(xclip body: String? = "cat > \"$(dirname \"$0\")/../received\"", document: String = TmuxClipboardTests.document) throws {
            directory = NSTemporaryDirectory() + "kv-clip-\(UInt64.random(in: 0...UInt64.max))"
            try FileManager.default.createDirectory(atPath: directory + "/bin", withIntermediateDirectories: true)
            try document.write(toFile: directory + "/vragen.txt", atomically: true, encoding: .utf8)
            if let body {
                let script = directory + "/bin/xclip"
                try "#!/bin/sh\n\(body)\n".write(toFile: script, atomically: true, encoding: .utf8)
                chmod(script, 0o755)
            }
        }

        func remove() { try? FileManager.default.removeItem(atPath: directory) }

        func waitForFile(_ path: String, _ condition: (String) -> Bool = { !$0.isEmpty }) throws -> String {
            let deadline = Date().addingTimeInterval(10)
            var text = ""
            while Date() < deadline {
                text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
                if condition(text) { return text }
                usleep(50_000)
            }
            throw TmuxSession.Failure(description: "timed out waiting for \(path); it held \(text.debugDescription)")
        }
    }

    /// The reader in English, on the setup's document, with `path` as PATH (tmux itself
    /// found through /usr/bin), and tmux's set-clipboard set as asked.
    func start(_ setup: Setup, path: String, setClipboard: String, environment: [String: String] = [:]) throws -> TmuxSession {
        let env = ["PATH": path, "DISPLAY": ":99", "LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""].merging(environment) { _, new in new }
        let tmux = try TmuxSession(TmuxSession.command([setup.document], environment: env), columns: 100, rows: 12)
        try tmux.tmuxCommand(["set-option", "-s", "set-clipboard", setClipboard])
        try tmux.waitFor(text: "Vraag 1/1")
        return tmux
    }

    @Test func withSetClipboardOnTheTextGoesByOSC52IntoTmuxsBuffer() throws {
        let setup = try Setup()
        defer { setup.remove() }
        let tmux = try start(setup, path: setup.bin + ":/usr/bin:/bin", setClipboard: "on")
        defer { tmux.close() }
        try tmux.recordOutput(to: setup.output)
        try tmux.send("c")
        try tmux.waitFor(text: "question 1 with its answer copied to the clipboard (OSC 52)")
        #expect(try tmux.tmuxCommand(["show-buffer"]) == Self.copied)
        // The bytes: OSC 52 with the text in base64, and the program was not used.
        let written = try setup.waitForFile(setup.output) { $0.contains("\u{1B}]52;c;") }
        let base64 = Data(Self.copied.utf8).base64EncodedString()
        #expect(written.contains("\u{1B}]52;c;\(base64)\u{1B}\\"))
        #expect(!FileManager.default.fileExists(atPath: setup.received))

        // A selected URL is copied alone.
        try tmux.send("Tab")
        try tmux.send("c")
        try tmux.waitFor(text: "the URL copied to the clipboard (OSC 52)")
        #expect(try tmux.tmuxCommand(["show-buffer"]) == Self.url)
    }

    @Test func otherwiseAClipboardProgramGetsTheTextOnItsInput() throws {
        let setup = try Setup()
        defer { setup.remove() }
        let tmux = try start(setup, path: setup.bin + ":/usr/bin:/bin", setClipboard: "off")
        defer { tmux.close() }
        try tmux.recordOutput(to: setup.output)
        try tmux.send("c")
        try tmux.waitFor(text: "question 1 with its answer copied to the clipboard with xclip")
        #expect(try setup.waitForFile(setup.received) == Self.copied)
        #expect(!((try? String(contentsOfFile: setup.output, encoding: .utf8)) ?? "").contains("\u{1B}]52;"))
    }

    @Test func theMessageIsInDutchForADutchReader() throws {
        let setup = try Setup()
        defer { setup.remove() }
        let tmux = try start(setup, path: setup.bin + ":/usr/bin:/bin", setClipboard: "off", environment: ["LANG": "nl_NL.UTF-8"])
        defer { tmux.close() }
        try tmux.send("Tab")
        try tmux.send("c")
        try tmux.waitFor(text: "de URL naar het klembord gekopieerd met xclip")
        #expect(try setup.waitForFile(setup.received) == Self.url)
    }

    @Test func noWayToCopyIsAMessage() throws {
        let setup = try Setup(xclip: nil)
        defer { setup.remove() }
        // No clipboard program and no tmux on PATH, so OSC 52 is not known to work.
        let tmux = try start(setup, path: setup.bin, setClipboard: "on")
        defer { tmux.close() }
        try tmux.send("c")
        try tmux.waitFor(text: "cannot copy: no wl-copy, xclip, xsel or pbcopy")
        try tmux.send("j")
        #expect(try !tmux.paneIsDead)
    }

    @Test func aFailingProgramIsNamedWithItsStatus() throws {
        let setup = try Setup(xclip: "cat > /dev/null; exit 3")
        defer { setup.remove() }
        let tmux = try start(setup, path: setup.bin + ":/usr/bin:/bin", setClipboard: "off")
        defer { tmux.close() }
        try tmux.send("c")
        try tmux.waitFor(text: "cannot copy: xclip failed (exit status 3)")
    }

    @Test func aProgramThatNeverReadsDoesNotHoldTheReader() throws {
        let setup = try Setup(xclip: "exec sleep 30")
        defer { setup.remove() }
        let tmux = try start(setup, path: setup.bin + ":/usr/bin:/bin", setClipboard: "off")
        defer { tmux.close() }
        let started = Date()
        try tmux.send("c")
        try tmux.waitFor(text: "copied to the clipboard with xclip", timeout: 5)
        #expect(Date().timeIntervalSince(started) < 4)
        try tmux.send("q")
        try tmux.waitFor("the reader to end", timeout: 5) { _ in (try? tmux.paneIsDead) == true }
    }

    @Test func osc52CanBeForcedOutsideTmuxsSayInTheMatter() throws {
        let setup = try Setup()
        defer { setup.remove() }
        let tmux = try start(setup, path: setup.bin + ":/usr/bin:/bin", setClipboard: "off",
                             environment: ["KAMERVRAGEN_CLIPBOARD": "osc52"])
        defer { tmux.close() }
        try tmux.recordOutput(to: setup.output)
        try tmux.send("Tab")
        try tmux.send("c")
        try tmux.waitFor(text: "the URL copied to the clipboard (OSC 52)")
        let written = try setup.waitForFile(setup.output) { $0.contains("\u{1B}]52;c;") }
        #expect(written.contains("\u{1B}]52;c;\(Data(Self.url.utf8).base64EncodedString())\u{1B}\\"))
        #expect(!FileManager.default.fileExists(atPath: setup.received))
    }

    /// A question citing 10,000 notes: with them, what `c` copies is about 500 KB (670 KB
    /// as OSC 52), far over the OSC 52 cap (100,000 bytes of sequence) and under tmux's
    /// own 1 MiB, so tmux would have taken it and the cap is what is tested.
    static let tenThousandNotes: String = {
        var text = "Vraag 1\nTekst"
        for i in 1...10_000 { text += "[footnoteRef:\(i)]" }
        text += " "
        for i in 1...10_000 { text += "[\(i): noot \(i) https://x.example/\(i)]" }
        return text + "\n\nAntwoord op vraag 1\nAntw.\n"
    }()

    @Test func aCopyTooLongForOSC52GoesToTheClipboardProgram() throws {
        let setup = try Setup(document: Self.tenThousandNotes)
        defer { setup.remove() }
        let tmux = try start(setup, path: setup.bin + ":/usr/bin:/bin", setClipboard: "on")
        defer { tmux.close() }
        try tmux.recordOutput(to: setup.output)
        try tmux.send("c")
        try tmux.waitFor(text: "question 1 with its answer copied to the clipboard with xclip", timeout: 20)
        // The whole text, and nothing of it in a failure's message: it is 500 KB.
        let deadline = Date().addingTimeInterval(10)
        var received = ""
        while Date() < deadline, !received.hasSuffix("noot 10000 https://x.example/10000\n") {
            usleep(50_000)
            received = (try? String(contentsOfFile: setup.received, encoding: .utf8)) ?? ""
        }
        #expect(received.hasPrefix("Vraag 1\n"), "received \(received.utf8.count) bytes")
        #expect(received.hasSuffix("noot 10000 https://x.example/10000\n"), "received \(received.utf8.count) bytes")
        #expect(received.utf8.count > 300_000)
        // Nothing went to the terminal's clipboard, whole or cut.
        #expect(!((try? String(contentsOfFile: setup.output, encoding: .utf8)) ?? "").contains("\u{1B}]52;"))
        #expect((try? tmux.tmuxCommand(["show-buffer"])) == nil)
    }

    @Test func aCopyTooLongForOSC52WithNoProgramSaysSo() throws {
        let setup = try Setup(xclip: nil, document: Self.tenThousandNotes)
        defer { setup.remove() }
        // tmux is found (on /usr/bin) and takes OSC 52, but no clipboard program is there.
        let tmux = try start(setup, path: setup.bin + ":/usr/bin:/bin", setClipboard: "on",
                             environment: ["DISPLAY": "", "WAYLAND_DISPLAY": ""])
        defer { tmux.close() }
        try tmux.recordOutput(to: setup.output)
        try tmux.send("c")
        try tmux.waitFor(text: "is too long for the terminal's clipboard", timeout: 20)
        #expect(!((try? String(contentsOfFile: setup.output, encoding: .utf8)) ?? "").contains("\u{1B}]52;"))
        #expect((try? tmux.tmuxCommand(["show-buffer"])) == nil)
    }

    @Test func theTooLongMessageIsInDutchForADutchReader() throws {
        let setup = try Setup(xclip: nil, document: Self.tenThousandNotes)
        defer { setup.remove() }
        let tmux = try start(setup, path: setup.bin + ":/usr/bin:/bin", setClipboard: "on",
                             environment: ["DISPLAY": "", "WAYLAND_DISPLAY": "", "LANG": "nl_NL.UTF-8"])
        defer { tmux.close() }
        try tmux.send("c")
        try tmux.waitFor(text: "is te lang voor het klembord van de terminal", timeout: 20)
    }
}
