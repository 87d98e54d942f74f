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

    @OptionGroup var input: InputOptions

    @Flag(help: "Also print the parser's diagnostics on standard error.")
    var diagnostics = false

    func run() throws {
        let document = try loadDocument(file, limits: input.limits)
        if diagnostics { printDiagnostics(document) }
        if document.questions.isEmpty && document.notices.isEmpty {
            printError("\(file): no questions found")
            throw ExitCode(.dataError)
        }
        // Written in pieces as the lines are made, not joined into one string first.
        try streamOutput { (write) throws(OutputError) in
            var buffer: [UInt8] = []
            buffer.reserveCapacity(1 << 16)
            try OutlineFormatter.forEachLine(document) { (line) throws(OutputError) in
                buffer.append(contentsOf: line.utf8)
                buffer.append(0x0A)
                if buffer.count >= 1 << 16 {
                    try write(buffer.span)
                    buffer.removeAll(keepingCapacity: true)
                }
            }
            try write(buffer.span)
        }
    }
}
