import ArgumentParser
import CursesTerminal
import KamervragenKit

#if canImport(Glibc)
import Glibc
#endif

extension Kamervragen {
    /// Parses and runs as `main()` does, except that a command line the parser refuses is
    /// reported as every other error is: one line, `kamervragen: …`, exit 64, with a
    /// pointer to `--help` instead of the parser's usage block, so scripts and people
    /// meet one shape of error. The parser's own words (its refusals, its help headings)
    /// are said in the user's language by `UsageText`, the completion scripts'
    /// descriptions too. The version and errors from a command's own run go the parser's
    /// way, unchanged.
    static func runWithOneLineErrors() {
        var command: ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            let code = exitCode(for: error)
            if code == .success { exitWithHelp(for: error) }
            guard code == .validationFailure else { exit(withError: error) }
            let message = message(for: error).split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
            printError(Catalogue.Common.usageProblem.text(UsageText.error(message, in: .current)))
            Glibc.exit(code.rawValue)
        }
        do {
            try command.run()
        } catch {
            // `--help` and `help` parse as the parser's own help command, whose run throws.
            if exitCode(for: error) == .success { exitWithHelp(for: error) }
            exit(withError: error)
        }
    }

    /// A clean exit: help (and its JSON) and a completion script's descriptions in the
    /// user's language, the version as the parser prints it. English goes the parser's
    /// own way, so it stays exactly what it was.
    static func exitWithHelp(for error: Error) -> Never {
        guard Language.current != .english else { exit(withError: error) }
        // Two columns narrower: the Dutch words inside wrapped text are up to two longer.
        let text = fullMessage(for: error, columns: max(helpColumns() - 2, 40))
        if UsageText.isHelp(text) {
            writeHelp(UsageText.help(text, in: .current))
        } else if UsageText.isHelpDump(text) {
            writeHelp(UsageText.helpDump(text, in: .current))
        } else if text.contains(Catalogue.Usage.helpFlag.english) {
            // A completion script (the version has no stock words): printed as the
            // parser prints it, its descriptions in the user's language.
            writeHelp(UsageText.completionScript(text, in: .current))
        }
        exit(withError: error)
    }

    /// Help on standard output as the parser prints it: a final newline, exit 0.
    static func writeHelp(_ text: String) -> Never {
        _ = FileOutput.standardOutput.write(text + "\n")
        Glibc.exit(0)
    }

    /// The width the parser lays its help out for: `$COLUMNS`, else the terminal's, else 80.
    static func helpColumns() -> Int {
        if let raw = getenv("COLUMNS"), let n = Int(String(cString: raw)), n > 0 { return n }
        return TerminalSize.current()?.columns ?? 80
    }
}
