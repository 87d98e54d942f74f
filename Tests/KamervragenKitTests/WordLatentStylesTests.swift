import DocxBuilder
import OpenXMLPackage
import Testing
@testable import KamervragenKit

/// The styles part read without its `w:latentStyles` gives the styles a whole read gives,
/// and the forms the cut leaves alone are read whole.
@Suite struct WordLatentStylesTests {
    static let latent = "<w:latentStyles w:defLockedState=\"0\" w:count=\"3\"><w:lsdException w:name=\"Normal\" w:qFormat=\"1\"/>"
        + "<w:lsdException w:name=\"heading 1\" w:uiPriority=\"9\"/>\n<w:lsdException w:name=\"Strong\"></w:lsdException></w:latentStyles>"
    static let defaults = "<w:docDefaults><w:rPrDefault><w:rPr><w:b/></w:rPr></w:rPrDefault></w:docDefaults>"
    static let styles = "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Standaard\"><w:name w:val=\"Normal\"/></w:style>"
        + "<w:style w:type=\"paragraph\" w:styleId=\"Kop1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Standaard\"/><w:rPr><w:b w:val=\"0\"/></w:rPr></w:style>"
        + "<w:style w:type=\"paragraph\" w:styleId=\"Lijst\"><w:name w:val=\"Lijst\"/><w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"4\"/></w:numPr></w:pPr></w:style>"

    static func part(_ inner: String) -> [UInt8] { Array(Docx.xml("w:styles", inner).utf8) }

    /// What the reader keeps of every style, compared as text.
    static func summary(_ styles: WordStyles, ids: [String]) -> [String] {
        ["\(styles.defaultBold) \(styles.defaultParagraphStyle ?? "-")"] + ids.map { id in
            "\(id) \(String(describing: styles.bold(id))) \(styles.isHeading(id)) \(String(describing: styles.numbering(id)))"
        }
    }

    static func whole(_ xml: [UInt8]) throws -> WordStyles {
        let reader = WordStyles.Reader()
        try SAXParser.parse(xml, part: "word/styles.xml", into: reader)
        return WordStyles(reader)
    }

    @Test func corpusStylesAreCutAndReadAlike() throws {
        for name in DocxFixtures.names {
            let word = try WordPackage(bytes: try DocxFixtures.bytes(name))
            let part = try #require(word.part("styles"))
            let xml = try #require(try word.package.bytes(of: part))
            let cut = try #require(WordStyles.latentStyles(in: xml, maxDepth: 256), "\(name)")
            #expect(xml[cut].starts(with: Array("<w:latentStyles".utf8)) && Array(xml[cut].suffix(17)) == Array("</w:latentStyles>".utf8))
            let whole = try Self.whole(xml)
            let read = try WordStyles.read(xml, part: part, limits: .standard)
            let ids = whole.styles.keys.sorted()
            #expect(ids.count > 50)
            #expect(Self.summary(read, ids: ids) == Self.summary(whole, ids: ids), "\(name)")
        }
    }

    @Test func latentStylesCutOnlyWhenPlain() throws {
        let plain = Self.part(Self.defaults + Self.latent + Self.styles)
        let cut = try #require(WordStyles.latentStyles(in: plain, maxDepth: 256))
        #expect(String(decoding: plain[cut], as: UTF8.self) == Self.latent)
        #expect(WordStyles.latentStyles(in: Self.part(Self.defaults + "<w:latentStyles/>" + Self.styles), maxDepth: 256) != nil)
        let left: [String] = [
            Self.defaults + Self.latent.replacingOccurrences(of: "<w:lsdException w:name=\"Normal\"", with: "<!-- x --><w:lsdException w:name=\"Normal\"") + Self.styles,
            Self.defaults + Self.latent.replacingOccurrences(of: "</w:latentStyles>", with: "<w:style w:styleId=\"X\"><w:rPr><w:b/></w:rPr></w:style></w:latentStyles>") + Self.styles,
            Self.defaults + Self.latent.replacingOccurrences(of: "w:count=\"3\"", with: "w:count=\"3\" xmlns:w=\"urn:x\"") + Self.styles,
            Self.defaults + Self.styles + Self.latent,
            "<w:docDefaults>" + Self.latent + "</w:docDefaults>" + Self.styles,
            Self.defaults + Self.latent.replacingOccurrences(of: "w:name=\"Strong\"", with: "w:name=\"a>b\"") + Self.styles,
            Self.defaults + Self.styles,
        ]
        for inner in left {
            let xml = Self.part(inner)
            #expect(WordStyles.latentStyles(in: xml, maxDepth: 256) == nil, "\(inner)")
            let ids = ["Standaard", "Kop1", "Lijst", "X"]
            #expect(Self.summary(try WordStyles.read(xml, part: "s", limits: .standard), ids: ids) == Self.summary(try Self.whole(xml), ids: ids))
        }
        let ids = ["Standaard", "Kop1", "Lijst"]
        #expect(Self.summary(try WordStyles.read(plain, part: "s", limits: .standard), ids: ids) == Self.summary(try Self.whole(plain), ids: ids))
    }

    /// A part the parser refuses is refused as a whole read refuses it (its line in the
    /// whole part), whether or not the latent styles were cut out first.
    @Test func brokenStylesRefusedWithTheirLine() throws {
        let broken = Self.part(Self.defaults + Self.latent + "\n\n<w:style w:styleId=\"A\" w:styleId=\"B\"/>")
        #expect(WordStyles.latentStyles(in: broken, maxDepth: 256) != nil)
        var wholeError: PackageError?
        do { _ = try Self.whole(broken) } catch let error as PackageError { wholeError = error }
        var readError: PackageError?
        do { _ = try WordStyles.read(broken, part: "word/styles.xml", limits: .standard) } catch { readError = error }
        #expect(wholeError != nil && readError == wholeError)
    }
}
