/// An Office Open XML package: a ZIP archive whose `[Content_Types].xml` says what each
/// part is. Parts are read on request, inflated under the archive's limits and parsed
/// under the XML limits; nothing is written anywhere.
public struct OfficePackage {
    public let archive: ZipArchive
    public let contentTypes: ContentTypes
    public let xmlLimits: XMLLimits

    public init(bytes: [UInt8], zipLimits: ZipLimits = .standard, xmlLimits: XMLLimits = .standard) throws(PackageError) {
        archive = try ZipArchive(bytes: bytes, limits: zipLimits)
        guard let types = try archive.contents(ofMember: "[Content_Types].xml") else {
            throw PackageError(.noContentTypes)
        }
        contentTypes = try ContentTypes(xml: types)
        self.xmlLimits = xmlLimits
    }

    /// The part's bytes, or nil when the archive has no such member.
    public func bytes(of part: String) throws(PackageError) -> [UInt8]? {
        try archive.contents(ofMember: part)
    }

    /// Parses `part` into `handler`; false when the part is missing.
    @discardableResult
    public func parse(_ part: String, into handler: XMLHandler) throws(PackageError) -> Bool {
        guard let xml = try bytes(of: part) else { return false }
        try SAXParser.parse(xml, part: part, into: handler, limits: xmlLimits)
        return true
    }

    /// The relationships of `part` (empty when it has none).
    public func relationships(of part: String) throws(PackageError) -> Relationships {
        guard let xml = try bytes(of: PartName.relationshipsPart(of: part)) else { return Relationships() }
        return try Relationships(xml: xml, source: part)
    }
}
