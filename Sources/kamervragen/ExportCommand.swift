import ArgumentParser
import KamervragenKit

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the parsed document as JSON to standard output.",
        discussion: """
            The format is described in docs/user-guide.md. Diagnostics are part
            of the JSON (the "diagnostics" array), not printed on standard error.
            Unanswered questions, for example:
              kamervragen export FILE |
                jq -r '.questions[] | select(.answer == null) | .number'
            """)

    @Argument(help: "A document (text or PDF); - reads standard input.")
    var file: String

    @OptionGroup var input: InputOptions

    func run() throws {
        let document = try loadDocument(file, limits: input.limits)
        // Written as it is made, so the whole export is never in memory at once.
        try streamOutput { (write) throws(OutputError) in try DocumentExport.write(document, flush: write) }
    }
}
