import ArgumentParser
import KamervragenKit

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the parsed document as JSON to standard output.")

    @Argument(help: "A document (text or PDF); - reads standard input.")
    var file: String

    func run() throws {
        let document = try loadDocument(file)
        print("{\"questions\": \(document.questions.count)}")
    }
}
