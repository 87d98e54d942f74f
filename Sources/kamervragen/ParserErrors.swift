import ArgumentParser
import KamervragenKit

#if canImport(Glibc)
import Glibc
#endif

extension Kamervragen {
    /// Parses and runs as `main()` does, except that a command line the parser refuses is
    /// reported as every other error is: one line, `kamervragen: …`, exit 64, with a
    /// pointer to `--help` instead of the parser's usage block, so scripts and people
    /// meet one shape of error. Help, version and errors from a command's own run go the
    /// parser's way, unchanged.
    static func runWithOneLineErrors() {
        var command: ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            let code = exitCode(for: error)
            guard code == .validationFailure else { exit(withError: error) }
            let message = message(for: error).split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
            printError(Catalogue.Common.usageProblem.text(message))
            Glibc.exit(code.rawValue)
        }
        do {
            try command.run()
        } catch {
            exit(withError: error)
        }
    }
}
