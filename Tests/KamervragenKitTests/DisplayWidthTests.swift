import Testing
@testable import KamervragenKit

/// The wide table is a flat list of first/last pairs; its edges must still be exact.
@Suite struct DisplayWidthTests {
    @Test(arguments: [
        (UInt32(0x10FF), false), (0x1100, true), (0x115F, true), (0x231A, true), (0x231B, true),
        (0x231C, false), (0x3000, true), (0x1F600, true), (0x1F650, false), (0x3FFFD, true), (0x3FFFE, false),
    ])
    func wideEdges(_ value: UInt32, _ wide: Bool) {
        #expect(DisplayWidth.isWide(value) == wide)
    }

    @Test func everyPairIsOrderedAndApart() {
        let bounds = DisplayWidth.wideBounds
        #expect(bounds.count % 2 == 0)
        for i in stride(from: 0, to: bounds.count, by: 2) {
            #expect(bounds[i] <= bounds[i + 1])
            if i + 2 < bounds.count { #expect(bounds[i + 1] < bounds[i + 2]) }
        }
    }

    /// A text's width is its characters' widths added up, whether or not the all-ASCII
    /// shortcut takes it: controls and DEL take no cell, so they must not count as bytes.
    @Test(arguments: ["", "abc", "/work/dir with spaces/x~y.txt", "a\tb", "a\u{7F}b", "\u{1B}[31m", "ab\r\ncd",
                      "é", "caf\u{E9} \u{201C}zo\u{201D}", "e\u{301}", "漢字", "~ !\"#$%&'()*+,-./09:;<=>?@AZ[\\]^_`az{|}"])
    func textWidthIsTheSumOfItsCharacters(_ text: String) {
        let sum = text.reduce(0) { $0 + DisplayWidth.of($1) }
        #expect(DisplayWidth.of(text) == sum)
        #expect(DisplayWidth.of(text.dropFirst()) == sum - (text.first.map { DisplayWidth.of($0) } ?? 0))
    }
}
