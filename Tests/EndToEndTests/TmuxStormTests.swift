import Foundation
import Testing

/// Storms of the real binary (issue 9): 20,000 keys with resizes from 1×1 to 300×100 on
/// each of three documents, one of them a question citing 10,000 notes. Afterwards the
/// reader still answers a key, `q` exits 0, and `stty -a` is what it was before.
@Suite(.serialized)
struct TmuxStormTests {
    static let keys = 20_000
    /// Keys per `send-keys`: one tmux call each, with a resize between batches.
    static let batch = 200

    /// tmux key names for every key the reader lists, except those that end or stop it
    /// (`q`, Ctrl-C, Ctrl-Z, Ctrl-\) or stop the terminal's output (Ctrl-S).
    static let keyNames: [String] = {
        var names = ["j", "k", "e", "y", "Space", "b", "w", "z", "d", "u", "g", "G", "<", ">", "]", "[",
                     "a", "Tab", "BTab", "Enter", "Left", "Right", "BSpace", "Up", "Down", "PPage", "NPage",
                     "Home", "End", "f", "o", "t", "/", "?", "n", "N", "Escape", "h", "F1", "=",
                     "C-g", "C-l", "C-e", "C-y", "C-f", "C-b", "C-d", "C-u", "C-n", "C-p",
                     "x", "v", "r", "s", "é", "中", "F5", "C-k"]
        names += (0...9).map(String.init)
        // The moving keys and links most often, as a reader presses them.
        names += ["j", "k", "Space", "Tab", "Tab", "Enter", "f", "G", "g", "/", "Escape", "BSpace"]
        return names
    }()

    /// SplitMix64: the same keys and sizes on every run.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func int(_ range: ClosedRange<Int>) -> Int {
            range.lowerBound + Int(next() % UInt64(range.upperBound - range.lowerBound + 1))
        }
    }

    enum Document: String, CaseIterable {
        case sample, tenThousandNotes, wideAndHostile
    }

    func write(_ document: Document, in directory: String) throws -> String {
        let path = directory + "/\(document.rawValue).txt"
        switch document {
        case .sample:
            return Seed.path
        case .tenThousandNotes:
            var text = "Vraag 1\nTekst"
            for i in 1...10_000 { text += "[footnoteRef:\(i)]" }
            text += " "
            for i in 1...10_000 { text += "[\(i): noot \(i) https://x.example/\(i)]" }
            text += "\n\nAntwoord 1\nAntw.\n"
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        case .wideAndHostile:
            var text = ""
            for q in 1...12 {
                let url = "https://example.org/" + String(repeating: "pad-\(q)/", count: 60)
                text += "Vraag \(q)\n中文 日本語 😀 👍🏽 e\u{301} \u{1B}[2J \u{7} \u{202E}omgekeerd\u{202C} \(url)[footnoteRef:\(q)]\n\n"
                text += "Antwoord op vraag \(q)\n" + String(repeating: "한국어 tekst creëren ", count: 40) + "\n\n"
            }
            text += (1...12).map { "[\($0): bron \($0) https://voorbeeld.nl/\($0)/\(String(repeating: "x", count: 400))]" }.joined(separator: " ") + "\n"
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
        return path
    }

    @Test(arguments: Document.allCases)
    func twentyThousandKeysWithResizes(document: Document) throws {
        let directory = NSTemporaryDirectory() + "kv-storm-\(UInt64.random(in: 0...UInt64.max))"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = try write(document, in: directory)
        let q = TmuxSession.shellQuote
        // A shell records stty before and after, and the exit status, around the reader.
        let script = "stty -a > \(q(directory))/before; \(q(Binary.path)) \(q(path)); echo $? > \(q(directory))/status.tmp; "
            + "mv \(q(directory))/status.tmp \(q(directory))/status; stty -a > \(q(directory))/after"
        let command = "env TERM=xterm-256color SWIFT_BACKTRACE=interactive=no LANG=C.UTF-8 BROWSER=true sh -c \(q(script))"
        let tmux = try TmuxSession(command)
        defer { tmux.close() }
        try tmux.waitFor("the first screen", timeout: 30) { $0.contains("%") }

        let statusFile = directory + "/status"
        var random = Random(state: 9 + UInt64(Document.allCases.firstIndex(of: document)!))
        var sent = 0
        var resizes = 0
        while sent < Self.keys {
            // Mostly ordinary sizes; now and then the extremes.
            let size: (Int, Int)
            switch random.int(0...9) {
            case 0: size = (random.int(1...3), random.int(1...3))
            case 1: size = (300, 100)
            default: size = (random.int(1...300), random.int(1...100))
            }
            try tmux.resize(columns: size.0, rows: size.1)
            resizes += 1
            let count = min(Self.batch, Self.keys - sent)
            try tmux.send((0..<count).map { _ in Self.keyNames[random.int(0...(Self.keyNames.count - 1))] })
            sent += count
            // A reader that ended (a trap, or a key taken for quit) fails at once, with
            // its status, rather than after the wait for '=' below.
            if let status = try? String(contentsOfFile: statusFile, encoding: .utf8) {
                Issue.record("the reader ended with status \(status.trimmingCharacters(in: .whitespacesAndNewlines)) after \(sent) keys and \(resizes) resizes: \((try? tmux.capture()) ?? "")")
                return
            }
        }
        // Back to the size the shell started with, so stty reports the same rows and columns.
        try tmux.resize(columns: 80, rows: 24)
        // Out of the prompt, the contents, the help or a typed number, whichever is open,
        // then a key that answers on the status line.
        for _ in 0..<3 {
            try tmux.send("Escape")
            usleep(100_000)
        }
        // A word typed into the search prompt shows once every key before it is handled
        // ('=' is among the storm's keys, so its answer alone could be an old one).
        try tmux.send("/")
        try tmux.send("k", "v", "e", "i", "n", "d", "e")
        try tmux.waitFor("the reader to take every key after \(sent) keys and \(resizes) resizes", timeout: 300) {
            $0.contains("kveinde")
        }
        try tmux.send("Escape")
        try tmux.send("=")
        try tmux.waitFor("the reader to answer '='", timeout: 60) {
            $0.contains("questions,") && $0.contains("answered")
        }
        try tmux.send("q")
        let deadline = Date().addingTimeInterval(60)
        while !FileManager.default.fileExists(atPath: statusFile), Date() < deadline { usleep(50_000) }
        let status = try String(contentsOfFile: statusFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(status == "0")
        var after = ""
        while Date() < deadline {
            after = (try? String(contentsOfFile: directory + "/after", encoding: .utf8)) ?? ""
            if !after.isEmpty { break }
            usleep(50_000)
        }
        let before = try String(contentsOfFile: directory + "/before", encoding: .utf8)
        #expect(!before.isEmpty && before == after)
    }
}
