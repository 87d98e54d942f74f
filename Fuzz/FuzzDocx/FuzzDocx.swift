import DocxBuilder
import FuzzSupport
import KamervragenKit

/// A Word file as a user hands it over: bytes through the loader, which gives them to the
/// Word reader (ZIP directory, inflate, content types, relationships, the XML parts and
/// the walk over them) and its output to the parser, then the document through every
/// command's output.
///
/// Two forms of input (see `PartsInput`): bytes that open as a ZIP archive or an OLE
/// compound file go to the loader as they are, which fuzzes the archive itself; any other
/// bytes are a list of parts that the target packs into a ZIP archive first, stored and
/// with true checksums, so that a mutation of the XML reaches the XML parser and the walk
/// rather than stopping at a CRC mismatch or a broken deflate stream.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDocx(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = fuzzBytes(data, size)
    let file = PartsInput.isArchive(bytes) ? bytes : PartsInput(bytes).archive()
    guard let doc = try? DocumentLoader.parse(bytes: file, source: "fuzz.docx") else { return 0 }
    DocumentChecks.exercise(doc)
    return 0
}
