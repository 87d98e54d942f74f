import DocxBuilder
import OpenXMLPackage
import Testing
@testable import KamervragenKit

/// The corpus's numbering, styles and main parts with random pieces of markup put in at
/// random places: the byte passes never trap, and wherever the whole part still parses,
/// reading it in slices gives what reading it whole gives.
@Suite struct WordSliceMutationTests {
    static let pieces = ["<!-- x -->", ">", "<", "\"", "'", " xmlns:w=\"urn:x\"", "</w:num>", "<w:num w:numId=\"49\">", "<w:abstractNum w:abstractNumId=\"17\"/>",
                         "<?pi?>", "<![CDATA[<w:num>]]>", "&#49;", "</mc:Fallback>", "<mc:Fallback>", "</w:latentStyles>", "<w:latentStyles>",
                         "<w:lsdException w:name=\"x\"/>", "\n", "w:numId=\"1\" ", "<x/>"]

    static func mutated(_ xml: [UInt8], using generator: inout SystemRandomNumberGenerator) -> [UInt8] {
        var out = xml
        for _ in 0..<Int.random(in: 1...3, using: &generator) {
            let at = Int.random(in: 0...out.count, using: &generator)
            out.insert(contentsOf: Array(pieces.randomElement(using: &generator)!.utf8), at: at)
        }
        return out
    }

    @Test func mutatedPartsReadAlikeOrAreReadWhole() throws {
        let word = try WordPackage(bytes: try DocxFixtures.bytes(DocxFixtures.names[1]))
        let numberingPart = try #require(word.part("numbering")), stylesPart = try #require(word.part("styles"))
        let numbering = try #require(try word.package.bytes(of: numberingPart))
        let styles = try #require(try word.package.bytes(of: stylesPart))
        let document = try #require(try word.package.bytes(of: word.mainPart))
        var generator = SystemRandomNumberGenerator()
        let asks = [(49, 0), (49, 0), (1, 0), (14, 1), (49, 1), (36, 0)]
        for _ in 0..<200 {
            let xml = Self.mutated(numbering, using: &generator)
            let whole = WordNumberingSliceTests.labels(xml, asks: asks, slicing: false)
            let cut = WordNumberingSliceTests.labels(xml, asks: asks, slicing: true)
            if whole.failure == nil { #expect(cut.labels == whole.labels && cut.failure == nil) }
        }
        for _ in 0..<200 {
            let xml = Self.mutated(styles, using: &generator)
            _ = WordStyles.latentStyles(in: xml, maxDepth: 256)
            if let whole = try? WordLatentStylesTests.whole(xml) {
                let ids = whole.styles.keys.sorted()
                let read = try WordStyles.read(xml, part: "s", limits: .standard)
                #expect(WordLatentStylesTests.summary(read, ids: ids) == WordLatentStylesTests.summary(whole, ids: ids))
            }
        }
        for _ in 0..<100 {
            let xml = Self.mutated(document, using: &generator)
            if let whole = try? WordFallbacksTests.walk(xml), let slice = WordFallbacks.cut(xml, maxDepth: 256) {
                #expect(try WordFallbacksTests.walk(slice) == whole)
            }
        }
    }
}
