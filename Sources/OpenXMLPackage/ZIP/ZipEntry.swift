/// One member as the central directory describes it. The central directory, not the
/// local headers, is what this reader trusts (as unzip does); a local header is only read
/// for the length of its name and extra field, to find where the data starts.
public struct ZipEntry: Hashable, Sendable {
    public enum Method: Hashable, Sendable {
        case stored
        case deflated
    }

    public var name: String
    public var method: Method
    public var crc32: UInt32
    public var compressedSize: Int
    public var size: Int
    /// Offset of the member's local header in the archive.
    var localHeaderOffset: Int
}
