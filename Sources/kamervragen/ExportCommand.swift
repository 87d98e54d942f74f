import ArgumentParser
import KamervragenKit

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: Catalogue.Help.exportAbstract.text(),
        discussion: Catalogue.Help.exportDiscussion.text())

    @Argument(help: ArgumentHelp(Catalogue.Help.documentFile.text(), valueName: Catalogue.Help.valueFile.text()))
    var file: String

    @OptionGroup var input: InputOptions

    func run() throws {
        let document = try loadDocument(file, limits: input.limits)
        // Written as it is made, so the whole export is never in memory at once.
        try streamOutput { (write) throws(OutputError) in try DocumentExport.write(document, flush: write) }
    }
}
