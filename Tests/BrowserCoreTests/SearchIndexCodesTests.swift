import Testing
@testable import BrowserCore
import KamervragenKit

/// The search index is built from the blocks' stored codes rather than from their
/// characters; it must be the same index, unit for unit, or matches and highlights move.
@Suite struct SearchIndexCodesTests {
    /// Every observable part of two indexes, compared field by field so a failure says
    /// which part differs. The position lists are compared for every unit that occurs.
    static func expectSame(_ coded: SearchableText, _ reference: SearchableText, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(coded.exact == reference.exact, sourceLocation: sourceLocation)
        #expect(coded.lower == reference.lower, sourceLocation: sourceLocation)
        #expect(coded.origin == reference.origin, sourceLocation: sourceLocation)
        #expect(coded.characterCount == reference.characterCount, sourceLocation: sourceLocation)
        #expect(coded.segmentUnitStarts == reference.segmentUnitStarts, sourceLocation: sourceLocation)
        for unit in Set(reference.lower).union(reference.exact) {
            #expect(coded.positions(ofFirst: unit) == reference.positions(ofFirst: unit), "unit \(unit)", sourceLocation: sourceLocation)
        }
    }

    /// Codes as `Block` stores them: a lone scalar by value, anything longer by index.
    static func coded(_ characters: [Character]) -> SearchableText.CodedSegment {
        var segment = SearchableText.CodedSegment(codes: [])
        for ch in characters {
            let scalars = Array(ch.unicodeScalars)
            if scalars.count == 1 {
                segment.codes.append(scalars[0].value)
            } else {
                segment.codes.append(SearchableText.CodedSegment.clusterFlag | UInt32(segment.clusters.count))
                segment.clusters.append(ch)
            }
        }
        return segment
    }

    /// Text at the folding's edges: marks alone and stacked, expansions (ß, æ, ĳ, …),
    /// marks and format characters that fold to nothing, "\r\n" (an ASCII value that is
    /// two scalars), line breaks, emoji sequences, case mappings longer than one scalar
    /// (İ), other scripts, and an empty segment.
    static let hostile: [String] = [
        "het creëren van beleid", "cre\u{65}\u{308}ren CRE\u{45}\u{308}REN", "Straße STRASSE ẞ",
        "Ærø œuvre Œ ĳsbaan Ĳ þorn Þ ı", "‘Meer meldingen’ “zo” „dus” ′ ″ … – — ‐",
        "\u{301}\u{308}x\u{200B}y\u{AD}z\u{FE0F}", "ab\r\ncd\ne\rf", "👩‍👩‍👧 🇳🇱 ❤️ 1️⃣",
        "İstanbul ΣΊΣΥΦΟΣ ﬁ ﬀ", "漢字 かな \u{1F600}", "\u{FFFD}\u{0}\u{7F}\u{80}\u{9F}\u{A0}\u{202F}",
        "", "e\u{301}\u{327}\u{20DD} €\u{20DD}",
    ]

    @Test func sameIndexOnHostileText() {
        let segments = Self.hostile.map { Array($0) }
        // Twice over: the second time every scalar's folding is one remembered in the build.
        let twice = segments + segments
        Self.expectSame(SearchableText(codedSegments: twice.map(Self.coded)), SearchableText(segments: twice))
        for segment in segments {
            Self.expectSame(SearchableText(codedSegments: [Self.coded(segment)]), SearchableText(segments: [segment]))
        }
        Self.expectSame(SearchableText(codedSegments: []), SearchableText(segments: []))
    }

    /// A Character made of one scalar is stored by value even when it is a lone mark;
    /// a code that is no scalar at all is shown as U+FFFD, and indexed as one.
    @Test func loneMarksAndInvalidCodesAsTheBlockShowsThem() {
        let segment = SearchableText.CodedSegment(codes: [0x65, 0x301, 0xD800, 0x41, 0x110000])
        let shown: [Character] = ["e", "\u{301}", "\u{FFFD}", "A", "\u{FFFD}"]
        let coded = SearchableText(codedSegments: [segment])
        Self.expectSame(coded, SearchableText(segments: [shown]))
        #expect(coded.origin == [0, 2, 3, 4, 5]) // the mark folds to nothing
        #expect(coded.lower == [0x65, 0xFFFD, 0x61, 0xFFFD, 0x0A])
    }

    @Test func sameIndexOnSeedBlocks() throws {
        let content = Content(document: try Fixture.seed())
        let reference = SearchableText(segments: content.blocks.map(\.characters))
        #expect(reference.exact.count > 10_000)
        Self.expectSame(content.searchIndex, reference)
    }

    /// Blocks built from hostile text through the real `Block.append` (SafeText,
    /// replacements, clusters kept whole) give the same index both ways.
    @Test func sameIndexOnHostileBlocks() {
        var blocks: [Block] = []
        for text in Self.hostile + BlockFastPathTests.samples {
            var block = Block(owner: .preamble, spaceBefore: false)
            block.append(text, role: .text)
            blocks.append(block)
        }
        #expect(blocks.contains { !$0.clusters.isEmpty })
        Self.expectSame(
            SearchableText(codedSegments: blocks.map(\.searchSegment)),
            SearchableText(segments: blocks.map(\.characters))
        )
    }

    /// The terminal builds the index ahead of the first `/`; that changes nothing the
    /// reader sees, and the search that follows finds what it finds without it.
    @Test func preparedSearchChangesNothingVisible() throws {
        var prepared = Browser(document: try Fixture.seed(), rows: 24, columns: 80)
        var lazy = Browser(document: try Fixture.seed(), rows: 24, columns: 80)
        let before = prepared.render().text
        prepared.prepareSearch()
        #expect(prepared.render().text == before)
        prepared.type("/creeren")
        lazy.type("/creeren")
        #expect(prepared.search?.count == 4)
        #expect(prepared.search?.starts == lazy.search?.starts)
        #expect(prepared.render().text == lazy.render().text)
    }

    /// Searching the seed through the browser finds what the plain string search finds
    /// in each block's text, with the same highlighted characters.
    @Test func browserMatchesAgreeWithStringSearch() throws {
        let content = Content(document: try Fixture.seed())
        for query in ["creeren", "e", "Comensha", "mensenhandel", "'", "..."] {
            var expected: [Int] = []
            for (b, block) in content.blocks.enumerated() {
                for r in block.text.searchMatches(of: query) { expected.append(content.blockCharacterStart[b] + r.lowerBound) }
            }
            let found = content.searchIndex.matches(of: SearchQuery(query)).map(\.characters.lowerBound)
            #expect(found == expected, "\(query)")
        }
    }
}
