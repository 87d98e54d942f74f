import OpenXMLPackage

/// Opens Word `.docx` files. `read(bytes:)` is a pure function of the bytes (no file, no
/// environment), so a fuzzer can call it directly; `document(bytes:source:)` is what the
/// loader calls, and turns a refusal into a `LoadError` naming the file (exit 65).
public enum WordReader {
    /// Whether the loader should hand these bytes to this reader: a ZIP archive or an OLE
    /// compound file, told by their first bytes.
    public static func claims(_ bytes: [UInt8]) -> Bool {
        WordDetection.kind(of: bytes) != nil
    }

    public static func document(bytes: [UInt8], source: String) throws(LoadError) -> Document {
        do {
            _ = try read(bytes: bytes)
        } catch {
            throw LoadError(.badData, path: source, error.message())
        }
        throw LoadError(.badData, path: source, WordReadError.notYetRead.message())
    }

    /// Reads the package and walks its main part; every refusal is a `WordReadError`.
    public static func read(bytes: [UInt8], zipLimits: ZipLimits = .standard,
                            xmlLimits: XMLLimits = .standard) throws(WordReadError) -> WordPackageCheck {
        switch WordDetection.kind(of: bytes) {
        case .binaryWord: throw .binaryWord
        case .encryptedOffice: throw .encrypted
        case .otherCompoundFile: throw .otherCompoundFile
        case .zipArchive, nil: break
        }
        let word = try WordPackage(bytes: bytes, zipLimits: zipLimits, xmlLimits: xmlLimits)
        let counter = ElementCounter()
        do {
            try word.package.parse(word.mainPart, into: counter)
        } catch {
            throw .package(error)
        }
        return WordPackageCheck(mainPart: word.mainPart, elements: counter.count)
    }
}

/// What reading a package found, until the walk produces the reader boundary's form.
public struct WordPackageCheck: Sendable {
    public var mainPart: String
    public var elements: Int
}

private final class ElementCounter: XMLHandler {
    var count = 0
    func startElement(_ name: XMLName, attributes: XMLAttributes) { count += 1 }
    func endElement(_ name: XMLName) {}
    func text(_ bytes: [UInt8]) {}
}
