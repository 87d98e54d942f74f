import ArgumentParser
import KamervragenKit

struct Outline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outline",
        abstract: Catalogue.Help.outlineAbstract.text(),
        discussion: Catalogue.Help.outlineDiscussion.text())

    @Argument(help: ArgumentHelp(Catalogue.Help.documentFile.text(), valueName: Catalogue.Help.valueFile.text()))
    var file: String

    @OptionGroup var input: InputOptions

    @Flag(help: ArgumentHelp(Catalogue.Help.diagnostics.text()))
    var diagnostics = false

    func run() throws {
        let document = try loadDocument(file, limits: input.limits)
        if diagnostics { printDiagnostics(document) }
        if document.questions.isEmpty && document.notices.isEmpty {
            printError(Catalogue.Common.fileProblem.text(file, Catalogue.Commands.noQuestionsFound.text()))
            throw ExitCode(.dataError)
        }
        // Written in pieces as the lines are made, not joined into one string first.
        try streamOutput { (write) throws(OutputError) in
            var buffer: [UInt8] = []
            buffer.reserveCapacity(1 << 16)
            try OutlineFormatter.forEachLine(document, language: .current) { (line) throws(OutputError) in
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
