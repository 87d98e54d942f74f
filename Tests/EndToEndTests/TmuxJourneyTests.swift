import Foundation
import Testing

/// The reader's journeys through the seed, on the real binary in an 80×24 tmux pane: the
/// same ones the BrowserCore snapshot tests take, now through curses, the key decoding and
/// a real terminal.
struct TmuxJourneyTests {
    /// Starts the browser on the seed and waits for its first screen.
    private func open(columns: Int = 80, rows: Int = 24) throws -> TmuxSession {
        let tmux = try TmuxSession(TmuxSession.command([Seed.path]), columns: columns, rows: rows)
        try tmux.waitFor(text: "Vraag 1/9")
        return tmux
    }

    /// Row 1, the first line of text under the title line.
    private func topLine(_ screen: String) -> String {
        let lines = screen.components(separatedBy: "\n")
        return lines.count > 1 ? lines[1] : ""
    }

    private func statusLine(_ screen: String) -> String {
        screen.components(separatedBy: "\n").last { !$0.isEmpty } ?? ""
    }

    @Test func firstScreenShowsQuestionOneAndWhereItIsAnswered() throws {
        let tmux = try open()
        defer { tmux.close() }
        let screen = try tmux.capture()
        let lines = screen.components(separatedBy: "\n")
        #expect(lines[0].contains("000_f87e6a70ce0f162b.txt"))
        #expect(lines[1] == "Vraag 1")
        #expect(lines[2].hasPrefix("Wat is uw reactie op het bericht ‘Meer meldingen"))
        #expect(screen.contains("→ Antwoord op vraag 1"))
        #expect(statusLine(screen).hasPrefix("Vraag 1/9"))
    }

    @Test func closingBracketGoesToTheNextQuestion() throws {
        let tmux = try open()
        defer { tmux.close() }
        try tmux.send("]")
        let screen = try tmux.waitFor(text: "Vraag 2/9")
        #expect(topLine(screen) == "Vraag 2")
        #expect(screen.contains("Wat doet u om de meldingsbereidheid"))
        try tmux.send("[")
        let back = try tmux.waitFor(text: "Vraag 1/9")
        #expect(topLine(back) == "Vraag 1")
    }

    @Test func aOnQuestionThreeJumpsToTheCombinedAnswerAndBack() throws {
        let tmux = try open()
        defer { tmux.close() }
        try tmux.send("3", "g")
        let question = try tmux.waitFor(text: "Vraag 3/9")
        #expect(topLine(question) == "Vraag 3")
        #expect(question.contains("→ Antwoord op vragen 3 en 4"))
        try tmux.send("a")
        // The combined answer is already on screen below question 4, so wait for it to be
        // at the top, not merely visible.
        let answer = try tmux.waitFor("the combined answer at the top") { self.topLine($0) == "Antwoord op vragen 3 en 4" }
        #expect(answer.contains("← answers Vraag 3 and Vraag 4"))
        #expect(answer.contains("Criminelen ronselen steeds vaker minderjarigen"))
        try tmux.send("a")
        let again = try tmux.waitFor("back on question 3") { self.topLine($0) == "Vraag 3" }
        #expect(statusLine(again).hasPrefix("Vraag 3/9"))
    }

    @Test func notesPaneShowsTheFootnoteOfQuestionSeven() throws {
        let tmux = try open()
        defer { tmux.close() }
        try tmux.send("7", "g")
        let before = try tmux.waitFor(text: "Vraag 7/9")
        #expect(!before.contains("Notes"))
        #expect(before.contains("worden onderzocht.[1]"))
        try tmux.send("f")
        let screen = try tmux.waitFor(text: "Notes")
        #expect(screen.contains("[1] Aanwijzing mensenhandel (2022A002) | Beleid en Straffen"))
        try tmux.send("Escape")
        try tmux.waitFor("the pane closed") { !$0.contains("Notes") }
    }

    @Test func searchForEmpactShowsTheMatchAndItsCount() throws {
        let tmux = try open()
        defer { tmux.close() }
        try tmux.send("/")
        try tmux.type("EMPACT")
        try tmux.waitFor("the query in the prompt") { self.statusLine($0).contains("/EMPACT") }
        try tmux.send("Enter")
        let screen = try tmux.waitFor("the match count") { self.statusLine($0).contains("1/1") }
        let body = screen.components(separatedBy: "\n").dropFirst().dropLast().joined(separator: "\n")
        #expect(body.contains("EMPACT"))
        // The match is styled apart: with styles shown, EMPACT has an SGR sequence in front.
        let styled = try tmux.capture(escapes: true)
        #expect(styled.range(of: "\u{1B}\\[[0-9;]*mEMPACT", options: .regularExpression) != nil)
    }

    @Test func tableOfContentsListsEveryQuestionAndItsAnswer() throws {
        let tmux = try open()
        defer { tmux.close() }
        try tmux.send("t")
        let screen = try tmux.waitFor(text: "Contents")
        for n in 1...9 { #expect(screen.contains("Vraag \(n) →")) }
        #expect(screen.contains("Vraag 3 → Antwoord op vragen 3 en 4"))
        #expect(screen.contains("Vraag 4 → Antwoord op vragen 3 en 4"))
        // Enter on the third entry jumps there.
        try tmux.send("Down", "Down", "Enter")
        let jumped = try tmux.waitFor(text: "Vraag 3/9")
        #expect(topLine(jumped) == "Vraag 3")
    }

    @Test func helpScreenOpensAndCloses() throws {
        let tmux = try open()
        defer { tmux.close() }
        try tmux.send("h")
        // One condition: a capture can catch curses mid-draw, the old status line still there.
        try tmux.waitFor("the help screen in place of the text") {
            $0.contains("Help") && $0.contains("next question") && !$0.contains("Vraag 1/9")
        }
        try tmux.send("q")
        try tmux.waitFor(text: "Vraag 1/9")
        #expect(try !tmux.paneIsDead)
    }

    /// Resizing re-wraps and keeps the same text at the top, down to a 1×1 terminal and
    /// back, without the process dying on the way.
    @Test func resizingKeepsTheSameTextAtTheTop() throws {
        let tmux = try open()
        defer { tmux.close() }
        for _ in 0..<8 { try tmux.send("j") }
        let start = try tmux.waitFor("scrolled into answer 1") { self.topLine($0).hasPrefix("mensenhandel is.") }
        let top = topLine(start)
        let opening = "mensenhandel is."

        // tmux crops the old screen at once and the browser repaints a moment later, so
        // each wait is for the browser's own frame at the new size: the top line and the
        // status line, re-wrapped to fit.
        try tmux.resize(columns: 40, rows: 12)
        try tmux.waitFor("the same text at the top of a 40×12 screen") { screen in
            let lines = screen.components(separatedBy: "\n")
            return self.topLine(screen).hasPrefix(opening) && lines.allSatisfy { $0.count <= 40 }
                && self.statusLine(screen).contains("1/9")
        }

        try tmux.resize(columns: 120, rows: 40)
        try tmux.waitFor("the same text at the top of a 120×40 screen") { screen in
            self.topLine(screen).contains(opening) && self.topLine(screen).count > 80
        }

        try tmux.resize(columns: 1, rows: 1)
        try tmux.waitFor("a 1×1 screen") { $0.components(separatedBy: "\n").allSatisfy { $0.count <= 1 } }
        #expect(try !tmux.paneIsDead)

        try tmux.resize(columns: 80, rows: 24)
        let back = try tmux.waitFor("80 columns again") { self.topLine($0) == top }
        #expect(statusLine(back).contains("Vraag 1/9"))
        #expect(try !tmux.paneIsDead)
    }

    @Test func monochromeWithNoColorStillStylesHeadingsApart() throws {
        let tmux = try TmuxSession(TmuxSession.command([Seed.path], environment: ["NO_COLOR": "1"]))
        defer { tmux.close() }
        try tmux.waitFor(text: "Vraag 1/9")
        let styled = try tmux.capture(escapes: true)
        // No colour at all: tmux writes 30–38, 40–48, 90–97 and 100–107 only for colours
        // (39 and 49 are "default colour", which it writes after every attribute reset).
        #expect(styled.range(of: "\u{1B}\\[([0-9;]*;)?(3[0-8]|4[0-8]|9[0-7]|10[0-7])(;[0-9;]*)?m", options: .regularExpression) == nil)
        // Attributes still mark the heading and the status line (bold/underline/reverse).
        #expect(styled.range(of: "\u{1B}\\[[0-9;]*[147]m", options: .regularExpression) != nil)
    }
}
