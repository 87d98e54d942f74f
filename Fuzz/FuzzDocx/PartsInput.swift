import DocxBuilder

/// The Word target's structured form: NUL-separated fields, alternately a part's name and
/// its bytes (`[Content_Types].xml\0<Types …>\0word/document.xml\0<w:document …>…`), so
/// the seeds read as the package they are and a mutation lands in one part's XML.
struct PartsInput {
    /// More members than any Word file has; the ZIP reader's own limits are fuzzed
    /// through the raw form, and the writer's 16-bit fields must not overflow.
    static let maxParts = 64
    static let maxNameLength = 255

    var parts: [(name: [UInt8], data: [UInt8])] = []

    init(_ bytes: [UInt8]) {
        var fields = bytes.split(separator: 0, omittingEmptySubsequences: false)[...]
        while let name = fields.popFirst(), parts.count < PartsInput.maxParts {
            parts.append((Array(name.prefix(PartsInput.maxNameLength)), Array(fields.popFirst() ?? [])))
        }
    }

    /// A ZIP archive (PK) or an OLE compound file: given to the loader unchanged.
    static func isArchive(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0x50, 0x4B]) || bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0])
    }

    func archive() -> [UInt8] {
        ZipWriter.archive(parts.map { ZipWriter.Member(String(decoding: $0.name, as: UTF8.self), $0.data, deflate: false) })
    }
}
