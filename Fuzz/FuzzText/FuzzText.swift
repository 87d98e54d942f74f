import FuzzSupport
import KamervragenKit

/// Bytes as a text file or standard input would give them (any encoding, BOM, line ends)
/// through the loader to a `Document`, and that document through every command's output.
/// Bytes that start like a PDF are left to the PDF targets: the loader would run
/// `pdftotext` on them, and no helper process belongs in the fuzz loop.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzText(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = fuzzBytes(data, size)
    if PDFReader.isPDF(bytes) { return -1 }
    guard let doc = try? DocumentLoader.parse(bytes: bytes, source: "fuzz.txt") else { return 0 }
    DocumentChecks.exercise(doc)
    return 0
}
