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
    /// One code per displayed character: the scalar value when the character is a single
    /// scalar (nearly always), else `clusterFlag` plus an index into `clusters`. Plain
    /// integers, because an array of `Character` cost a retain on every append and a
    /// release per element when freed, which dominated opening a large document.
    private(set) var codes: [UInt32] = []
    private(set) var clusters: [Character] = []
    /// Display width (1 or 2) per character, with `breakFlag` set on breakable spaces.
    var widths: [UInt8] = []
    var roles: [Role] = []
    var links: [Link] = []

    static let breakFlag: UInt8 = 0x80
    static let clusterFlag: UInt32 = 0x8000_0000

    init(owner: Owner, spaceBefore: Bool) {
        self.owner = owner
        self.spaceBefore = spaceBefore
    }

    var count: Int { codes.count }
    var isEmpty: Bool { codes.isEmpty }

    func character(at i: Int) -> Character {
        let c = codes[i]
        if c & Block.clusterFlag != 0 { return clusters[Int(c & ~Block.clusterFlag)] }
        return Character(Unicode.Scalar(c) ?? "\u{FFFD}")
    }

    /// The characters, for the few callers that need them all (search index, tests).
    var characters: [Character] { (0..<count).map(character(at:)) }

    /// The characters in `range` as a string.
    func text(_ range: Range<Int>) -> String {
        var out = ""
        for i in range {
            let c = codes[i]
            if c & Block.clusterFlag != 0 {
                out.append(clusters[Int(c & ~Block.clusterFlag)])
            } else {
                out.unicodeScalars.append(Unicode.Scalar(c) ?? "\u{FFFD}")
            }
        }
        return out
    }

    mutating func append(_ text: some StringProtocol, role: Role, link: LinkTarget? = nil) {
        let start = count
        let utf8 = text.utf8
        reserve(utf8.count)
        // Most document text is printable ASCII: runs of it are copied in bulk, without a
        // Character iterator or Unicode look-ups. A byte is its own Character unless the
        // next byte starts a non-ASCII scalar (a combining mark would join it), so such a
        // byte, and everything non-ASCII, takes the grapheme-aware slow path.
        let done: Bool? = utf8.withContiguousStorageIfAvailable { bytes in
            let n = bytes.count
            var k = 0
            while k < n {
                var j = k
                while j < n, bytes[j] >= 0x20, bytes[j] < 0x7F { j += 1 }
                if j < n, j > k, bytes[j] >= 0x80, Block.plainScalar(bytes, at: j) == nil { j -= 1 }
                if j == k, let (value, length) = Block.plainScalar(bytes, at: k) {
                    let m = k + length
                    if m == n || bytes[m] < 0x80 || Block.plainScalar(bytes, at: m) != nil {
                        codes.append(value); widths.append(1); roles.append(role)
                        k = m
                        continue
                    }
                }
                if j > k {
                    let run = UnsafeBufferPointer(rebasing: bytes[k..<j])
                    codes.append(contentsOf: run.lazy.map { UInt32($0) })
                    widths.append(contentsOf: run.lazy.map { $0 == 0x20 ? 1 | Block.breakFlag : 1 })
                    roles.append(contentsOf: repeatElement(role, count: j - k))
                    k = j
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
        if let link, count > start {
            links.append(Link(range: start..<count, target: link))
        }
    }

    /// Accented Latin letters (U+00C0–U+024F), the dashes, quotes and dots of U+2010–U+2027
    /// and the euro sign, decoded from their UTF-8: the non-ASCII characters Dutch text
    /// is made of. Each is shown as is, one cell wide, never joins a neighbour into one
    /// grapheme, and SafeText passes it unchanged, so the slow path would agree.
    @inline(__always)
    static func plainScalar(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int)? {
        let lead = b[i]
        if lead >= 0xC3 && lead <= 0xC9, i + 1 < b.count, b[i + 1] & 0xC0 == 0x80 {
            let v = UInt32(lead & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)
            return v >= 0xC0 && v <= 0x24F ? (v, 2) : nil
        }
        if lead == 0xE2, i + 2 < b.count {
            let b1 = b[i + 1], b2 = b[i + 2]
            if b1 == 0x80 && b2 >= 0x90 && b2 <= 0xA7 { return (0x2000 | UInt32(b2 & 0x3F), 3) }
            if b1 == 0x82 && b2 == 0xAC { return (0x20AC, 3) }
        }
        return nil
    }

    /// Room for `extra` more characters, growing geometrically: paragraphs arrive in a
    /// few runs, and letting three arrays double from empty per block cost more than the
    /// characters themselves. UTF-8 length bounds the character count.
    private mutating func reserve(_ extra: Int) {
        let needed = codes.count + extra
        guard codes.capacity < needed else { return }
        let size = Swift.max(needed, codes.capacity * 2)
        codes.reserveCapacity(size)
        widths.reserveCapacity(size)
        roles.reserveCapacity(size)
    }

    private mutating func appendCharacter(_ ch: Character) {
        let scalars = ch.unicodeScalars
        if let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex {
            codes.append(first.value)
        } else {
            codes.append(Block.clusterFlag | UInt32(clusters.count))
            clusters.append(ch)
        }
    }

    private mutating func appendSlow(_ ch: Character, role: Role) {
        if let a = ch.asciiValue, a >= 0x20, a < 0x7F {
            codes.append(UInt32(a))
            widths.append(a == 0x20 ? 1 | Block.breakFlag : 1)
            roles.append(role)
            return
        }
        switch SafeText.display(ch) {
        case .hidden: return
        case .plain(let c):
            if c == " " {
                codes.append(0x20); widths.append(1 | Block.breakFlag)
            } else if c == "\u{A0}" || c == "\u{202F}" {
                codes.append(0x20); widths.append(1) // no break here
            } else {
                appendCharacter(c); widths.append(UInt8(max(1, DisplayWidth.of(c))))
            }
            roles.append(role)
        case .replacement(let c):
            appendCharacter(c); widths.append(1); roles.append(.replacement)
        }
    }

    func width(at i: Int) -> Int { Int(widths[i] & ~Block.breakFlag) }
    func isBreak(at i: Int) -> Bool { widths[i] & Block.breakFlag != 0 }
    var text: String { text(0..<count) }
}
