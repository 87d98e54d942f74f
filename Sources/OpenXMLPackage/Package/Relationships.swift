/// A part's relationships (`word/_rels/document.xml.rels`): what `r:id="rId7"` points at.
public struct Relationships: Sendable {
    public struct Relationship: Hashable, Sendable {
        public var id: String
        /// The relationship type URI, e.g. `…/relationships/footnotes`.
        public var type: String
        /// For an internal target, the part it names, resolved (ZIP form); for an
        /// external one (`TargetMode="External"`), the target as written (a URL).
        public var target: String
        public var external: Bool
    }

    public private(set) var all: [Relationship] = []

    public init() {}

    /// Reads the relationships of `source` (a part name, ZIP form) from `xml`.
    public init(xml: [UInt8], source: String) throws(PackageError) {
        let reader = Reader(source: source)
        try SAXParser.parse(xml, part: PartName.relationshipsPart(of: source), into: reader)
        all = reader.all
    }

    public subscript(id: String) -> Relationship? {
        all.first { $0.id == id }
    }

    /// The first relationship whose type URI ends in `/suffix` (Transitional and Strict
    /// type URIs differ before it).
    public func first(ofTypeEndingWith suffix: String) -> Relationship? {
        all.first { $0.type.hasSuffix("/" + suffix) }
    }

    public func all(ofTypeEndingWith suffix: String) -> [Relationship] {
        all.filter { $0.type.hasSuffix("/" + suffix) }
    }

    private final class Reader: XMLHandler {
        static let vocabulary = XMLVocabulary(["Relationship"])
        var vocabulary: XMLVocabulary { Self.vocabulary }
        let source: String
        var all: [Relationship] = []

        init(source: String) { self.source = source }

        func startElement(_ name: XMLName, attributes: XMLAttributes) {
            guard name.namespace == .packageRelationships, name.index == 0,
                  let id = attributes.value(.none, "Id"), let type = attributes.value(.none, "Type"),
                  let target = attributes.value(.none, "Target") else { return }
            if attributes.value(.none, "TargetMode") == "External" {
                all.append(Relationship(id: id, type: type, target: target, external: true))
            } else if let part = PartName.resolve(target, from: source) {
                all.append(Relationship(id: id, type: type, target: part, external: false))
            }
        }

        func endElement(_ name: XMLName) {}
        func text(_ bytes: [UInt8]) {}
    }
}
