import ArgumentParser
import KamervragenKit
import KamervragenLibrary

#if canImport(Glibc)
import Glibc
#endif

struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: Catalogue.Help.searchAbstract.text(),
        discussion: Catalogue.Help.searchDiscussion.text())

    @Argument(help: ArgumentHelp(Catalogue.Help.searchQuery.text(), valueName: Catalogue.Help.valueQuery.text()))
    var query: String

    @Argument(help: ArgumentHelp(Catalogue.Help.libraryPaths.text(), valueName: Catalogue.Help.valuePaths.text()))
    var paths: [String] = []

    @Flag(help: ArgumentHelp(Catalogue.Help.jsonLines.text()))
    var json = false

    @Option(help: ArgumentHelp(Catalogue.Help.searchLimit.text(), valueName: Catalogue.Help.valueLimit.text()))
    var limit: Int?

    func run() throws {
        let parsed: LibraryQuery
        do {
            parsed = try LibraryQuery(query)
        } catch {
            printError(Catalogue.Library.queryProblem.text(error.description))
            throw ExitCode(.usage)
        }
        if let limit, limit < 1 {
            printError(Catalogue.Library.badLimit.text())
            throw ExitCode(.usage)
        }
        let library = try openLibrary(paths)
        let results: SearchResults
        do {
            results = try library.search(parsed, limit: limit)
        } catch let error as QueryError {
            printError(Catalogue.Library.queryProblem.text(error.description))
            throw ExitCode(.usage)
        } catch {
            printError(Catalogue.Library.searchFailed.text())
            throw ExitCode(.ioError)
        }
        guard results.hitCount > 0 else { throw ExitCode(.noHits) }
        let cwd = currentDirectory()
        let colors = isatty(1) == 1 && (getenv("NO_COLOR").map { String(cString: $0).isEmpty } ?? true)
            ? SearchFormatter.Colors() : nil
        // Ranks in bm25 order, while the lines go by document.
        var rank: [Int64: Int] = [:]
        for (n, h) in results.groups.flatMap(\.hits).sorted(by: { $0.score < $1.score }).enumerated() { rank[h.passage] = n + 1 }
        var out = ""
        for group in results.groups {
            let snippets = (try? library.store.snippets(group.hits, query: parsed, tokens: 16)) ?? []
            for (h, s) in zip(group.hits, snippets) {
                if json {
                    out += SearchFormatter.json(h, rank: rank[h.passage] ?? 0, snippet: s, document: group.document, relativeTo: cwd)
                } else {
                    out += SearchFormatter.line(h, snippet: s, document: group.document, relativeTo: cwd, colors: colors, language: .current) + "\n"
                }
            }
            // Written as it goes, so a pipe into head sees the first lines at once.
            if out.utf8.count > 1 << 16 {
                try writeOutput(out)
                out = ""
            }
        }
        try writeOutput(out)
    }
}
