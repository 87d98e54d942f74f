/// The namespaces an Office Open XML reader needs to tell apart. The Strict form of the
/// standard renamed the first two; both spellings map to one case, so a reader handles
/// Transitional and Strict files alike.
public enum OOXMLNamespace: Hashable, Sendable {
    /// No namespace: the attributes of content types and relationships, for instance.
    case none
    /// WordprocessingML (`w:`).
    case wordprocessingML
    /// Relationship references (`r:id`).
    case officeRelationships
    /// Markup compatibility (`mc:AlternateContent`).
    case markupCompatibility
    /// `[Content_Types].xml`.
    case contentTypes
    /// `.rels` parts.
    case packageRelationships
    /// Any other namespace (drawing, VML, Word 2010+ extensions, …).
    case other

    init(uri: String) {
        switch uri {
        case "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
             "http://purl.oclc.org/ooxml/wordprocessingml/main":
            self = .wordprocessingML
        case "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
             "http://purl.oclc.org/ooxml/officeDocument/relationships":
            self = .officeRelationships
        case "http://schemas.openxmlformats.org/markup-compatibility/2006":
            self = .markupCompatibility
        case "http://schemas.openxmlformats.org/package/2006/content-types":
            self = .contentTypes
        case "http://schemas.openxmlformats.org/package/2006/relationships":
            self = .packageRelationships
        default:
            self = .other
        }
    }
}

/// An element's name: its prefix resolved to the namespace it stands for, and its local
/// name as its place in the handler's `XMLVocabulary` (nil for a name not in it, which
/// the handler has said it does not act on).
public struct XMLName: Hashable, Sendable {
    public var namespace: OOXMLNamespace
    public var index: Int?

    public init(_ namespace: OOXMLNamespace, _ index: Int?) {
        self.namespace = namespace
        self.index = index
    }
}

/// What a reader of XML events implements. Text arrives whole: the characters between
/// two tags in one call, however the parser chunked them.
public protocol XMLHandler: AnyObject {
    /// The local names the handler tells apart; read once when a parse starts.
    var vocabulary: XMLVocabulary { get }
    func startElement(_ name: XMLName, attributes: XMLAttributes)
    func endElement(_ name: XMLName)
    func text(_ bytes: [UInt8])
    /// Whether the handler may end the parse before the part's end: read once when a
    /// parse starts; only then is `hasAllItNeeds` asked, after each end tag.
    var stopsEarly: Bool { get }
    /// All the handler needs has been read: the parse stops at this end tag, and the
    /// rest of the part is neither parsed nor checked (the settings part's note formats
    /// come before most of its bytes: document variables and revision ids).
    var hasAllItNeeds: Bool { get }
}

/// Most handlers read a part to its end.
extension XMLHandler {
    public var stopsEarly: Bool { false }
    public var hasAllItNeeds: Bool { false }
}
