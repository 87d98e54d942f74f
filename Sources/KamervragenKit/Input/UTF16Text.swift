/// Text that Notepad saves as "Unicode" (and Word as "Unicode text"): UTF-16 with a
/// byte-order mark, little-endian (`FF FE`) or big-endian (`FE FF`). Every other byte in
/// such a file is a NUL for Latin text, so without this it is refused as binary.
enum UTF16Text {
    /// The text as UTF-8 (without the mark) when `bytes` start with a UTF-16 byte-order
    /// mark, else nil. Unpaired surrogates and a lone last byte become U+FFFD, as invalid
    /// UTF-8 does elsewhere, so a damaged file still opens.
    static func utf8(_ bytes: [UInt8]) -> [UInt8]? {
        guard bytes.count >= 2 else { return nil }
        let bigEndian: Bool
        switch (bytes[0], bytes[1]) {
        case (0xFF, 0xFE): bigEndian = false
        case (0xFE, 0xFF): bigEndian = true
        default: return nil
        }
        let pairs = (bytes.count - 2) / 2
        var units: [UInt16] = []
        units.reserveCapacity(pairs)
        bytes.withByteText { b in
            var i = 2
            while i + 1 < b.count {
                let first = UInt16(b[i]), second = UInt16(b[i + 1])
                units.append(bigEndian ? first << 8 | second : second << 8 | first)
                i += 2
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(units.count + units.count / 2)
        _ = transcode(units.makeIterator(), from: UTF16.self, to: UTF8.self, stoppingOnError: false) { out.append($0) }
        if bytes.count % 2 == 1 { out += [0xEF, 0xBF, 0xBD] }
        return out
    }
}
