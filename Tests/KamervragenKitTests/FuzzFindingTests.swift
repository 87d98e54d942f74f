import Foundation
import Testing
@testable import KamervragenKit

/// The inputs libFuzzer found that broke a target (scripts/fuzz.sh; docs/reliability.md,
/// "Fuzzing"), each replayed through the path its target takes. Every one of them trapped
/// or broke a check before its fix.
@Suite struct FuzzFindingTests {
    /// `pdf-bbox`: a word box 6e85 points high made the type-size count convert a Double
    /// past Int.max (PageRoles.init trapped). Coordinates past a million points are now
    /// read as missing.
    @Test func wordHeightPastIntMax() throws {
        let xhtml = try Fixture.bytes("fuzz/pdf-bbox/word-height-past-int-max.xhtml")
        if let text = try? PDFReader.read(bboxLayout: xhtml, source: "fuzz.pdf"),
           let doc = try? DocumentLoader.parse(text, nothingFoundIn: PDFReader.nothingFoundPlace) {
            assertLinksConsistent(doc)
        }
    }

    /// The rule itself, on a small page: the huge coordinate is dropped (read as 0, as a
    /// missing one is), the rest of the box and the text are kept.
    @Test func coordinatesPastAMillionPointsAreReadAsMissing() {
        let huge = String(repeating: "9", count: 90) + ".5"
        let xhtml = """
        <doc><page width="595" height="842"><flow><block><line xMin="1" yMin="2" xMax="3" yMax="4">\
        <word xMin="10" yMin="20" xMax="30" yMax="\(huge)">Vraag</word><word xMin="32" yMin="20" xMax="35" yMax="999999.5">1</word>\
        </line></block></flow></page></doc>
        """
        let pages = BBoxLayout.parse(Array(xhtml.utf8))
        #expect(pages[0].lines[0].text == "Vraag 1")
        #expect(pages[0].lines[0].words[0].yMax == 0)
        #expect(pages[0].lines[0].words[0].xMax == 30)
        #expect(pages[0].lines[0].words[1].yMax == 999_999.5)
        // What trapped: the layout's type sizes from such pages.
        _ = PageRoles(pages: pages)
        _ = TypesetText(pages: pages)
    }
}
