import KamervragenKit

/// What part of the document a block belongs to: the status line, `]`/`[` and `a` ask this
/// of the line at the top of the screen.
enum Owner: Hashable, Sendable {
    case metadata
    case preamble
    case question(Int)
    case answer(Int)
    case notice(Int)
    case closing
    case notes
}

/// One paragraph as it will be displayed: safe characters with their widths and roles,
/// independent of the terminal width so that a resize only re-wraps.
struct Block: Sendable {
    var owner: Owner
    /// A blank line goes before this block.
    var spaceBefore: Bool
    var characters: [Character] = []
    /// Display width (1 or 2) per character, with `breakFlag` set on breakable spaces.
    var widths: [UInt8] = []
    var roles: [Role] = []
    var links: [Link] = []

    static let breakFlag: UInt8 = 0x80

    init(owner: Owner, spaceBefore: Bool) {
        self.owner = owner
        self.spaceBefore = spaceBefore
    }

    mutating func append(_ text: some StringProtocol, role: Role, link: LinkTarget? = nil) {
        let start = characters.count
        for ch in text {
            // Most document text is printable ASCII: skip the Unicode property look-ups.
            if let a = ch.asciiValue, a >= 0x20, a < 0x7F {
                characters.append(ch)
                widths.append(a == 0x20 ? 1 | Block.breakFlag : 1)
                roles.append(role)
                continue
            }
            switch SafeText.display(ch) {
            case .hidden: continue
            case .plain(let c):
                if c == " " {
                    characters.append(" "); widths.append(1 | Block.breakFlag)
                } else if c == "\u{A0}" || c == "\u{202F}" {
                    characters.append(" "); widths.append(1) // no break here
                } else {
                    characters.append(c); widths.append(UInt8(max(1, DisplayWidth.of(c))))
                }
                roles.append(role)
            case .replacement(let c):
                characters.append(c); widths.append(1); roles.append(.replacement)
            }
        }
        if let link, characters.count > start {
            links.append(Link(range: start..<characters.count, target: link))
        }
    }

    func width(at i: Int) -> Int { Int(widths[i] & ~Block.breakFlag) }
    func isBreak(at i: Int) -> Bool { widths[i] & Block.breakFlag != 0 }
    var text: String { String(characters) }
}
