import DocxBuilder
import OpenXMLPackage
import Testing
@testable import KamervragenKit

/// The numbering part read list by list (`WordNumberingSlices`) gives the labels a whole
/// read gives: on the corpus files' parts, on parts of every form made from random pieces,
/// and on the forms the slices leave to a whole read.
@Suite struct WordNumberingSliceTests {
    static func part(_ inner: String, root: String = "<w:numbering \(Docx.namespaces)>") -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\(root)\(inner)</w:numbering>"
    }

    static func styles(_ inner: String) throws -> WordStyles {
        let reader = WordStyles.Reader()
        try SAXParser.parse(Array(Docx.xml("w:styles", inner).utf8), part: "word/styles.xml", into: reader)
        return WordStyles(reader)
    }

    /// The labels for `asks` (list, level), sliced or whole, and whether the part failed.
    static func labels(_ xml: [UInt8], styles: WordStyles = WordStyles(), asks: [(Int, Int)], slicing: Bool) -> (labels: [String?], failure: PackageError?) {
        var numbering = WordNumbering(xml: xml, part: "word/numbering.xml", styles: styles, slicing: slicing)
        let labels = asks.map { numbering.next(numID: $0.0, level: $0.1) }
        return (labels, numbering.failure)
    }

    static func expectSame(_ xml: String, styles: WordStyles = WordStyles(), asks: [(Int, Int)], sliced: Bool? = nil,
                           sourceLocation: SourceLocation = #_sourceLocation) {
        let bytes = Array(xml.utf8)
        if let sliced {
            #expect(WordNumbering(xml: bytes, part: "n", styles: styles, slicing: true).readsSlices == sliced, "\(xml)", sourceLocation: sourceLocation)
        }
        let whole = labels(bytes, styles: styles, asks: asks, slicing: false)
        let cut = labels(bytes, styles: styles, asks: asks, slicing: true)
        #expect(cut.labels == whole.labels, "\(xml)", sourceLocation: sourceLocation)
        #expect(cut.failure == whole.failure, "\(xml)", sourceLocation: sourceLocation)
    }

    /// Every list of every corpus file, each level in turn, as whole and as slices; and
    /// the corpus parts are all in the form the slices cut.
    @Test func corpusPartsGiveTheSameLabels() throws {
        var sliced = 0
        for name in DocxFixtures.names {
            let word = try WordPackage(bytes: try DocxFixtures.bytes(name))
            guard let part = word.part("numbering"), let xml = try word.package.bytes(of: part) else { continue }
            var styles = WordStyles()
            if let stylesPart = word.part("styles"), let stylesXML = try word.package.bytes(of: stylesPart) {
                let reader = WordStyles.Reader()
                try SAXParser.parse(stylesXML, part: stylesPart, into: reader)
                styles = WordStyles(reader)
            }
            #expect(WordNumberingSlices(xml, maxDepth: 256) != nil, "\(name)")
            var asks: [(Int, Int)] = []
            for numID in 0...60 {
                for level in [0, 0, 1, 1, 0, 2, 8, 3, 0] { asks.append((numID, level)) }
            }
            let whole = Self.labels(xml, styles: styles, asks: asks, slicing: false)
            let cut = Self.labels(xml, styles: styles, asks: asks, slicing: true)
            #expect(whole.failure == nil && cut.failure == nil)
            #expect(cut.labels == whole.labels, "\(name)")
            #expect(whole.labels.contains { $0 != nil })
            sliced += 1
        }
        #expect(sliced >= 4)
    }

    static let definitions = """
        <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1)"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1.%2."/></w:lvl></w:abstractNum>
        <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="4"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
        """
    static let asks = [(1, 0), (1, 1), (2, 0), (1, 0), (3, 0), (9, 0)]

    /// Forms the pass does not cut are read whole, with the same labels.
    @Test func unusualFormsAreReadWhole() throws {
        let nums = "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num><w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>"
        let w = Docx.w
        Self.expectSame(Self.part(Self.definitions + nums), asks: Self.asks, sliced: true)
        let whole: [String] = [
            Self.part("<!-- een opmerking -->" + Self.definitions + nums),
            Self.part(Self.definitions + "<?pi x?>" + nums),
            Self.part(Self.definitions + "<w:numPicBullet><![CDATA[<w:num w:numId=\"2\">]]></w:numPicBullet>" + nums),
            Self.part(Self.definitions + "<w:num w:numId=\"1\" xmlns:x=\"urn:x\"><w:abstractNumId w:val=\"1\"/></w:num>" + nums),
            Self.part(Self.definitions + nums, root: "<w:numbering xmlns:w=\"\(w)\" xmlns:v=\"\(w)\">"),
            Self.part(Self.definitions + nums, root: "<w:numbering xmlns=\"\(w)\" xmlns:w=\"\(w)\">"),
            Self.part(Self.definitions + nums, root: "<w:numbering xmlns:w=\"urn:not-word\">"),
            Self.part(Self.definitions + "<w:num w:numId=\"&#49;\"><w:abstractNumId w:val=\"1\"/></w:num>" + nums),
            Self.part(Self.definitions + "<w:num w:numId=\"+1\"><w:abstractNumId w:val=\"1\"/></w:num>" + nums),
            Self.part(Self.definitions + "<w:num w:numId=\"1\" w:numId=\"3\"><w:abstractNumId w:val=\"1\"/></w:num>" + nums),
            Self.part(Self.definitions + "<w:num><w:abstractNumId w:val=\"1\"/></w:num>" + nums),
            Self.part(Self.definitions + "<mc:AlternateContent><mc:Choice><w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num></mc:Choice></mc:AlternateContent>" + nums),
            Self.part(Self.definitions + "<w:abstractNum w:abstractNumId=\"5\"><w:num w:numId=\"1\"/></w:abstractNum>" + nums),
            "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><w:numbering xmlns:w=\"\(w)\">" + Self.definitions + nums + "</w:numbering>",
            Self.part(Self.definitions + nums) + "<!-- na de wortel -->",
            Self.part(Self.definitions + "<w:numPicBullet w:x=\"a>b\"/>" + nums),
            Self.part(Self.definitions + "<w:numPicBullet>a > b</w:numPicBullet>" + nums),
            Self.part(Self.definitions + "<w:numPicBullet></w:numPicBulletX>" + nums),
        ]
        for xml in whole { Self.expectSame(xml, asks: Self.asks, sliced: false) }
        // Single quotes, white space in tags, self-closing instances, a second prefix for
        // another namespace and ids given twice are cut (the last of an id wins).
        let cut: [String] = [
            Self.part(Self.definitions + "<w:num w:numId='1' ><w:abstractNumId w:val='1' /></w:num >\n" + nums),
            Self.part(Self.definitions + nums + "<w:num w:numId=\"2\"/><w:num\nw:numId = \"3\"><w:abstractNumId w:val=\"0\"/></w:num>"),
            Self.part(Self.definitions + nums + "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"lowerRoman\"/><w:lvlText w:val=\"(%1)\"/></w:lvl></w:abstractNum>"),
            Self.part(Self.definitions + "<x:num x:numId=\"1\"/>" + nums, root: "<w:numbering xmlns:w=\"\(w)\" xmlns:x=\"urn:x\">"),
        ]
        for xml in cut { Self.expectSame(xml, asks: Self.asks, sliced: true) }
    }

    /// A slice the parser refuses sends the reader to the whole part, which then says
    /// where it is broken (its line, not the slice's); a malformed list nothing asks for is
    /// not read.
    @Test func aBrokenListIsRefusedAsAWholeReadRefusesIt() throws {
        let broken = "<w:abstractNum w:abstractNumId=\"7\"><w:lvl w:ilvl=\"0\" w:x=\"1\" w:x=\"2\"/></w:abstractNum>\n"
        let xml = Self.part(Self.definitions + broken + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num><w:num w:numId=\"7\"><w:abstractNumId w:val=\"7\"/></w:num>")
        Self.expectSame(xml, asks: [(7, 0)], sliced: true)
        let refused = Self.labels(Array(xml.utf8), asks: [(1, 0), (7, 0)], slicing: true)
        #expect(refused.failure != nil && refused.labels.first == "1)")
        #expect(Self.labels(Array(xml.utf8), asks: [(1, 0), (1, 0)], slicing: true).failure == nil)
    }

    /// `w:numStyleLink`: a definition that takes its levels from the list a numbering
    /// style names, read with it.
    @Test func styleLinksAreFollowed() throws {
        let styles = try Self.styles("<w:style w:type=\"numbering\" w:styleId=\"Lijst\"><w:name w:val=\"Lijst\"/><w:pPr><w:numPr><w:numId w:val=\"2\"/></w:numPr></w:pPr></w:style>")
        let xml = Self.part(Self.definitions + "<w:abstractNum w:abstractNumId=\"3\"><w:numStyleLink w:val=\"Lijst\"/></w:abstractNum>"
                            + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"3\"/></w:num><w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>")
        Self.expectSame(xml, styles: styles, asks: [(1, 0), (1, 0), (2, 0)], sliced: true)
        #expect(Self.labels(Array(xml.utf8), styles: styles, asks: [(1, 0), (1, 0)], slicing: true).labels == ["IV.", "V."])
    }

    /// Parts made of random pieces (definitions, instances pointing anywhere, overrides,
    /// links, other elements, ids given twice, forms that are read whole), asked random
    /// lists: the slices give what the whole part gives.
    @Test func randomPartsGiveTheSameLabels() throws {
        let styles = try Self.styles((0..<3).map { "<w:style w:type=\"numbering\" w:styleId=\"S\($0)\"><w:name w:val=\"S\($0)\"/><w:pPr><w:numPr><w:numId w:val=\"\($0 + 1)\"/></w:numPr></w:pPr></w:style>" }.joined())
        var generator = SystemRandomNumberGenerator()
        func random(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &generator) }
        let formats = ["decimal", "lowerLetter", "upperRoman", "bullet", "none", "decimalZero"]
        func level(_ k: Int) -> String {
            "<w:lvl w:ilvl=\"\(k)\"><w:start w:val=\"\(random(0...3))\"/><w:numFmt w:val=\"\(formats.randomElement(using: &generator)!)\"/>"
                + "<w:lvlText w:val=\"%\(k + 1)\(random(0...1) == 0 ? ")" : ".%1")\"/>\(random(0...3) == 0 ? "<w:lvlRestart w:val=\"0\"/>" : "")</w:lvl>"
        }
        func piece() -> String {
            switch random(0...11) {
            case 0...3:
                let link = random(0...4) == 0 ? "<w:numStyleLink w:val=\"S\(random(0...3))\"/>" : ""
                return "<w:abstractNum w:abstractNumId=\"\(random(0...6))\">\(link)\((0..<random(0...3)).map { level($0) }.joined())</w:abstractNum>"
            case 4...7:
                let pointer = ["\(random(0...7))", "+\(random(0...6))", "x"].randomElement(using: &generator)!
                let override = random(0...3) == 0 ? "<w:lvlOverride w:ilvl=\"\(random(0...1))\"><w:startOverride w:val=\"\(random(1...9))\"/>\(random(0...1) == 0 ? level(0) : "")</w:lvlOverride>" : ""
                return "<w:num w:numId=\"\(random(1...9))\"><w:abstractNumId w:val=\"\(pointer)\"/>\(override)</w:num>"
            case 8: return "<w:num w:numId=\"\(random(1...9))\"/>"
            case 9: return "<w:numPicBullet w:numPicBulletId=\"1\"><w:pict><v:shape style=\"a>b\"/></w:pict></w:numPicBullet>\n"
            case 10: return "<w:numIdMacAtCleanup w:val=\"\(random(0...9))\"/>"
            default:
                return ["<!-- x -->", "<mc:AlternateContent><mc:Choice Requires=\"w14\"><w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num></mc:Choice></mc:AlternateContent>",
                        "<w:abstractNum w:abstractNumId=\"&#50;\"/>", "\n  "].randomElement(using: &generator)!
            }
        }
        var sliced = 0
        for _ in 0..<400 {
            let xml = Self.part((0..<random(1...14)).map { _ in piece() }.joined())
            let asks = (0..<random(1...16)).map { _ in (random(0...10), random(0...2)) }
            let bytes = Array(xml.utf8)
            let whole = Self.labels(bytes, styles: styles, asks: asks, slicing: false)
            let cut = Self.labels(bytes, styles: styles, asks: asks, slicing: true)
            #expect(whole.failure == nil)
            #expect(cut.labels == whole.labels, "\(xml) \(asks)")
            if WordNumberingSlices(bytes, maxDepth: 256) != nil { sliced += 1 }
        }
        #expect(sliced > 100)
    }
}
