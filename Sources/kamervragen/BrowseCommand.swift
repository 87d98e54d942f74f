import ArgumentParser
import BrowserCore
import CursesTerminal
import KamervragenKit

struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Browse a document (the default command).")

    @Argument(help: "A document (text or PDF); - reads standard input. Default: the bundled sample.")
    var file: String?

    func run() throws {
        let document = try loadDocument(file ?? BundledSample.path)
        // PROVISIONAL: plain dump until the curses browser lands.
        for q in document.questions { print("Vraag \(q.number)\n\(q.plainText)\n") }
    }
}
