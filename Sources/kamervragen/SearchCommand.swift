import ArgumentParser
import KamervragenKit
import KamervragenLibrary

#if canImport(Glibc)
import Glibc
#endif

struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Full-text search over a library of documents, one hit a line.",
        discussion: """
            Each hit is a question, answer or note: FILE:Vraag 3: …snippet…
            The query: words (all must occur), "exact phrase", prefix*, -word
            to exclude, a OR b, brackets, and filters: party:VVD,
            minister:Schippers, lid:Omtzigt, from:2024-01-01, to:2024-06,
            in:vraag / in:antwoord / in:noot. Accents and case do not matter.
            Exit status 0 with hits, 1 without (as grep), 64 for a query that
            cannot be run. The index lives in ~/.cache/kamervragen.
            Example:
              kamervragen search 'stikstof -boeren minister:adema' ~/kamervragen
            """)

    @Argument(help: "The query (quote it for the shell).")
    var query: String

    @Argument(help: "Folders and files of the library.")
    var paths: [String] = []

    @Flag(help: "One JSON object a line.")
    var json = false

    @Option(help: "At most this many hits (the best ones).")
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
                    out += SearchFormatter.line(h, snippet: s, document: group.document, relativeTo: cwd, colors: colors) + "\n"
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
