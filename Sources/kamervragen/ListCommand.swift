import ArgumentParser
import KamervragenKit
import KamervragenLibrary

#if canImport(Glibc)
import Glibc
#endif

struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the documents of a library, one a line, newest first.",
        discussion: """
            Each line: the date, the number, answered/questions, who asked
            (party) and who answers, the subject. --tsv gives every column
            tab-separated under a header line; --json one object a line.
            Example:
              kamervragen list --tsv ~/kamervragen | cut -f2,10
            """)

    @Argument(help: "Folders and files of the library.")
    var paths: [String] = []

    @Flag(help: "Tab-separated columns with a header line.")
    var tsv = false

    @Flag(help: "One JSON object a line.")
    var json = false

    @Flag(help: "List the files that are not readable as documents, and why.")
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
