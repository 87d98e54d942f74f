import Foundation
import Testing

/// Opening at a question or with a search done, from the command line as with less and
/// man (issue 11): `+4 FILE`, `FILE 4`, `FILE +/EMPACT`, on the real binary.
struct TmuxStartCommandTests {
    func statusLine(_ screen: String) -> String {
        screen.components(separatedBy: "\n").last { !$0.isEmpty } ?? ""
    }

    @Test(arguments: [["+4", Seed.path], [Seed.path, "4"], [Seed.path, "+4"]])
    func opensAtTheQuestion(_ arguments: [String]) throws {
        let tmux = try TmuxSession(TmuxSession.command(arguments))
        defer { tmux.close() }
        let screen = try tmux.waitFor(text: "Vraag 4/9")
        #expect(screen.components(separatedBy: "\n")[0].contains("Vraag 4") || screen.contains("\nVraag 4\n"))
        try tmux.send("q")
        try tmux.waitFor("the program to end") { _ in (try? tmux.paneIsDead) == true }
    }

    @Test func opensWithTheSearchDone() throws {
        let tmux = try TmuxSession(TmuxSession.command([Seed.path, "+/EMPACT"]))
        defer { tmux.close() }
        let screen = try tmux.waitFor("the match count") { self.statusLine($0).contains("1/1") }
        #expect(screen.contains("EMPACT"))
        let styled = try tmux.capture(escapes: true)
        #expect(styled.range(of: "\u{1B}\\[[0-9;]*mEMPACT", options: .regularExpression) != nil)
    }

    /// Into a pipe the whole document is printed, as `man` does; the start changes nothing.
    @Test func aPipeStillGetsTheWholeDocument() throws {
        let plain = try Binary.run([Seed.path], environment: ["COLUMNS": "80"])
        let started = try Binary.run(["+4", Seed.path], environment: ["COLUMNS": "80"])
        #expect(started.status == 0)
        #expect(started.stdout == plain.stdout)
    }
}
