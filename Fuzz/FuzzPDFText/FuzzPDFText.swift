import FuzzSupport
import KamervragenKit

/// A PDF's text in `pdftotext`'s plain form (and pypdf's), as a user hands it over as a
/// text file: form feeds between pages, page furniture cutting into answers, note numbers
/// glued to words and note bodies at the page foot, read through the loader. The code is
/// the text target's; the seeds and so the parts of the grammar it reaches are not.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPDFText(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = fuzzBytes(data, size)
    if PDFReader.isPDF(bytes) { return -1 }
    guard let doc = try? DocumentLoader.parse(bytes: bytes, source: "fuzz.txt") else { return 0 }
    DocumentChecks.exercise(doc)
    return 0
}
