import ArgumentParser
import KamervragenKit

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print question N, its answer and their notes as plain text.")

    @Argument(help: "A document (text or PDF); - reads standard input.")
    var file: String

    @Argument(help: "The question number, e.g. 3 or 2l.")
    var number: String

    func run() throws {
        let document = try loadDocument(file)
        guard let n = QuestionNumber(number), let i = document.questionIndex(n) else {
            printError("\(file): no question \(number)")
            throw ExitCode(65)
        }
        print(document.questions[i].plainText)
    }
}
