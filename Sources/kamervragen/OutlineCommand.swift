import ArgumentParser
import KamervragenKit

struct Outline: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "One line per question: number, opening words, and where it is answered.",
        discussion: """
            A question without an answer says "→ niet beantwoord". Notices
            (Mededeling) follow the questions. Example:
              kamervragen outline antwoord.txt
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
            throw ExitCode(.dataError)
        }
        try writeOutput(lines.joined(separator: "\n") + "\n")
    }
}
