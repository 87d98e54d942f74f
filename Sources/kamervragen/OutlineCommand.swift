import ArgumentParser
import KamervragenKit

struct Outline: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "One line per question: number, opening words, and where it is answered.",
        discussion: """
            Example:
              kamervragen outline antwoord.txt
              3  Welke verklaring heeft u voor de opvallende stijging van…  → Antwoord op vragen 3 en 4
            """)

    @Argument(help: "A document (text or PDF); - reads standard input.")
    var file: String

    @Flag(help: "Also print the parser's diagnostics on standard error.")
    var diagnostics = false

    func run() throws {
        let document = try loadDocument(file)
        if diagnostics { printDiagnostics(document) }
        let lines = OutlineFormatter.lines(document)
        if lines.isEmpty {
            printError("\(file): no questions found")
            throw ExitCode(SysExit.dataError)
        }
        writeAll(fd: 1, lines.joined(separator: "\n") + "\n")
    }
}
