import Testing
@testable import BrowserCore
import KamervragenKit
import TestSupport

/// The byte fast paths in `Block.append` must give exactly what the
/// Character-wise rules give; these compare both on text chosen to sit at their edges.
@Suite struct BlockFastPathTests {
    /// The Character-wise rules the fast path stands in for.
    static func reference(_ text: String) -> (characters: [Character], widths: [UInt8]) {
        var chars: [Character] = [], widths: [UInt8] = []
        for ch in text {
            switch SafeText.display(ch) {
            case .hidden: continue
            case .plain(let c):
                if c == " " { chars.append(" "); widths.append(1 | Block.breakFlag) }
                else if c == "\u{A0}" || c == "\u{202F}" { chars.append(" "); widths.append(1) }
                else { chars.append(c); widths.append(UInt8(max(1, DisplayWidth.of(c)))) }
            case .replacement(let c): chars.append(c); widths.append(1)
            }
        }
        return (chars, widths)
    }

    static let samples = [
        "het creëren van beleid", "cre\u{0308}eren", "e\u{301}é\u{301}", "‘Bericht’ – “zo” … €5",
        "a\u{200D}b", "x\u{FE0F}", "→ Antwoord op vraag 1", "→\u{FE0F} ←→\u{301}", "ĳs × ÷ ɏ", "tab\there\u{1B}[31m", "é\u{0327}", "€\u{20DD}",
        "naïef\u{00A0}en\u{202F}zo\u{00AD}", "—\u{2028}‧", "ab\r\ncd", "", "🇳🇱 vlag", "漢字 e",
    ]

    @Test(arguments: samples) func appendMatchesCharacterRules(_ text: String) {
        var block = Block(owner: .preamble, spaceBefore: false)
        block.append(text, role: .text)
        let ref = Self.reference(text)
        #expect(block.characters == ref.characters)
        #expect((0..<block.count).map { UInt8(block.width(at: $0)) | (block.isBreak(at: $0) ? Block.breakFlag : 0) } == ref.widths)
        #expect(block.roles.allSatisfy { $0 == .text || $0 == .replacement })
        #expect(block.text == String(ref.characters))
    }

    /// Narrow blocks wrap by jumping to the column limit; the result must equal adding
    /// widths one by one.
    @Test func narrowWrapEqualsWidthSum() {
        var random = SeededRandom(seed: 7)
        func next() -> UInt64 { random.next() }
        for _ in 0..<2000 {
            let cells: [UInt8] = (0..<Int(next() % 60)).map { _ in next() % 4 == 0 ? 1 | Block.breakFlag : 1 }
            for width in [1, 2, 3, 7, 10, 80] {
                var slow: [Range<Int>] = [], fast: [Range<Int>] = []
                Layout.wrap(widths: cells.span, width: width, narrow: false) { slow.append($0..<$1) }
                Layout.wrap(widths: cells.span, width: width, narrow: true) { fast.append($0..<$1) }
                #expect(fast == slow, "\(cells) at \(width)")
            }
        }
    }

    /// Roles live in five bits of the cell byte.
    @Test func everyRoleFitsACell() {
        #expect(Role.allCases.allSatisfy { $0.rawValue < 32 })
        var block = Block(owner: .preamble, spaceBefore: false)
        for role in Role.allCases { block.append("a b", role: role) }
        #expect(block.roles == Role.allCases.flatMap { [$0, $0, $0] })
        #expect((0..<block.count).map(block.isBreak(at:)) == Role.allCases.flatMap { _ in [false, true, false] })
        block.setRole(.selectedLink, at: 1)
        #expect(block.role(at: 1) == .selectedLink && block.isBreak(at: 1) && block.width(at: 1) == 1)
    }

    @Test func substringsAppendAlike() {
        let text = "Zie ‘café’ op https://example.nl/é."
        var whole = Block(owner: .preamble, spaceBefore: false)
        whole.append(text, role: .text)
        var parts = Block(owner: .preamble, spaceBefore: false)
        let cut = text.firstIndex(of: "h")!
        parts.append(text[..<cut], role: .text)
        parts.append(text[cut...], role: .text)
        #expect(whole.characters == parts.characters)
        #expect(whole.cells == parts.cells)
    }
}
