import Foundation
import Testing

/// The terminal is the user's: whatever way the browser ends, the shell gets back its
/// screen and its `stty` settings. These run the real binary from an interactive bash in
/// a tmux pane, as a user would.
@Suite(.serialized)
struct TmuxLifecycleTests {
    /// Runs `body` with a shell in a pane that has written `stty -a` to a file and put a
    /// marker line on its screen; returns the path of a second `stty -a` taken afterwards.
    private func withShell(_ body: (TmuxSession, _ directory: String) throws -> Void) throws {
        let directory = NSTemporaryDirectory() + "kv-lifecycle-\(UInt64.random(in: 0...UInt64.max))"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let tmux = try TmuxSession(TmuxSession.shellCommand)
        defer { tmux.close() }
        try tmux.waitFor(text: "PROMPT$")
        // What is typed never equals what is printed ($((…)) is expanded), so waiting for
        // the output cannot be fooled by the echo of the command line.
        try tmux.type("stty -a > \(directory)/before; echo MARKER-$((40+2))")
        try tmux.send("Enter")
        try tmux.waitFor(text: "MARKER-42\nPROMPT$")
        try body(tmux, directory)
    }

    /// Starts the binary on the seed from the shell and waits for its first screen.
    private func startBrowser(in tmux: TmuxSession, stderrTo file: String? = nil) throws {
        let redirect = file.map { " 2>\(TmuxSession.shellQuote($0))" } ?? ""
        try tmux.type("\(TmuxSession.shellQuote(Binary.path)) \(TmuxSession.shellQuote(Seed.path))\(redirect)")
        try tmux.send("Enter")
        try tmux.waitFor("the first question on screen") {
            $0.contains("Wat is uw reactie op het bericht") && !$0.contains("MARKER-42")
        }
    }

    /// After the browser is gone: the shell's screen is back (the marker line and the
    /// command that started the browser, none of the document) and stty says the same.
    /// Returns the browser's exit status as the shell saw it.
    @discardableResult
    private func expectShellRestored(_ tmux: TmuxSession, _ directory: String) throws -> Int {
        let screen = try tmux.waitFor("the shell's screen back", timeout: 20) { $0.contains("MARKER-42") }
        #expect(!screen.contains("Wat is uw reactie op het bericht"))
        try tmux.type("echo status:$?:")
        try tmux.send("Enter")
        let statusScreen = try tmux.waitFor("the exit status", timeout: 20) {
            $0.range(of: #"status:[0-9]+:"#, options: .regularExpression) != nil
        }
        let match = statusScreen.range(of: #"status:[0-9]+:"#, options: .regularExpression)!
        let status = Int(statusScreen[match].dropFirst("status:".count).dropLast()) ?? -1
        try tmux.type("stty -a > \(directory)/after; echo STTY-$(cmp -s \(directory)/before \(directory)/after && echo SAME || echo DIFF)")
        try tmux.send("Enter")
        let final = try tmux.waitFor("the stty comparison") { $0.contains("STTY-SAME") || $0.contains("STTY-DIFF") }
        #expect(final.contains("STTY-SAME"))
        let before = try String(contentsOfFile: "\(directory)/before", encoding: .utf8)
        let after = try String(contentsOfFile: "\(directory)/after", encoding: .utf8)
        #expect(before == after)
        return status
    }

    private func browserPID(_ tmux: TmuxSession) throws -> Int32 {
        let shell = try tmux.panePID
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline {
            if let pid = descendant(of: shell, named: "kamervragen") { return pid }
            usleep(20_000)
        }
        throw TmuxSession.Failure(description: "no browser process under the shell \(shell)")
    }

    @Test func quitLeavesTheShellScreenAndSttyAsTheyWere() throws {
        try withShell { tmux, directory in
            try startBrowser(in: tmux)
            try tmux.send("q")
            #expect(try expectShellRestored(tmux, directory) == 0)
        }
    }

    /// A document that fails to parse is found out only after curses has been set up (the
    /// two run side by side): the terminal is given back before the error is printed, the
    /// error line stays on the shell's screen, and the exit status is EX_DATAERR.
    @Test func aDocumentThatFailsToParseGivesTheTerminalBackFirst() throws {
        try withShell { tmux, directory in
            let path = "\(directory)/no-questions.txt"
            try "Dit is geen Kamervragen-document.\nAlleen wat tekst.\n".write(toFile: path, atomically: true, encoding: .utf8)
            try tmux.type("\(TmuxSession.shellQuote(Binary.path)) \(TmuxSession.shellQuote(path))")
            try tmux.send("Enter")
            let screen = try tmux.waitFor("the error on the shell's screen", timeout: 20) {
                $0.contains("answers or notice found")
            }
            #expect(screen.contains("MARKER-42"))
            #expect(try expectShellRestored(tmux, directory) == 65)
        }
    }

    @Test func sigtermRestoresTheTerminal() throws {
        try withShell { tmux, directory in
            try startBrowser(in: tmux)
            let pid = try browserPID(tmux)
            #expect(kill(pid, SIGTERM) == 0)
            #expect(try expectShellRestored(tmux, directory) == 128 + Int(SIGTERM))
        }
    }

    @Test func sighupRestoresTheTerminal() throws {
        try withShell { tmux, directory in
            try startBrowser(in: tmux)
            let pid = try browserPID(tmux)
            #expect(kill(pid, SIGHUP) == 0)
            #expect(try expectShellRestored(tmux, directory) == 128 + Int(SIGHUP))
        }
    }

    @Test func ctrlCRestoresTheTerminal() throws {
        try withShell { tmux, directory in
            try startBrowser(in: tmux)
            try tmux.send("C-c")
            #expect(try expectShellRestored(tmux, directory) == 128 + Int(SIGINT))
        }
    }

    /// A crash (SIGSEGV from a bad pointer, SIGILL from a Swift trap, SIGABRT) still gives
    /// the terminal back, Swift's crash report is complete, and the process dies of the
    /// signal it got.
    @Test(arguments: [SIGSEGV, SIGILL, SIGABRT])
    func crashSignalRestoresTheTerminal(signal: Int32) throws {
        try withShell { tmux, directory in
            try startBrowser(in: tmux, stderrTo: "\(directory)/stderr")
            let pid = try browserPID(tmux)
            #expect(kill(pid, signal) == 0)
            #expect(try expectShellRestored(tmux, directory) == 128 + Int(signal))
            let report = try String(contentsOfFile: "\(directory)/stderr", encoding: .utf8)
            #expect(report.contains("Program crashed"))
            // The report ran to its end: the reporter was not cut off mid-way (which would
            // also leave its helper process hanging on a dead socket).
            #expect(report.contains("Backtrace took"))
        }
    }

    @Test func ctrlZThenFgRedrawsTheWholeScreen() throws {
        try withShell { tmux, directory in
            try startBrowser(in: tmux)
            try tmux.send("C-z")
            try tmux.waitFor(text: "Stopped")
            try tmux.type("echo WHILE-SUSPENDED; fg")
            try tmux.send("Enter")
            let screen = try tmux.waitFor("the browser redrawn after fg") {
                $0.contains("Wat is uw reactie op het bericht") && !$0.contains("WHILE-SUSPENDED")
            }
            #expect(!screen.contains("PROMPT$"))
            #expect(!screen.contains("Stopped"))
            // Still alive and taking keys after the round trip.
            try tmux.send("q")
            try expectShellRestored(tmux, directory)
        }
    }

    /// The mouse is the terminal's unless asked for; `--mouse` takes it, and every way out
    /// (here `q` and SIGHUP) hands it back along with the normal screen.
    @Test func mouseOnlyWithTheFlagAndGivenBackOnExit() throws {
        try withShell { tmux, directory in
            try startBrowser(in: tmux)
            #expect(try tmux.display("#{alternate_on}") == "1")
            #expect(try tmux.display("#{mouse_any_flag}") == "0")
            try tmux.send("q")
            try expectShellRestored(tmux, directory)

            try tmux.type("\(TmuxSession.shellQuote(Binary.path)) --mouse \(TmuxSession.shellQuote(Seed.path))")
            try tmux.send("Enter")
            try tmux.waitFor(text: "Vraag 1/9")
            #expect(try tmux.display("#{mouse_any_flag}") == "1")
            try tmux.send("q")
            try tmux.waitFor("the shell back") { _ in (try? tmux.display("#{alternate_on}")) == "0" }
            #expect(try tmux.display("#{mouse_any_flag}") == "0")

            try tmux.type("\(TmuxSession.shellQuote(Binary.path)) --mouse \(TmuxSession.shellQuote(Seed.path))")
            try tmux.send("Enter")
            try tmux.waitFor(text: "Vraag 1/9")
            #expect(kill(try browserPID(tmux), SIGHUP) == 0)
            try tmux.waitFor("the shell back after SIGHUP") { _ in (try? tmux.display("#{alternate_on}")) == "0" }
            #expect(try tmux.display("#{mouse_any_flag}") == "0")
        }
    }

    /// TERM=dumb (Emacs' shell) cannot run a full-screen program: the document is printed
    /// as text, as into a pipe, and the terminal is left as it was.
    @Test func aDumbTerminalGetsPlainText() throws {
        try withShell { tmux, directory in
            try tmux.type("TERM=dumb \(TmuxSession.shellQuote(Binary.path)) \(TmuxSession.shellQuote(Seed.path)); echo status:$?:")
            try tmux.send("Enter")
            let screen = try tmux.waitFor(text: "Ministerie\nstatus:0:")
            #expect(screen.contains("[1] Aanwijzing mensenhandel (2022A002)"))
            #expect(try tmux.display("#{alternate_on}") == "0")
            try tmux.type("stty -a > \(directory)/after; echo STTY-$(cmp -s \(directory)/before \(directory)/after && echo SAME || echo DIFF)")
            try tmux.send("Enter")
            let final = try tmux.waitFor("the stty comparison") { $0.contains("STTY-SAME") || $0.contains("STTY-DIFF") }
            #expect(final.contains("STTY-SAME"))
        }
    }

    /// No TERM at all is taken as `less` takes it, for a dumb terminal: the document as
    /// text, status 0, the terminal untouched.
    @Test func noTermGetsPlainText() throws {
        try withShell { tmux, directory in
            try tmux.type("env -u TERM \(TmuxSession.shellQuote(Binary.path)) \(TmuxSession.shellQuote(Seed.path)); echo status:$?:")
            try tmux.send("Enter")
            let screen = try tmux.waitFor(text: "Ministerie\nstatus:0:")
            #expect(screen.contains("[1] Aanwijzing mensenhandel (2022A002)"))
            #expect(!screen.contains("kamervragen:"))
            #expect(try tmux.display("#{alternate_on}") == "0")
        }
    }

    @Test func anUnknownTermIsAOneLineError() throws {
        let tmux = try TmuxSession(TmuxSession.shellCommand)
        defer { tmux.close() }
        try tmux.waitFor(text: "PROMPT$")
        try tmux.type("TERM=no-such-terminal \(TmuxSession.shellQuote(Binary.path)) \(TmuxSession.shellQuote(Seed.path)); echo status:$?")
        try tmux.send("Enter")
        let screen = try tmux.waitFor("the exit status") { $0.contains("status:6") || $0.contains("status:0") }
        #expect(screen.contains("kamervragen: unknown terminal type 'no-such-terminal'"))
        #expect(screen.contains("status:69"))
    }
}
