import Foundation
import Testing

/// Issue 9 item 3: no input grows the process without bound. A binary stream is refused
/// after its first 64 KiB, anything else at the size limit (512 MiB unless --max-size
/// says otherwise), with one line and exit 65; docs/reliability.md, "Input limits".
@Suite("input limits")
struct CLIInputLimitTests {
    @Test(arguments: ["/dev/zero", "/dev/urandom"])
    func anEndlessBinaryDeviceIsRefusedAtOnce(_ device: String) throws {
        for command in [["outline"], ["export"], ["show", "#", "1"]] {
            let r = try Binary.run(CLIBadInputTests.args(command, device), timeout: 30)
            CLI.expectOneLineError(r, code: 65, naming: device)
            #expect(r.stderr.hasSuffix(": binary file, not a text document\n"), "\(r.stderr)")
        }
    }

    @Test func anEndlessBinaryStandardInputIsRefusedAtOnce() throws {
        let r = try Binary.run(["outline", "-"], timeout: 30, shell: "exec \"$0\" \"$@\" < /dev/zero")
        CLI.expectOneLineError(r, code: 65, naming: "-")
    }

    /// Text that never ends stops at the default limit, whose size the message names.
    /// (`yes` is told to be quiet: the test runner ignores SIGPIPE, which its children
    /// inherit, so it would complain of the pipe the binary closed.)
    @Test func anEndlessTextStandardInputStopsAtTheDefaultLimit() throws {
        let r = try Binary.run(["outline", "-"], timeout: 120, shell: "yes 'Vraag 1 is een vraag over tekst.' 2>/dev/null | \"$0\" \"$@\"")
        CLI.expectOneLineError(r, code: 65, naming: "-")
        #expect(r.stderr == "kamervragen: -: larger than 512 MiB, the most read of one document (--max-size raises it)\n")
    }

    @Test(arguments: [["outline"], ["export"], ["show", "#", "1"], []])
    func maxSizeSetsTheLimitForEveryCommand(_ command: [String]) throws {
        let args = { (path: String) in command.isEmpty ? [path] : CLIBadInputTests.args(command, path) }
        let small = try Binary.run(args(CLI.seed) + ["--max-size", "1K"])
        CLI.expectOneLineError(small, code: 65, naming: CLI.seed)
        #expect(small.stderr.hasSuffix(": larger than 1 KiB, the most read of one document (--max-size raises it)\n"))
        let enough = try Binary.run(args(CLI.seed) + ["--max-size=64k"])
        #expect(enough.status == 0, "\(enough.stderr)")
        let piped = try Binary.run(args("-") + ["--max-size", "4096"], timeout: 30, shell: "yes 'tekst' 2>/dev/null | \"$0\" \"$@\"")
        CLI.expectOneLineError(piped, code: 65, naming: "-")
        #expect(piped.stderr.contains("larger than 4 KiB"))
    }

    /// A file past the limit is refused from its size, without reading it: a sparse
    /// 600 MiB file answers at once.
    @Test func aFilePastTheLimitIsRefusedUnread() throws {
        let path = try CLI.scratchFile("groot.txt", text: String(repeating: "Vraag 1\nWat is dit?\n\n", count: 4000))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: 600 << 20)
        try handle.close()
        let started = Date()
        let r = try Binary.run(["outline", path], timeout: 30)
        CLI.expectOneLineError(r, code: 65, naming: path)
        #expect(r.stderr.contains("larger than 512 MiB"))
        #expect(Date().timeIntervalSince(started) < 5)
    }

    @Test(arguments: ["0", "-5", "12Q", "M", "99999999999999999999", ""])
    func aMaxSizeThatIsNotASizeIsAUsageError(_ value: String) throws {
        let r = try Binary.run(["outline", CLI.seed, "--max-size", value])
        #expect(r.status == 64, "\(value): \(r.status) \(r.stderr)")
        #expect(r.stderr.contains("--max-size"))
        #expect(r.stdout.isEmpty)
    }

    /// The plain `kamervragen FILE` skips the argument parser for start-up time; with
    /// --max-size it must still do exactly what the parsed `browse` does.
    @Test(arguments: [["--max-size", "1K"], ["--max-size=1K"], ["--max-size", "64K"], ["--max-size", "nonsense"],
                      ["--max-size"], ["--max-size", "1K", "--max-size", "2K"]])
    func theFastPathReadsMaxSizeAsTheParserDoes(_ option: [String]) throws {
        for arguments in [[CLI.seed] + option, option + [CLI.seed]] {
            let fast = try Binary.run(arguments)
            let parsed = try Binary.run(["browse"] + arguments)
            CLIQuickStartTests.expectSame(fast, parsed)
        }
    }
}
