import Testing
@testable import BrowserCore
import KamervragenKit

/// The search index is built from the blocks' stored codes rather than from their
/// characters; it must be the same index, unit for unit, or matches and highlights move.
/// The browser searches block by block instead of through the index; that must find the
/// same matches.
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
    static func coded(_ characters: [Character]) -> CodedSegment {
        var segment = CodedSegment(codes: [])
        for ch in characters {
            let scalars = Array(ch.unicodeScalars)
            if scalars.count == 1 {
                segment.codes.append(scalars[0].value)
            } else {
                segment.codes.append(CodedSegment.clusterFlag | UInt32(segment.clusters.count))
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
        let segment = CodedSegment(codes: [0x65, 0x301, 0xD800, 0x41, 0x110000])
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
        Self.expectSame(SearchableText(codedSegments: content.blocks.map(\.searchSegment)), reference)
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

    /// The browser searches one block at a time (`SegmentSearch`); it must find what the
    /// index of the whole text finds, at the same characters, on hostile text too.
    @Test func blockSearchAgreesWithTheIndex() {
        var search = SegmentSearch()
        let queries = ["e", "cree", "creeren", "CREEREN", "ss", "Ss", "aero", "ij", "'meer", "...", "-", "x", "y", "z",
                       "\u{301}", "istanbul", "漢", "ab", "a\u{308}", "ΣΥ", "σ", "fi"]
        for text in Self.hostile {
            let segment = Self.coded(Array(text))
            let index = SearchableText(codedSegments: [segment])
            for q in queries {
                let query = SearchQuery(q)
                var pairs: [Int32] = []
                let found = search.matches(of: query, in: segment, into: &pairs)
                let expected = index.matches(of: query).map(\.characters)
                #expect(found == expected.count, "\(q) in \(text)")
                #expect(stride(from: 0, to: pairs.count, by: 2).map { Int(pairs[$0])..<Int(pairs[$0 + 1]) } == expected, "\(q) in \(text)")
            }
        }
    }

    /// Searching the seed through the browser finds what the plain string search finds
    /// in each block's text, with the same highlighted characters.
    @Test func browserMatchesAgreeWithStringSearch() throws {
        let content = Content(document: try Fixture.seed())
        for query in ["creeren", "e", "Comensha", "mensenhandel", "'", "..."] {
            let scan = SearchScan(query: SearchQuery(query), content: content, narrowing: nil)
            #expect(scan.isComplete)
            var total = 0
            for (b, block) in content.blocks.enumerated() {
                let expected = block.text.searchMatches(of: query)
                #expect(scan.hits(in: b).map { Int($0.start)..<Int($0.end) } == expected, "\(query) in block \(b)")
                total += expected.count
            }
            #expect(scan.total == total, "\(query)")
        }
    }
}
