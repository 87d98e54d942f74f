import ArgumentParser
import KamervragenKit

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print question N, its answer and their notes as plain text.",
        discussion: """
            For an answer that covers several questions ("Antwoord op vragen 3
            en 4") all of them are printed before it. Text is wrapped to
            $COLUMNS, or 80 columns. An unknown number exits with 64 and lists
            the valid ones.
            """)

    @Argument(help: "A document (text or PDF); - reads standard input.")
    var file: String

    @OptionGroup var input: InputOptions

    @Argument(help: "The question number, e.g. 3 or 2l.")
    var number: String

    @Flag(help: "Also print the parser's diagnostics on standard error.")
    var diagnostics = false

    func run() throws {
        let document = try loadDocument(file, limits: input.limits)
        if diagnostics { printDiagnostics(document) }
        // No questions at all is a fact about the file (65), not a wrong number (64).
        if document.questions.isEmpty {
            printError("\(file): no questions found")
            throw ExitCode(.dataError)
        }
        guard let n = QuestionNumber(number), let i = document.questionIndex(n) else {
            printError("\(file): no question \(number) (\(ShowFormatter.validNumbers(document)))")
            throw ExitCode(.usage)
        }
        try writeOutput(ShowFormatter.text(question: i, in: document, width: outputWidth()))
    }
}
