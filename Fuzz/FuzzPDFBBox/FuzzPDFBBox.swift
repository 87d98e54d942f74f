import FuzzSupport
@testable import KamervragenKit

/// `pdftotext -bbox-layout` output (XHTML word boxes) as the PDF reader takes it from the
/// helper: boxes to pages, pages to typeset text, text to a `Document`. No `pdftotext`
/// runs; the seeds are its output for the fixture PDFs.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPDFBBox(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let converted = try? PDFReader.convert(bboxLayout: fuzzBytes(data, size), source: "fuzz.pdf") else { return 0 }
    DocumentChecks.exercise(DocumentParser.parse(converted.text, source: "fuzz.pdf"))
    return 0
}
