import ArgumentParser
import BrowserCore
import CursesTerminal
import KamervragenKit

#if canImport(Glibc)
import Glibc
#endif

struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Browse a document (the default command).")

    @Argument(help: "A document (text or PDF); - reads standard input. Default: the bundled sample.")
    var file: String?

    @Flag(help: "Scroll with the mouse wheel (the terminal's own text selection then needs Shift).")
    var mouse = false

    func run() throws {
        try browse(file: file, mouse: mouse)
    }
}

/// What `kamervragen [FILE] [--mouse]` does, shared by the parsed command and the fast
/// path of `QuickStart`, so both behave the same by construction. Failures are printed
/// here and thrown as the `ExitCode` to end with.
func browse(file: String?, mouse: Bool) throws {
    let path = file ?? BundledSample.path
    // Into a pipe or a file the document is printed as text, as `man` does.
    guard isatty(1) == 1 else {
        PipeOutput.write(try loadDocument(path))
        return
    }
    // A missing or unreadable file is reported before the terminal is touched.
    let bytes: [UInt8]
    do {
        bytes = try DocumentLoader.read(path: path)
    } catch {
        printError(error.description)
        throw ExitCode(error.exitCode)
    }
    // The document is parsed and laid out on a second core while this thread sets up
    // curses: the two take about as long as each other, and the first screen waits for both.
    let size = TerminalSize.current() ?? (rows: 24, columns: 80)
    let opening = BackgroundOpening { () -> OpenedDocument in
        do throws(LoadError) {
            let document = try DocumentLoader.parse(bytes: bytes, source: path)
            return .ready(document, Browser(document: document, rows: size.rows, columns: size.columns))
        } catch {
            return .failed(error)
        }
    }
    let terminal: PreparedTerminal
    do {
        terminal = try PreparedTerminal(options: TerminalOptions(mouse: mouse))
    } catch {
        let document = try opening.wait().document()
        if error.plainTextWouldWork {
            PipeOutput.write(document, width: size.columns)
            return
        }
        printError(error.description)
        throw ExitCode(error.exitCode)
    }
    switch opening.wait() {
    case .ready(_, let browser):
        CursesTerminal.run(browser, on: terminal)
    case .failed(let error):
        terminal.close()
        printError(error.description)
        throw ExitCode(error.exitCode)
    }
}

/// What the opening thread hands back: a reader, or why there is none.
enum OpenedDocument {
    case ready(Document, Browser)
    case failed(LoadError)

    /// The document, or the load error printed and its exit code thrown.
    func document() throws -> Document {
        switch self {
        case .ready(let document, _):
            return document
        case .failed(let error):
            printError(error.description)
            throw ExitCode(error.exitCode)
        }
    }
}
