import OpenXMLPackage

/// `styles.xml`, as far as the reader needs it: which styles make text bold, which
/// paragraph styles are headings, and which carry automatic numbering. A style inherits
/// from the one it is `basedOn` what it does not set itself.
struct WordStyles {
    struct Style {
        var basedOn: String?
        var bold: Bool?
        var heading = false
        var numbering: (numID: Int, level: Int?)?
    }

    private(set) var styles: [String: Style] = [:]
    /// Each style with its chain followed once, when the part is read: a paragraph's
    /// hints are then one lookup, not a walk of `basedOn` per hint per paragraph.
    private var resolved: [String: Resolved] = [:]

    struct Resolved {
        var bold: Bool?
        var heading: Bool
        var numbering: (numID: Int, level: Int?)?
    }

    /// `w:docDefaults`' run bold, under every style.
    private(set) var defaultBold = false
    /// The paragraph style used where a paragraph names none (`w:default="1"`).
    private(set) var defaultParagraphStyle: String?

    init() {}

    /// The styles a `Reader` has read (on whichever thread parsed the part).
    init(_ reader: Reader) {
        styles = reader.styles
        defaultBold = reader.defaultBold
        defaultParagraphStyle = reader.defaultParagraphStyle
        resolved.reserveCapacity(styles.count)
        for id in styles.keys {
            let chain = chain(id)
            resolved[id] = Resolved(bold: chain.lazy.compactMap(\.bold).first, heading: chain.contains { $0.heading },
                                    numbering: chain.lazy.compactMap(\.numbering).first)
        }
    }

    /// The part as the reader needs it: without its `w:latentStyles` when that can be cut
    /// out exactly (`latentStyles(in:maxDepth:)`), else whole. A slice the parser refuses
    /// is parsed whole again, so a broken part is refused with its own line.
    static func read(_ xml: [UInt8], part: String, limits: XMLLimits) throws(PackageError) -> WordStyles {
        if let cut = latentStyles(in: xml, maxDepth: limits.maxDepth) {
            var slice: [UInt8] = []
            slice.reserveCapacity(xml.count - cut.count)
            slice += xml[..<cut.lowerBound]
            slice += xml[cut.upperBound...]
            let reader = Reader()
            if (try? SAXParser.parse(slice, part: part, into: reader, limits: limits)) != nil { return WordStyles(reader) }
        }
        let reader = Reader()
        try SAXParser.parse(xml, part: part, into: reader, limits: limits)
        return WordStyles(reader)
    }

    /// Where the part's `w:latentStyles` stands, when the reader may be spared it: Word's
    /// list of its built-in styles' names and flags (hundreds of `w:lsdException`s, a large
    /// share of a template's styles part) defines no style that text uses, and no element
    /// in it is one the reader acts on; what the parser is not given, it does not check. Found by the tags' bytes
    /// (`WordPartTags`) from the root up to its end: a child of the root, before the first
    /// `w:style`, holding only `w:lsdException`s and declaring no namespace; nil otherwise.
    static func latentStyles(in xml: [UInt8], maxDepth: Int) -> Range<Int>? {
        xml.withByteText { t -> Range<Int>? in
            guard var tags = WordPartTags(t, maxDepth: maxDepth) else { return nil }
            var start: Int?
            while true {
                guard case .tag(let tag) = tags.next() else { return nil }
                if let start {
                    if !tag.isEnd {
                        guard tags.isMain(tag, ByteText("lsdException")) else { return nil }
                    } else if tag.depth == 1 {
                        let cut = start..<tag.close + 1
                        return t.extracting(cut).contains(ByteText("xmlns")) ? nil : cut
                    }
                } else if !tag.isEnd, tag.depth == 1 {
                    if tags.isMain(tag, ByteText("latentStyles")) {
                        if tag.isEmpty { return t.extracting(tag.open..<tag.close).contains(ByteText("xmlns")) ? nil : tag.open..<tag.close + 1 }
                        start = tag.open
                    } else if tags.isMain(tag, ByteText("style")) {
                        return nil
                    }
                }
            }
        }
    }

    /// Whether a style (following `basedOn`) sets bold; nil when none in the chain says.
    func bold(_ id: String?) -> Bool? {
        guard let id else { return nil }
        return resolved[id]?.bold
    }

    func isHeading(_ id: String?) -> Bool {
        guard let id else { return false }
        return resolved[id]?.heading ?? false
    }

    /// The numbering a paragraph style gives its paragraphs (the nearest in the chain).
    func numbering(_ id: String?) -> (numID: Int, level: Int?)? {
        guard let id else { return nil }
        return resolved[id]?.numbering
    }

    private func chain(_ id: String?) -> [Style] {
        var out: [Style] = []
        var current = id
        while let c = current, let style = styles[c], out.count < 32 {
            out.append(style)
            current = style.basedOn
        }
        return out
    }

    final class Reader: XMLHandler {
        enum Element: String, CaseIterable {
            case docDefaults, style, name, basedOn, outlineLvl, rPr, b, numId, ilvl
        }
        static let vocabulary = XMLVocabulary(Element.self)
        static let byIndex = Element.allCases
        var vocabulary: XMLVocabulary { Self.vocabulary }
        private let elements = Reader.byIndex
        var styles: [String: Style] = [:]
        var defaultBold = false
        var defaultParagraphStyle: String?
        private var id: String?
        private var style = Style()
        private var inDefaults = false
        private var inRunProperties = false

        func startElement(_ name: XMLName, attributes: XMLAttributes) {
            guard name.namespace == .wordprocessingML, let index = name.index else { return }
            switch elements[index] {
            case .docDefaults: inDefaults = true
            case .style:
                id = attributes.value(.wordprocessingML, "styleId")
                style = Style()
                if attributes.value(.wordprocessingML, "type", is: "paragraph"),
                   attributes.value(.wordprocessingML, "default") != nil, attributes.isOn(.wordprocessingML, "default") {
                    defaultParagraphStyle = id
                }
            case .name:
                let n = (attributes.value(.wordprocessingML, "val") ?? "").lowercased()
                if n.hasPrefix("heading") || n == "title" || n.hasPrefix("kop ") { style.heading = true }
            case .basedOn: style.basedOn = attributes.value(.wordprocessingML, "val")
            case .outlineLvl:
                if let v = attributes.int(.wordprocessingML, "val"), v < 9 { style.heading = true }
            case .rPr: inRunProperties = true
            case .b:
                guard inRunProperties else { break }
                let on = attributes.isOn(.wordprocessingML, "val")
                if inDefaults { defaultBold = on } else { style.bold = on }
            case .numId:
                if let n = attributes.int(.wordprocessingML, "val") {
                    style.numbering = (n, style.numbering?.level)
                }
            case .ilvl:
                if let l = attributes.int(.wordprocessingML, "val") {
                    style.numbering = (style.numbering?.numID ?? 0, l)
                }
            }
        }

        func endElement(_ name: XMLName) {
            guard name.namespace == .wordprocessingML, let index = name.index else { return }
            switch elements[index] {
            case .docDefaults: inDefaults = false
            case .rPr: inRunProperties = false
            case .style:
                if let id { styles[id] = style }
                id = nil
            default: break
            }
        }

        func text(_ bytes: [UInt8]) {}
    }
}
