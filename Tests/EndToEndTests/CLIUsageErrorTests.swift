import Foundation
import Testing

/// A command line the parser refuses is one line like every other error (issue 11):
/// `kamervragen: …`, exit 64, nothing on standard output, and the way to `--help`, in the
/// user's language around the parser's own sentence.
struct CLIUsageErrorTests {
    static let refused: [[String]] = [
        ["--bogus"],
        ["--bogus", CLI.seed],
        ["outline", "--bogus", CLI.seed],
        ["outline"],
        ["show", CLI.seed],
        ["export", CLI.seed, CLI.seed],
        ["--max-size", "veel", CLI.seed],
    ]

    @Test(arguments: refused)
    func oneLineWithExit64(_ arguments: [String]) throws {
        let r = try Binary.run(arguments, environment: ["LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""])
        CLI.expectNoCrash(r)
        #expect(r.status == 64, "\(arguments): \(r.status) \(r.stderr)")
        let lines = r.stderr.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 2 && lines[1].isEmpty, "\(arguments): not one line: \(r.stderr)")
        #expect(r.stderr.hasPrefix("kamervragen: "), "\(r.stderr)")
        #expect(r.stderr.contains("kamervragen --help lists what it takes"))
        #expect(!r.stderr.contains("Usage:") && !r.stderr.hasPrefix("Error:"))
        #expect(r.stdout.isEmpty)
    }

    @Test func theUnknownOptionIsNamedAndTheHintIsDutchForADutchLocale() throws {
        let r = try Binary.run(["--bogus", CLI.seed], environment: ["LANG": "nl_NL.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--bogus"))
        #expect(r.stderr.contains("kamervragen --help zegt wat het programma aanneemt"))
    }

    /// Help and version are not errors: they keep their own output and exit 0.
    @Test func helpAndVersionAreUnchanged() throws {
        let help = try Binary.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("SUBCOMMANDS"))
        // The everyday form is the first usage line, as less and man show theirs.
        let usage = help.stdout.split(separator: "\n").first { $0.hasPrefix("USAGE:") }
        #expect(usage == "USAGE: kamervragen [FILE]", "\(help.stdout)")
        let version = try Binary.run(["--version"])
        #expect(version.status == 0)
        #expect(!version.stdout.isEmpty)
    }
}

/// The completion scripts the README tells people to install (issue 11): each shell's is
/// generated and knows the subcommands and the options.
@Test(arguments: ["bash", "zsh", "fish"])
func completionScriptIsGenerated(shell: String) throws {
    let r = try Binary.run(["--generate-completion-script", shell])
    #expect(r.status == 0, "\(r.stderr)")
    for word in ["outline", "show", "export", "search", "list", "max-size", "mouse"] {
        #expect(r.stdout.contains(word), "\(shell) completion lacks \(word)")
    }
}
