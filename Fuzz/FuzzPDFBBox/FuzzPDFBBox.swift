import FuzzSupport
@testable import KamervragenKit

/// `pdftotext -bbox-layout` output (XHTML word boxes) as the PDF reader takes it from the
/// helper: boxes to pages, pages to lines with their note marks and the page-foot notes,
/// those to a `Document`. No `pdftotext` runs; the seeds are its output for the fixture
/// PDFs.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPDFBBox(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let text = try? PDFReader.read(bboxLayout: fuzzBytes(data, size), source: "fuzz.pdf"),
          let doc = try? DocumentLoader.parse(text, nothingFoundIn: PDFReader.nothingFoundPlace)
    else { return 0 }
    DocumentChecks.exercise(doc)
    return 0
}
