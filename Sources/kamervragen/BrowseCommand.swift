import ArgumentParser
import BrowserCore
import CursesTerminal
import KamervragenKit
import KamervragenLibrary

#if canImport(Glibc)
import Glibc
#endif

struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: Catalogue.Help.browseAbstract.text())

    @Argument(help: ArgumentHelp(Catalogue.Help.browseFiles.text(), valueName: Catalogue.Help.valueFiles.text()))
    var files: [String] = []

    @Flag(help: ArgumentHelp(Catalogue.Help.browseMouse.text()))
    var mouse = false

    @Option(help: ArgumentHelp(Catalogue.Help.browsePalette.text(), valueName: Catalogue.Help.valuePalette.text()))
    var palette: PaletteChoice?

    @OptionGroup var input: InputOptions

    func run() throws {
        let (files, start) = splitStart(files)
        if files.count > 1 {
            try browseLibrary(files, mouse: mouse, limits: input.limits, palette: palette)
        } else {
            try browse(file: files.first, mouse: mouse, limits: input.limits, start: start, palette: palette)
        }
    }
}

/// What `kamervragen [FILE] [--mouse] [--max-size SIZE]` does, shared by the parsed command
/// and the fast path of `QuickStart`, so both behave the same by construction. Failures
/// are printed here and thrown as the `ExitCode` to end with.
func browse(file: String?, mouse: Bool, limits: InputLimits, start: StartCommand? = nil, palette: PaletteChoice? = nil) throws {
    if let file, isDirectory(file) {
        try browseLibrary([file], mouse: mouse, limits: limits, palette: palette)
        return
    }
    let document = try loadForBrowsing(file, limits: limits)
    // Into a pipe or a file the document is printed as text, as `man` does.
    guard isatty(1) == 1 else {
        try PipeOutput.write(document)
        return
    }
    let size = TerminalSize.current() ?? (rows: 24, columns: 80)
    do {
        var browser = Browser(document: document, rows: size.rows, columns: size.columns, language: .current)
        if let start { browser.start(with: start) }
        try CursesTerminal.run(browser, options: TerminalOptions(mouse: mouse, palette: palette))
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

extension PaletteChoice: ExpressibleByArgument {}

/// `kamervragen DIR` (or several files and folders): the library view. The index is
/// brought up to date first, with its progress line, before the screen is taken over.
/// Into a pipe, the list is printed as `kamervragen list` prints it.
func browseLibrary(_ paths: [String], mouse: Bool, limits: InputLimits, palette: PaletteChoice? = nil) throws {
    // On a terminal, a library indexed before shows its list from the index at once; the
    // view checks the files after the first screen. Otherwise, and into a pipe, the
    // index is brought up to date first, with its progress line.
    let indexed = isatty(1) == 1 ? Library.openIndexed(paths) : nil
    let library = try indexed ?? openLibrary(paths)
    let catalog = LibraryCatalog(library: library, limits: limits)
    let rows: [LibraryRow]
    do {
        rows = try catalog.rows()
    } catch {
        printError(Catalogue.Library.listFailed.text())
        throw ExitCode(.ioError)
    }
    let plain = { (width: Int?) throws in
        try writeOutput(ListFormatter.text((try? library.documents()) ?? [], width: width))
    }
    guard isatty(1) == 1 else {
        try plain(nil)
        return
    }
    let size = TerminalSize.current() ?? (rows: 24, columns: 80)
    do {
        let view = LibraryBrowser(source: catalog, documents: rows, rows: size.rows, columns: size.columns, language: .current,
                                  checkFiles: indexed != nil)
        try CursesTerminal.run(view, options: TerminalOptions(mouse: mouse, palette: palette))
    } catch where error.plainTextWouldWork {
        try plain(size.columns)
    } catch {
        printError(error.description)
        throw ExitCode(error.status)
    }
}

/// A folder (symbolic links followed): what opens the library view rather than the reader.
func isDirectory(_ path: String) -> Bool {
    var st = stat()
    return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
}
