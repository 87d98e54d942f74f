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

    @Argument(help: """
        A document (text or PDF); - reads standard input. Default: standard input when it \
        is not a terminal (as less), else the bundled sample.
        """)
    var file: String?

    @Flag(help: "Scroll with the mouse wheel (the terminal's own text selection then needs Shift).")
    var mouse = false

    @OptionGroup var input: InputOptions

    func run() throws {
        try browse(file: file, mouse: mouse, limits: input.limits)
    }
}

/// What `kamervragen [FILE] [--mouse] [--max-size SIZE]` does, shared by the parsed command
/// and the fast path of `QuickStart`, so both behave the same by construction. Failures
/// are printed here and thrown as the `ExitCode` to end with.
func browse(file: String?, mouse: Bool, limits: InputLimits) throws {
    let document = try loadForBrowsing(file, limits: limits)
    // Into a pipe or a file the document is printed as text, as `man` does.
    guard isatty(1) == 1 else {
        try PipeOutput.write(document)
        return
    }
    let size = TerminalSize.current() ?? (rows: 24, columns: 80)
    do {
        let browser = Browser(document: document, rows: size.rows, columns: size.columns)
        try CursesTerminal.run(browser, options: TerminalOptions(mouse: mouse))
    } catch where error.plainTextWouldWork {
        try PipeOutput.write(document, width: size.columns)
    } catch {
        printError(error.description)
        throw ExitCode(error.status)
    }
}

/// The document to browse. As with `less`, no FILE and a standard input that is not a
/// terminal (`cat doc.txt | kamervragen`) means standard input, the keys then coming from
/// /dev/tty (`CursesTerminal`); with a terminal there, the sample inside the binary.
func loadForBrowsing(_ file: String?, limits: InputLimits) throws -> Document {
    if let file { return try loadDocument(file, limits: limits) }
    if isatty(0) != 1 { return try loadDocument("-", limits: limits) }
    do {
        return try BundledSample.document()
    } catch {
        printError(error.description)
        throw ExitCode(error.status)
    }
}
