/// The ceilings every archive is held to. Nothing is ever written to disk, so these bound
/// what reading one can cost in memory and time, whatever the archive claims.
public struct ZipLimits: Hashable, Sendable {
    /// Members in the central directory. A Word file has about thirty.
    public var maxEntries: Int
    /// Bytes one member may inflate to.
    public var maxMemberSize: Int
    /// Bytes all members read from one archive may inflate to together (overlapping
    /// members can make a small archive name the same compressed bytes many times).
    public var maxTotalSize: Int
    /// Inflated bytes per compressed byte, checked once a member is past `ratioFloor`:
    /// Word's XML inflates 5 to 20 times, a bomb a thousand times.
    public var maxRatio: Int
    public var ratioFloor: Int

    public init(maxEntries: Int = 10_000, maxMemberSize: Int = 64 << 20, maxTotalSize: Int = 128 << 20,
                maxRatio: Int = 200, ratioFloor: Int = 1 << 20) {
        self.maxEntries = maxEntries
        self.maxMemberSize = maxMemberSize
        self.maxTotalSize = maxTotalSize
        self.maxRatio = maxRatio
        self.ratioFloor = ratioFloor
    }

    public static let standard = ZipLimits()
}
