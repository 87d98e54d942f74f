/// The OLE compound file format (old `.doc`, `.xls`, and also password-protected Office
/// Open XML files, which are an encrypted package inside one). Only recognised, for a
/// message that says what the file is; never read further.
public enum CompoundFile {
    private static let magic: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    public static func looksLikeCompoundFile(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: magic)
    }

    /// Whether the file has a stream or storage called `name`. Directory entries are 128
    /// bytes, 128-aligned (sectors are 512 or 4096 bytes after a header of the same
    /// size), and start with the name in UTF-16LE followed, at byte 64, by its length in
    /// bytes with the terminator: a name is only taken where an entry can start.
    public static func hasEntry(named name: String, in bytes: [UInt8]) -> Bool {
        let units = Array(name.utf16)
        guard units.count < 32 else { return false }
        var pattern: [UInt8] = []
        for u in units { pattern.append(UInt8(u & 0xFF)); pattern.append(UInt8(u >> 8)) }
        pattern += [0, 0]
        let length = UInt16(pattern.count)
        var at = 512
        while at + 128 <= bytes.count {
            if bytes[at] == pattern[0], bytes[at..<(at + pattern.count)].elementsEqual(pattern),
               UInt16(bytes[at + 64]) | UInt16(bytes[at + 65]) << 8 == length {
                return true
            }
            at += 128
        }
        return false
    }
}
