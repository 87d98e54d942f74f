/// Small Word files for tests, built from the XML of their parts: `Docx.build(body:)`
/// wraps paragraphs in a document part and adds the content types and relationships a
/// Word package needs; the other parts are optional.
public enum Docx {
    public static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    public static let r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    public static let mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    static let relType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    static let mainType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"

    /// Namespace declarations for a part's root element.
    public static let namespaces = "xmlns:w=\"\(w)\" xmlns:r=\"\(r)\" xmlns:mc=\"\(mc)\" xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" mc:Ignorable=\"\""

    public struct Link {
        public var id: String
        public var url: String
        public init(_ id: String, _ url: String) { self.id = id; self.url = url }
    }

    /// `body`: the XML inside `<w:body>`. Each optional part is the XML inside its root
    /// element (`<w:footnotes>`, `<w:endnotes>`, `<w:numbering>`, `<w:styles>`,
    /// `<w:hdr>`), or nil to leave the part out. `links` are the main part's hyperlink
    /// relationships, `footnoteLinks` the footnotes part's.
    public static func build(body: String, footnotes: String? = nil, endnotes: String? = nil,
                             numbering: String? = nil, styles: String? = nil, settings: String? = nil,
                             header: String? = nil, links: [Link] = [], footnoteLinks: [Link] = [], deflate: Bool = true,
                             documentXML: String? = nil, documentBytes: [UInt8]? = nil) -> [UInt8] {
        var overrides = [("/word/document.xml", mainType)]
        var rels: [(String, String, String, Bool)] = []
        var members: [ZipWriter.Member] = []
        func add(_ part: String, _ root: String, _ inner: String?, type: String, rel: String) {
            guard let inner else { return }
            overrides.append(("/word/\(part)", "application/vnd.openxmlformats-officedocument.wordprocessingml.\(type)+xml"))
            rels.append(("r\(rel)", relType + rel, part, false))
            members.append(.init("word/\(part)", xml(root, inner), deflate: deflate))
        }
        add("footnotes.xml", "w:footnotes", footnotes, type: "footnotes", rel: "footnotes")
        add("endnotes.xml", "w:endnotes", endnotes, type: "endnotes", rel: "endnotes")
        add("numbering.xml", "w:numbering", numbering, type: "numbering", rel: "numbering")
        add("styles.xml", "w:styles", styles, type: "styles", rel: "styles")
        add("settings.xml", "w:settings", settings, type: "settings", rel: "settings")
        add("header1.xml", "w:hdr", header, type: "header", rel: "header")
        for link in links { rels.append((link.id, relType + "hyperlink", link.url, true)) }
        if footnotes != nil, !footnoteLinks.isEmpty {
            let noteRels = footnoteLinks.map { ($0.id, relType + "hyperlink", $0.url, true) }
            members.append(.init("word/_rels/footnotes.xml.rels", relationships(noteRels), deflate: deflate))
        }
        let document = documentBytes ?? Array((documentXML ?? xml("w:document", "<w:body>\(body)</w:body>")).utf8)
        members.insert(.init("word/document.xml", document, deflate: deflate), at: 0)
        members.insert(.init("word/_rels/document.xml.rels", relationships(rels), deflate: deflate), at: 1)
        members.insert(.init("_rels/.rels", relationships([("rId1", relType + "officeDocument", "word/document.xml", false)]), deflate: deflate), at: 0)
        members.insert(.init("[Content_Types].xml", contentTypes(overrides), deflate: deflate), at: 0)
        return ZipWriter.archive(members)
    }

    public static func xml(_ root: String, _ inner: String) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<\(root) \(namespaces)>\(inner)</\(root)>"
    }

    public static func contentTypes(_ overrides: [(String, String)]) -> String {
        var s = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        s += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        s += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        for (part, type) in overrides { s += "<Override PartName=\"\(part)\" ContentType=\"\(type)\"/>" }
        return s + "</Types>"
    }

    public static func relationships(_ rels: [(id: String, type: String, target: String, external: Bool)]) -> String {
        var s = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for r in rels {
            s += "<Relationship Id=\"\(r.id)\" Type=\"\(r.type)\" Target=\"\(escape(r.target))\"\(r.external ? " TargetMode=\"External\"" : "")/>"
        }
        return s + "</Relationships>"
    }

    public static func escape(_ s: String) -> String {
        s.replacingAll("&", "&amp;").replacingAll("\"", "&quot;").replacingAll("<", "&lt;")
    }

    /// A paragraph of plain runs: `p("Vraag 1")`, with an optional style and bold.
    public static func p(_ text: String, style: String? = nil, bold: Bool = false) -> String {
        let pPr = style.map { "<w:pPr><w:pStyle w:val=\"\($0)\"/></w:pPr>" } ?? ""
        let rPr = bold ? "<w:rPr><w:b/></w:rPr>" : ""
        return "<w:p>\(pPr)<w:r>\(rPr)<w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
    }
}

extension String {
    func replacingAll(_ target: String, _ replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
