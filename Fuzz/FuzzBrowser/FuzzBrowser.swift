import BrowserCore
import FuzzSupport
import KamervragenKit

/// The reader as the terminal drives it: a document from the fuzzer's bytes opened at a
/// size from them, then a script of keys and resizes, with the screen rendered and
/// checked after every step (see `KeyScript` for the input's layout).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzBrowser(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let script = KeyScript(fuzzBytes(data, size)) else { return -1 }
    let bytes = Array(script.document)
    // PDFs would start pdftotext; the PDF targets cover their reader.
    if PDFReader.isPDF(bytes) { return -1 }
    guard let document = try? DocumentLoader.parse(bytes: bytes, source: "fuzz.txt") else { return 0 }
    var browser = Browser(document: document, rows: script.rows, columns: script.columns)
    check(browser.render(), of: browser)
    for step in script.steps {
        switch step {
        case .idle:
            browser.doIdleWork()
        case .resize(let rows, let columns):
            browser.resize(rows: rows, columns: columns)
        case .key(let key):
            for effect in browser.handle(key) {
                switch effect {
                case .quit:
                    return 0
                case .openURL(let url):
                    // The terminal reports the outcome, naming the URL, in the status line.
                    browser.showMessage("cannot open \(url): no opener in the fuzzer")
                case .copy(_, let what):
                    browser.showMessage("\(what): no clipboard in the fuzzer")
                case .suspend:
                    browser.resize(rows: browser.rows, columns: browser.columns)
                case .redraw:
                    break
                case .openDocument:
                    // Asked only by a reader opened from a library; this one has none.
                    break
                }
            }
        }
        check(browser.render(), of: browser)
    }
    _ = plainTextDump(of: document, width: script.columns)
    return 0
}

/// The grid is exactly the terminal's size, and no cell holds a character that must not
/// reach a terminal raw (escape sequences, C1 controls, bidi controls).
func check(_ grid: ScreenGrid, of browser: Browser) {
    guard grid.rows == browser.rows, grid.columns == browser.columns, grid.cells.count == grid.rows * grid.columns else {
        fuzzFailure("grid \(grid.rows)x\(grid.columns) (\(grid.cells.count) cells) for a \(browser.rows)x\(browser.columns) screen")
    }
    for (i, cell) in grid.cells.enumerated() {
        for scalar in cell.character.unicodeScalars where SafeText.replacement(for: scalar) != nil {
            fuzzFailure("cell \(i / max(1, grid.columns)),\(i % max(1, grid.columns)) holds U+\(String(scalar.value, radix: 16, uppercase: true))")
        }
    }
}
