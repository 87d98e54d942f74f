/// What a cell means, not how it looks: the terminal layer maps roles to colours or, on
/// a monochrome terminal or with `NO_COLOR`, to bold/underline/reverse.
public enum Role: UInt8, Hashable, Sendable, CaseIterable {
    case text
    case titleBar
    case statusBar
    case questionHeading
    case answerHeading
    case answerLink
    case noteMarker
    case url
    case selectedLink
    case searchMatch
    case currentMatch
    case metadata
    case notice
    case dim
    case paneBorder
    case paneTitle
    case prompt
    case message
    case error
    /// A control character shown as a visible replacement.
    case replacement
}

/// One screen cell. A wide character occupies its cell and a following `continuation`.
public struct Cell: Hashable, Sendable {
    public var character: Character
    public var role: Role
    /// True for the right half of a double-width character; drawn by nothing.
    public var isContinuation: Bool

    public init(_ character: Character, role: Role = .text, isContinuation: Bool = false) {
        self.character = character
        self.role = role
        self.isContinuation = isContinuation
    }

    public static let blank = Cell(" ")
}

/// A cell as `ScreenGrid` keeps it, in 32 bits: the character's scalar value, or for a
/// character of several scalars (a letter with combining marks, an emoji sequence, a
/// flag) an index into the grid's `clusters`, then the role and whether it is the right
/// half of a wide character. A `Cell` holds a `Character`, 24 bytes that the painter had
/// to retain, release and ask whether it is ASCII for every cell of every frame; the
/// grid's cells are these, and a `Cell` is made only when one is asked for.
@usableFromInline package struct CellCode: Hashable, Sendable {
    @usableFromInline package internal(set) var bits: UInt32

    @inline(__always)
    init(bits: UInt32) { self.bits = bits }

    /// Bits 0–23: the scalar value or the cluster index; 24–28 the role; 29 and 30 the
    /// flags. Computed and inlinable, as are the readers below: the painter in another
    /// module reads every cell through them, and a call each cost more than the read
    /// (the type and `bits` are `@usableFromInline` as `ByteText` is: without it the
    /// compiler does not inline a `package` member in another module).
    @inlinable package static var payloadMask: UInt32 { 0x00FF_FFFF }
    @inlinable package static var roleShift: UInt32 { 24 }
    @inlinable package static var roleMask: UInt32 { 0x1F << 24 }
    @inlinable package static var continuationFlag: UInt32 { 1 << 29 }
    @inlinable package static var clusterFlag: UInt32 { 1 << 30 }
    /// How many clusters one grid can refer to; past it a cluster is drawn as U+FFFD.
    /// Each cell written holds at most one, so only a grid of millions of cells, each
    /// written with a different cluster, could reach it.
    static let clusterLimit = 0x0100_0000

    /// A character of one scalar.
    @inline(__always)
    init(scalar: UInt32, role: Role) {
        bits = scalar | UInt32(role.rawValue) << CellCode.roleShift
    }

    /// The right half of a wide character: a blank in the character's role, drawn by nothing.
    @inline(__always)
    init(continuationIn role: Role) {
        bits = 0x20 | UInt32(role.rawValue) << CellCode.roleShift | CellCode.continuationFlag
    }

    @inline(__always)
    init(cluster index: Int, role: Role) {
        bits = UInt32(index) | UInt32(role.rawValue) << CellCode.roleShift | CellCode.clusterFlag
    }

    static let blank = CellCode(scalar: 0x20, role: .text)

    @inlinable package var role: Role { Role(rawValue: UInt8(truncatingIfNeeded: (bits & CellCode.roleMask) >> CellCode.roleShift)) ?? .text }
    /// The role's raw value, for tables indexed by role.
    @inlinable package var roleIndex: Int { Int((bits & CellCode.roleMask) >> CellCode.roleShift) }
    @inlinable package var isContinuation: Bool { bits & CellCode.continuationFlag != 0 }
    @inlinable package var isCluster: Bool { bits & CellCode.clusterFlag != 0 }
    /// The scalar value, or the cluster's index when `isCluster`.
    @inlinable package var payload: UInt32 { bits & CellCode.payloadMask }

    /// The byte of a printable ASCII character (U+0020–U+007E), nearly every cell; nil for
    /// anything else, a continuation included. One comparison: the cluster bit and the
    /// payload together must fall in the range.
    @inlinable package var printableASCII: UInt8? {
        let v = bits & (CellCode.clusterFlag | CellCode.continuationFlag | CellCode.payloadMask)
        return v &- 0x20 < 0x5F ? UInt8(truncatingIfNeeded: v) : nil
    }

    /// A space in the text role: the grid's blank cell.
    @inlinable package var isBlank: Bool { bits == 0x20 }

    /// An ASCII character's byte (U+0000–U+007F), else nil.
    @inlinable package var asciiByte: UInt8? {
        let v = bits & (CellCode.clusterFlag | CellCode.payloadMask)
        return v < 0x80 ? UInt8(truncatingIfNeeded: v) : nil
    }
}
