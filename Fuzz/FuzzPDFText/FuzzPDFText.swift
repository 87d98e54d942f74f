import FuzzSupport
import KamervragenKit

/// Text as a PDF's text reaches the parser: decoded already, with form feeds between
/// pages, page furniture, glued note numbers and notes at the page foot (the seeds are
/// `pdftotext`'s plain output and pypdf's). This is the entry the PDF reader hands its
/// converted text to, past the byte checks the text loader makes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPDFText(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let text = String(decoding: fuzzBytes(data, size), as: UTF8.self)
    DocumentChecks.exercise(DocumentParser.parse(text, source: "fuzz.pdf"))
    return 0
}
