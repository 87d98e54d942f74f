/// `[Content_Types].xml`: the content type of each part, by override or by extension.
public struct ContentTypes: Sendable {
    /// Part name (ZIP form, no leading slash) → content type, from `Override` elements.
    public private(set) var overrides: [(part: String, type: String)] = []
    /// Extension (lower case) → content type, from `Default` elements.
    public private(set) var defaults: [(extension: String, type: String)] = []

    public init(xml: [UInt8]) throws(PackageError) {
        let reader = Reader()
        try SAXParser.parse(xml, part: "[Content_Types].xml", into: reader)
        overrides = reader.overrides
        defaults = reader.defaults
    }

    /// The parts whose overridden content type is one of `types`, in document order.
    public func parts(ofType types: Set<String>) -> [String] {
        overrides.filter { types.contains($0.type) }.map(\.part)
    }

    public func type(of part: String) -> String? {
        let key = ZipArchive.foldCase(part)
        if let o = overrides.first(where: { ZipArchive.foldCase($0.part) == key }) { return o.type }
        guard let dot = part.lastIndex(of: "."), !part[dot...].contains("/") else { return nil }
        let ext = ZipArchive.foldCase(String(part[part.index(after: dot)...]))
        return defaults.first { ZipArchive.foldCase($0.extension) == ext }?.type
    }

    private final class Reader: XMLHandler {
        enum Element: String, CaseIterable { case Override, Default }
        static let vocabulary = XMLVocabulary(Element.self)
        var vocabulary: XMLVocabulary { Self.vocabulary }
        var overrides: [(part: String, type: String)] = []
        var defaults: [(extension: String, type: String)] = []

        func startElement(_ name: XMLName, attributes: XMLAttributes) {
            guard name.namespace == .contentTypes, let index = name.index else { return }
            switch Element.allCases[index] {
            case .Override:
                if let part = attributes.value(.none, "PartName"), let type = attributes.value(.none, "ContentType") {
                    overrides.append((PartName.zipName(part), type))
                }
            case .Default:
                if let ext = attributes.value(.none, "Extension"), let type = attributes.value(.none, "ContentType") {
                    defaults.append((ext, type))
                }
            }
        }

        func endElement(_ name: XMLName) {}
        func text(_ bytes: [UInt8]) {}
    }
}
