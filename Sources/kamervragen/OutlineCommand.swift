import ArgumentParser
import KamervragenKit

struct Outline: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "One line per question: number, opening words, and where it is answered.")

    @Argument(help: "A document (text or PDF); - reads standard input.")
    var file: String

    func run() throws {
        let document = try loadDocument(file)
        for q in document.questions { print("\(q.number)\t\(q.plainText.prefix(60))") }
    }
}
