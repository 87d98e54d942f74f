import ArgumentParser
import KamervragenKit
import KamervragenLibrary

#if canImport(Glibc)
import Glibc
#endif

struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: Catalogue.Help.listAbstract.text(),
        discussion: Catalogue.Help.listDiscussion.text())

    @Argument(help: ArgumentHelp(Catalogue.Help.libraryPaths.text(), valueName: Catalogue.Help.valuePaths.text()))
    var paths: [String] = []

    @Flag(help: ArgumentHelp(Catalogue.Help.listTSV.text()))
    var tsv = false

    @Flag(help: ArgumentHelp(Catalogue.Help.jsonLines.text()))
    var json = false

    @Flag(help: ArgumentHelp(Catalogue.Help.listProblems.text()))
    var problems = false

    func run() throws {
        if tsv && json {
            printError(Catalogue.Library.tsvAndJSON.text())
            throw ExitCode(.usage)
        }
        let library = try openLibrary(paths)
        let cwd = currentDirectory()
        do {
            if problems {
                let rows = try library.store.problems()
                try writeOutput(rows.map { "\(SafeText.line(ListFormatter.displayPath($0.path, relativeTo: cwd))): \(SafeText.line($0.problem ?? ""))\n" }.joined())
                return
            }
            let docs = try library.documents()
            if tsv {
                try writeOutput(ListFormatter.tsv(docs, relativeTo: cwd))
            } else if json {
                try writeOutput(ListFormatter.jsonLines(docs, relativeTo: cwd))
            } else {
                try writeOutput(ListFormatter.text(docs, width: isatty(1) == 1 ? outputWidth() : nil))
            }
        } catch is SQLiteError {
            printError(Catalogue.Library.listFailed.text())
            throw ExitCode(.ioError)
        }
    }
}
