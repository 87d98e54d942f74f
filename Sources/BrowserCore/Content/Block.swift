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
    /// One byte per character: display width (1 or 2) in bits 0–1, the role in bits 2–6,
    /// `breakFlag` on breakable spaces. One array instead of separate widths and roles
    /// halves the allocations per block, which is what opening a large document costs.
    private(set) var cells: [UInt8] = []
    /// Some character takes two cells; without one, wrapping can jump straight to the
    /// column limit instead of adding widths.
    private(set) var hasWide = false
    var links: [Link] = []

    static let breakFlag: UInt8 = 0x80
    static let widthMask: UInt8 = 0x03
    static let roleMask: UInt8 = 0x7C

    @inline(__always)
    static func cell(width: UInt8, role: Role, breaks: Bool = false) -> UInt8 {
        width | role.rawValue << 2 | (breaks ? breakFlag : 0)
    }

    func role(at i: Int) -> Role { Role(rawValue: (cells[i] & Block.roleMask) >> 2) ?? .text }

    mutating func setRole(_ role: Role, at i: Int) {
        cells[i] = cells[i] & ~Block.roleMask | role.rawValue << 2
    }

    var roles: [Role] { cells.indices.map(role(at:)) }
    /// The search index reads `codes` as they are, so both must agree on the flag.
    static let clusterFlag: UInt32 = CodedSegment.clusterFlag

    init(owner: Owner, spaceBefore: Bool) {
        self.owner = owner
        self.spaceBefore = spaceBefore
    }

    var count: Int { codes.count }
    var isEmpty: Bool { codes.isEmpty }

    func character(at i: Int) -> Character {
        let c = codes[i]
        if c < 0x80 { return Block.asciiCharacters[Int(c)] }
        if c & Block.clusterFlag != 0 { return clusters[Int(c & ~Block.clusterFlag)] }
        return Character(Unicode.Scalar(c) ?? "\u{FFFD}")
    }

    /// Every ASCII character made once: building a `Character` from a scalar goes through
    /// a new `String` each time, and rendering asks for one per cell.
    private static let asciiCharacters: [Character] = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) }

    /// The characters, for the few callers that need them all (tests, mostly).
    var characters: [Character] { (0..<count).map(character(at:)) }

    /// The stored codes as the search index reads them: no copy, no `Character`s.
    var searchSegment: CodedSegment { .init(codes: codes, clusters: clusters) }

    /// The characters in `range` as a string, made from UTF-8: appending to a `String`
    /// scalar by scalar cost more than the rest of writing a document into a pipe.
    func text(_ range: Range<Int>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        for i in range {
            let c = codes[i]
            if c < 0x80 {
                out.append(UInt8(c))
            } else if c & Block.clusterFlag != 0 {
                out.append(contentsOf: String(clusters[Int(c & ~Block.clusterFlag)]).utf8)
            } else {
                out.append(contentsOf: UTF8.encode(Unicode.Scalar(c) ?? "\u{FFFD}")!)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    mutating func append(_ text: some StringProtocol, role: Role, link: LinkTarget? = nil) {
        let start = count
        let utf8 = text.utf8
        let done: Bool? = text.withByteTextIfAvailable { bytes in
            appendUTF8(bytes, role: role) { k in text[utf8.index(utf8.startIndex, offsetBy: k)...].first! }
            return true
        }
        if done == nil {
            reserve(utf8.count)
            for ch in text { appendSlow(ch, role: role) }
        }
        if let link, count > start {
            links.append(Link(range: start..<count, target: link))
        }
    }

    /// `append` on UTF-8 read in place (a paragraph's stored run): a `String` of the run
    /// is made only if some character needs the grapheme-aware path.
    mutating func append(utf8 bytes: ByteText, role: Role, link: LinkTarget? = nil) {
        let start = count
        var text: String?
        appendUTF8(bytes, role: role) { k in
            if text == nil { text = bytes.string }
            let utf8 = text!.utf8
            return text![utf8.index(utf8.startIndex, offsetBy: k)...].first!
        }
        if let link, count > start {
            links.append(Link(range: start..<count, target: link))
        }
    }

    /// The shared loop; `character(k)` is the Character starting at byte `k`.
    @inline(__always)
    private mutating func appendUTF8(_ bytes: ByteText, role: Role, character: (Int) -> Character) {
        reserve(bytes.count)
        // Most document text is printable ASCII: runs of it are copied in bulk, without a
        // Character iterator or Unicode look-ups. A byte is its own Character unless the
        // next byte starts a non-ASCII scalar (a combining mark would join it), so such a
        // byte, and everything non-ASCII, takes the grapheme-aware slow path.
        let n = bytes.count
        var k = 0
        while k < n {
            var j = k
            while j < n, bytes[j] >= 0x20, bytes[j] < 0x7F { j += 1 }
            if j < n, j > k, bytes[j] >= 0x80, Block.plainScalar(bytes, at: j) == nil { j -= 1 }
            if j == k, let (value, length) = Block.plainScalar(bytes, at: k) {
                let m = k + length
                if m == n || bytes[m] < 0x80 || Block.plainScalar(bytes, at: m) != nil {
                    codes.append(value); cells.append(Block.cell(width: 1, role: role))
                    k = m
                    continue
                }
            }
            if j > k {
                // In bulk: loops the compiler vectorises.
                let plain = Block.cell(width: 1, role: role), run = bytes.extracting(k..<j)
                codes.appendWidened(run)
                cells.appendMarkingSpaces(run, plain: plain, space: plain | Block.breakFlag)
                k = j
                continue
            }
            let ch = character(k)
            appendSlow(ch, role: role)
            k += ch.utf8.count
        }
    }

    /// Accented Latin letters (U+00C0–U+024F), the dashes, quotes and dots of U+2010–U+2027
    /// and the euro sign, decoded from their UTF-8: the non-ASCII characters Dutch text
    /// is made of; and the arrow (U+2192) of every question's link to its answer, which
    /// took the grapheme-aware path once per question on the way to the first screen. Each is shown as is, one cell wide, never joins a neighbour into one
    /// grapheme, and SafeText passes it unchanged, so the slow path would agree.
    @inline(__always)
    static func plainScalar(_ b: ByteText, at i: Int) -> (UInt32, Int)? {
        let lead = b[i]
        if lead >= 0xC3 && lead <= 0xC9, i + 1 < b.count, b[i + 1] & 0xC0 == 0x80 {
            let v = UInt32(lead & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)
            return v >= 0xC0 && v <= 0x24F ? (v, 2) : nil
        }
        if lead == 0xE2, i + 2 < b.count {
            let b1 = b[i + 1], b2 = b[i + 2]
            if b1 == 0x80 && b2 >= 0x90 && b2 <= 0xA7 { return (0x2000 | UInt32(b2 & 0x3F), 3) }
            if b1 == 0x82 && b2 == 0xAC { return (0x20AC, 3) }
            if b1 == 0x86 && b2 == 0x92 { return (0x2192, 3) }
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
        cells.reserveCapacity(size)
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
            cells.append(Block.cell(width: 1, role: role, breaks: a == 0x20))
            return
        }
        switch SafeText.display(ch) {
        case .hidden: return
        case .plain(let c):
            if c == " " {
                codes.append(0x20); cells.append(Block.cell(width: 1, role: role, breaks: true))
            } else if c == "\u{A0}" || c == "\u{202F}" {
                codes.append(0x20); cells.append(Block.cell(width: 1, role: role)) // no break here
            } else {
                let w = UInt8(min(2, max(1, DisplayWidth.of(c))))
                if w > 1 { hasWide = true }
                appendCharacter(c); cells.append(Block.cell(width: w, role: role))
            }
        case .replacement(let c):
            appendCharacter(c); cells.append(Block.cell(width: 1, role: .replacement))
        }
    }

    func width(at i: Int) -> Int { Int(cells[i] & Block.widthMask) }
    func isBreak(at i: Int) -> Bool { cells[i] & Block.breakFlag != 0 }
    var text: String { text(0..<count) }
}
