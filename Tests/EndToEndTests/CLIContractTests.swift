import Foundation
import Testing

/// Issue 9 item 8: where the code and the documentation disagreed, each pair now agrees,
/// and these hold them together.
@Suite("code and docs agree")
struct CLIContractTests {
    /// Runs the binary through /bin/sh with its standard output redirected as `redirection`
    /// says (`>&-` closes it); stderr and the status as `Binary.run` gives them.
    static func run(_ arguments: [String], stdout redirection: String) throws -> Binary.Result {
        try Binary.run(arguments, shell: "exec \"$0\" \"$@\" \(redirection)")
    }

    /// docs/pdf.md: a PDF with no pages is 65, "the PDF has no pages". It was 70 with
    /// pdftotext's own words.
    @Test(arguments: [["outline"], ["export"], ["show", "#", "1"], []])
    func aPDFWithoutPagesIsBadData(_ command: [String]) throws {
        let pdf = PDFFixture.directory.appendingPathComponent("bad/zero-pages.pdf").path
        let r = try Binary.run(command.isEmpty ? [pdf] : CLIBadInputTests.args(command, pdf))
        CLI.expectOneLineError(r, code: 65, naming: pdf)
        #expect(r.stderr.hasSuffix(": the PDF has no pages\n"), "\(r.stderr)")
    }

    /// Browsing into a closed stdout was exit 0 and silence; `outline` and `export` were
    /// already 74. All three now say it and exit 74 (docs/user-guide.md, exit codes).
    @Test(arguments: [[], ["outline"], ["export"]])
    func aClosedStandardOutputIsAnIOError(_ command: [String]) throws {
        let r = try Self.run(command + [CLI.seed], stdout: ">&-")
        CLI.expectNoCrash(r)
        #expect(r.status == 74, "exit \(r.status): \(r.stderr)")
        #expect(r.stderr.hasPrefix("kamervragen: standard output: "), "\(r.stderr)")
        #expect(r.stderr.split(separator: "\n").count == 1)
    }

    @Test(arguments: [[], ["outline"], ["export"], ["show", "#", "1"]])
    func aFullDiskIsAnIOError(_ command: [String]) throws {
        let r = try Self.run(command.isEmpty ? [CLI.seed] : CLIBadInputTests.args(command, CLI.seed), stdout: ">/dev/full")
        CLI.expectNoCrash(r)
        #expect(r.status == 74, "exit \(r.status): \(r.stderr)")
        #expect(r.stderr == "kamervragen: standard output: No space left on device\n")
    }

    /// docs/input-grammar.md: C0 controls and DEL in a text document are read as spaces,
    /// so neither the export nor any printed text holds them; C1 controls are kept in the
    /// export (data for programs) and printed as �. The docs used to promise ␛ ␇ ␡ in the browser and
    /// the controls themselves in the export, which the reader never did.
    @Test func controlCharactersInATextDocumentAreSpacesEverywhere() throws {
        let text = "Vraag 1\nIs a\u{1B}b, c\u{07}d en e\u{7F}f veilig, en g\u{9B}h?\n\nAntwoord 1\nJa, dat is het; de tekens zijn spaties.\n"
        let path = try CLI.scratchFile("controls.txt", text: text)
        let export = try Binary.run(["export", path])
        #expect(export.status == 0)
        let questions = try #require(try CLI.json(export)["questions"] as? [[String: Any]])
        #expect(questions.first?["text"] as? String == "Is a b, c d en e f veilig, en g\u{9B}h?")
        for arguments in [["show", path, "1"], ["outline", path], [path]] {
            let r = try Binary.run(arguments)
            #expect(r.status == 0)
            #expect(r.stdout.contains("a b, c d en e f"), "\(arguments): \(r.stdout)")
            #expect(r.stdout.contains("g\u{FFFD}h"), "\(arguments): \(r.stdout)")
            #expect(!r.stdout.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F..<0xA0).contains($0.value) })
        }
    }
}
