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
    /// `w:docDefaults`' run bold, under every style.
    private(set) var defaultBold = false
    /// The paragraph style used where a paragraph names none (`w:default="1"`).
    private(set) var defaultParagraphStyle: String?

    init() {}

    init(package: OfficePackage, part: String?) throws(PackageError) {
        guard let part else { return }
        let reader = Reader()
        try package.parse(part, into: reader)
        styles = reader.styles
        defaultBold = reader.defaultBold
        defaultParagraphStyle = reader.defaultParagraphStyle
    }

    /// Whether a style (following `basedOn`) sets bold; nil when none in the chain says.
    func bold(_ id: String?) -> Bool? {
        var current = id
        var hops = 0
        while let c = current, let style = styles[c], hops < 32 {
            if let b = style.bold { return b }
            current = style.basedOn
            hops += 1
        }
        return nil
    }

    func isHeading(_ id: String?) -> Bool {
        chain(id).contains { $0.heading }
    }

    /// The numbering a paragraph style gives its paragraphs (the nearest in the chain).
    func numbering(_ id: String?) -> (numID: Int, level: Int?)? {
        chain(id).lazy.compactMap(\.numbering).first
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

    private final class Reader: XMLHandler {
        var styles: [String: Style] = [:]
        var defaultBold = false
        var defaultParagraphStyle: String?
        private var id: String?
        private var style = Style()
        private var inDefaults = false
        private var inRunProperties = false

        func startElement(_ name: XMLName, attributes: XMLAttributes) {
            guard name.namespace == .wordprocessingML else { return }
            switch name.local {
            case "docDefaults": inDefaults = true
            case "style":
                id = attributes.value(.wordprocessingML, "styleId")
                style = Style()
                if attributes.value(.wordprocessingML, "type") == "paragraph",
                   attributes.value(.wordprocessingML, "default").map(WordValues.isOn) == true {
                    defaultParagraphStyle = id
                }
            case "name":
                let n = (attributes.value(.wordprocessingML, "val") ?? "").lowercased()
                if n.hasPrefix("heading") || n == "title" || n.hasPrefix("kop ") { style.heading = true }
            case "basedOn": style.basedOn = attributes.value(.wordprocessingML, "val")
            case "outlineLvl":
                if let v = attributes.value(.wordprocessingML, "val").flatMap(Int.init), v < 9 { style.heading = true }
            case "rPr": inRunProperties = true
            case "b":
                guard inRunProperties else { break }
                let on = WordValues.isOn(attributes.value(.wordprocessingML, "val"))
                if inDefaults { defaultBold = on } else { style.bold = on }
            case "numId":
                if let n = attributes.value(.wordprocessingML, "val").flatMap(Int.init) {
                    style.numbering = (n, style.numbering?.level)
                }
            case "ilvl":
                if let l = attributes.value(.wordprocessingML, "val").flatMap(Int.init) {
                    style.numbering = (style.numbering?.numID ?? 0, l)
                }
            default: break
            }
        }

        func endElement(_ name: XMLName) {
            guard name.namespace == .wordprocessingML else { return }
            switch name.local {
            case "docDefaults": inDefaults = false
            case "rPr": inRunProperties = false
            case "style":
                if let id { styles[id] = style }
                id = nil
            default: break
            }
        }

        func text(_ bytes: [UInt8]) {}
    }
}

/// Reading WordprocessingML's simple values.
enum WordValues {
    /// An on/off property: absent value means on; `0`, `false`, `off` mean off.
    static func isOn(_ value: String?) -> Bool {
        guard let value else { return true }
        return !(value == "0" || value == "false" || value == "off")
    }
}
