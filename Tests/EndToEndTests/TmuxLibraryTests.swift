import Foundation
import Testing

/// The library view on the real binary in a tmux pane (issue 10): a folder of the bundled
/// documents (seeds/library, copied to a scratch folder, the index in a scratch cache)
/// opened, filtered, searched, a hit opened, on to the next document's hit, back, quit.
struct TmuxLibraryTests {
    final class Scratch {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kamervragen-libview-\(UUID().uuidString)")
        var library: String { root.appendingPathComponent("library").path }
        var cache: String { root.appendingPathComponent("cache").path }

        init() throws {
            try FileManager.default.createDirectory(atPath: library, withIntermediateDirectories: true)
            let bundled = Binary.packageRoot.appendingPathComponent("seeds/library")
            for name in try FileManager.default.contentsOfDirectory(atPath: bundled.path) {
                try FileManager.default.copyItem(at: bundled.appendingPathComponent(name),
                                                 to: URL(fileURLWithPath: library).appendingPathComponent(name))
            }
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        /// Where the shell around the binary writes its exit status.
        var statusFile: String { root.appendingPathComponent("status").path }

        func open(_ arguments: [String]? = nil) throws -> TmuxSession {
            let command = TmuxSession.command(arguments ?? [library], environment: ["XDG_CACHE_HOME": cache, "LC_ALL": "C.UTF-8"])
            return try TmuxSession(command + "; echo $? > " + TmuxSession.shellQuote(statusFile))
        }

        /// The exit status, once the program has ended.
        var status: String? {
            (try? String(contentsOfFile: statusFile, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    private func lines(_ screen: String) -> [String] { screen.components(separatedBy: "\n") }

    private func statusLine(_ screen: String) -> String {
        lines(screen).last { !$0.isEmpty } ?? ""
    }

    @Test func filterSearchOpenAHitGoOnToTheNextDocumentBackAndQuit() throws {
        let s = try Scratch()
        let tmux = try s.open()
        defer { tmux.close() }
        let list = try tmux.waitFor(text: "Library · 10 documents")
        #expect(lines(list)[1].hasPrefix("Date ↓"))
        #expect(lines(list)[2].hasPrefix("2024-11-20"), "newest first")
        #expect(list.contains("Bouwmeester (P"))
        #expect(statusLine(list).hasSuffix("1/10"))

        // Filter as you type: the rows narrow with each letter.
        try tmux.send("f")
        try tmux.type("dijk")
        let filtered = try tmux.waitFor(text: "2 of 10")
        #expect(lines(filtered).filter { $0.contains("Dijk (SP)") }.count == 2)
        #expect(!filtered.contains("Bouwmeester"))
        try tmux.send("Enter")
        try tmux.send("Escape")
        try tmux.waitFor("every document again") { $0.contains("Bouwmeester") && !$0.contains("of 10") }

        // The full-text search, accents folded: creeren finds creëren.
        try tmux.send("/")
        try tmux.type("creeren")
        try tmux.send("Enter")
        let hits = try tmux.waitFor(text: "2 hits in 2 documents")
        #expect(lines(hits)[1].contains("nr. 1197"))
        #expect(lines(hits)[2].contains("creëren"))
        #expect(lines(hits)[3].contains("nr. 1031"))
        #expect(statusLine(hits).hasSuffix("1/2"))

        // Enter: the reader at the hit, the match highlighted.
        try tmux.send("Enter")
        let reader = try tmux.waitFor(text: "hit 1/2")
        #expect(lines(reader)[0].contains("Netflix"))
        #expect(lines(reader)[1] == "Vraag 5")
        #expect(reader.contains("speelveld creëren"))
        let styled = try tmux.capture(escapes: true)
        // A style set just before the word and reset just after it (colours or, without
        // them, reverse, bold and underline: the current match's look either way).
        #expect(styled.contains("mcreëren\u{1B}[0m"), "creëren drawn apart, as the current match")

        // n: the next hit, in the next document.
        try tmux.send("n")
        let next = try tmux.waitFor(text: "hit 2/2")
        #expect(lines(next)[0].contains("Werkgevers"))
        #expect(next.contains("creëren beter betaalde"))

        // Back: the hits, where we were; again: the list; q quits.
        try tmux.send("q")
        let back = try tmux.waitFor(text: "2 hits in 2 documents")
        #expect(statusLine(back).hasSuffix("2/2"), "the hit last read is current")
        try tmux.send("q")
        try tmux.waitFor(text: "Library · 10 documents")
        try tmux.send("q")
        try tmux.waitFor("the program to end") { _ in s.status?.isEmpty == false }
        #expect(s.status == "0")
    }

    /// More hits than the view reads with its page (200): those below it are read as they
    /// come on screen and when opened, with their labels and at their passages.
    @Test func hitsBeyondTheFirstPagesAreReadAsTheyComeOnScreen() throws {
        let s = try Scratch()
        let many = s.root.appendingPathComponent("many")
        try FileManager.default.createDirectory(at: many, withIntermediateDirectories: true)
        for k in 1...130 {
            let text = "Vraag 1\nHoeveel ruimtevaart is er in provincie \(k)?\n\nAntwoord op vraag 1\nVeel ruimtevaart, zo'n \(k) bedrijven.\n"
            try Data(text.utf8).write(to: many.appendingPathComponent("doc-\(k).txt"))
        }
        let tmux = try s.open([many.path])
        defer { tmux.close() }
        try tmux.waitFor(text: "Library · 130 documents", timeout: 30)
        try tmux.send("/")
        try tmux.type("ruimtevaart")
        try tmux.send("Enter")
        try tmux.waitFor(text: "260 hits in 130 documents")
        try tmux.send("G")
        let end = try tmux.waitFor(text: "260/260")
        let hitLines = lines(end).filter { $0.hasPrefix("  ") }
        #expect(hitLines.count > 10)
        #expect(hitLines.allSatisfy { $0.contains("Vraag 1") || $0.contains("Antwoord op vraag 1") }, "\(hitLines)")
        #expect(hitLines.allSatisfy { $0.contains("ruimtevaart") }, "each with its snippet")
        try tmux.send("Enter")
        let reader = try tmux.waitFor(text: "hit 260/260")
        let status = statusLine(reader)
        #expect(status.contains("· Vraag 1 ·") || status.contains("· Antwoord op vraag 1 ·"), "\(status)")
        #expect(reader.contains("ruimtevaart"))
        try tmux.send("q")
        try tmux.waitFor(text: "260 hits in 130 documents")
        try tmux.send("q")
        try tmux.waitFor(text: "Library · 130 documents")
        try tmux.send("q")
        try tmux.waitFor("the program to end") { _ in s.status?.isEmpty == false }
        #expect(s.status == "0")
    }

    /// A document citing one answer of the library and one outside it: Tab names the
    /// first, Enter opens it, ← comes back; the second is said to be absent.
    @Test func aReferenceToAnotherAnswerOpensItAndBackReturns() throws {
        let s = try Scratch()
        let citing = "Vraag 1\nKent u het eerdere antwoord?\n\nAntwoord op vraag 1\n"
            + "Ja, zie Aanhangsel Handelingen, vergaderjaar 2023–2024, nr. 302. Zie ook ah-tk-20232024-9999.\n"
        try Data(citing.utf8).write(to: URL(fileURLWithPath: s.library).appendingPathComponent("verwijzing.txt"))
        let tmux = try s.open()
        defer { tmux.close() }
        try tmux.waitFor(text: "Library · 11 documents")
        try tmux.send("f")
        try tmux.type("verwijzing")
        try tmux.waitFor(text: "1 of 11")
        try tmux.send("Enter", "Enter")
        try tmux.waitFor(text: "Kent u het eerdere antwoord?")
        var found = false
        for _ in 0..<8 where !found {
            try tmux.send("Tab")
            found = (try? tmux.waitFor("a link named", timeout: 1) { self.statusLine($0).hasPrefix("→ ah-tk-20232024-302") }) != nil
        }
        #expect(found, "Tab reaches the citation of nr. 302")
        try tmux.send("Enter")
        let cited = try tmux.waitFor(text: "← goes back to verwijzing.txt")
        #expect(lines(cited)[0].contains("Het geheim van de spreekkamer"), "the cited answer, nr. 302")
        try tmux.send("Left")
        try tmux.waitFor("the citing document again") { $0.contains("Kent u het eerdere antwoord?") }
        try tmux.send("Tab")
        try tmux.waitFor("the absent one named") { self.statusLine($0).hasPrefix("ah-tk-20232024-9999 is not in this library") }
        try tmux.send("q")
        try tmux.waitFor(text: "1 of 11")
    }

    @Test func oneFileStillOpensTheReaderAndTwoOpenTheLibrary() throws {
        let s = try Scratch()
        let one = try s.open([s.library + "/ah-tk-20232024-302.txt"])
        defer { one.close() }
        try one.waitFor(text: "9 questions, 9 answered")
        let two = try s.open([s.library + "/ah-tk-20232024-302.txt", s.library + "/ah-tk-20232024-784.txt"])
        defer { two.close() }
        let list = try two.waitFor(text: "Library · 2 documents")
        #expect(list.contains("Dijk (SP)"))
    }
}
