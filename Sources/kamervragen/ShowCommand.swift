import ArgumentParser
import KamervragenKit

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: Catalogue.Help.showAbstract.text(),
        discussion: Catalogue.Help.showDiscussion.text())

    @Argument(help: ArgumentHelp(Catalogue.Help.documentFile.text(), valueName: Catalogue.Help.valueFile.text()))
    var file: String

    @OptionGroup var input: InputOptions

    @Argument(help: ArgumentHelp(Catalogue.Help.showNumber.text(), valueName: Catalogue.Help.valueNumber.text()))
    var number: String

    @Flag(help: ArgumentHelp(Catalogue.Help.diagnostics.text()))
    var diagnostics = false

    func run() throws {
        let document = try loadDocument(file, limits: input.limits)
        if diagnostics { printDiagnostics(document) }
        // No questions at all is a fact about the file (65), not a wrong number (64).
        if document.questions.isEmpty {
            printError(Catalogue.Common.fileProblem.text(file, Catalogue.Commands.noQuestionsFound.text()))
            throw ExitCode(.dataError)
        }
        guard let n = QuestionNumber(number), let i = document.questionIndex(n) else {
            let valid = ShowFormatter.validNumbers(document, language: .current)
            printError(Catalogue.Common.fileProblem.text(file, Catalogue.Commands.noSuchQuestion.text(number, valid)))
            throw ExitCode(.usage)
        }
        try writeOutput(ShowFormatter.text(question: i, in: document, width: outputWidth(), language: .current))
    }
}
