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

    /// Every ASCII byte as a ready Character, so the fast path copies instead of building.
    static let asciiCharacters: [Character] = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) }

    init(owner: Owner, spaceBefore: Bool) {
        self.owner = owner
        self.spaceBefore = spaceBefore
    }

    mutating func append(_ text: some StringProtocol, role: Role, link: LinkTarget? = nil) {
        let start = characters.count
        let utf8 = text.utf8
        reserve(utf8.count)
        // Most document text is printable ASCII: walk the bytes and take those without a
        // Character iterator or Unicode look-ups. A byte is its own Character unless the
        // next byte starts a non-ASCII scalar (a combining mark would join it), so only
        // then, and for non-ASCII, is the grapheme-aware slow path taken.
        let done: Bool? = utf8.withContiguousStorageIfAvailable { bytes in
            let table = Block.asciiCharacters
            let n = bytes.count
            var k = 0
            while k < n {
                let b = bytes[k]
                if b >= 0x20, b < 0x7F, k + 1 == n || bytes[k + 1] < 0x80 {
                    characters.append(table[Int(b)])
                    widths.append(b == 0x20 ? 1 | Block.breakFlag : 1)
                    roles.append(role)
                    k += 1
                    continue
                }
                let ch = text[utf8.index(utf8.startIndex, offsetBy: k)...].first!
                appendSlow(ch, role: role)
                k += ch.utf8.count
            }
            return true
        }
        if done == nil {
            for ch in text { appendSlow(ch, role: role) }
        }
        if let link, characters.count > start {
            links.append(Link(range: start..<characters.count, target: link))
        }
    }

    /// Room for `extra` more characters, growing geometrically: paragraphs arrive in a
    /// few runs, and letting three arrays double from empty per block cost more than the
    /// characters themselves. UTF-8 length bounds the character count.
    private mutating func reserve(_ extra: Int) {
        let needed = characters.count + extra
        guard characters.capacity < needed else { return }
        let size = Swift.max(needed, characters.capacity * 2)
        characters.reserveCapacity(size)
        widths.reserveCapacity(size)
        roles.reserveCapacity(size)
    }

    private mutating func appendSlow(_ ch: Character, role: Role) {
        if let a = ch.asciiValue, a >= 0x20, a < 0x7F {
            characters.append(ch)
            widths.append(a == 0x20 ? 1 | Block.breakFlag : 1)
            roles.append(role)
            return
        }
        switch SafeText.display(ch) {
        case .hidden: return
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

    func width(at i: Int) -> Int { Int(widths[i] & ~Block.breakFlag) }
    func isBreak(at i: Int) -> Bool { widths[i] & Block.breakFlag != 0 }
    var text: String { String(characters) }
}
