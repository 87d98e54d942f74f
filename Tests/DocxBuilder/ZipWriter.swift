import CZlib

/// Writes ZIP archives in memory for tests: honest ones, and hostile ones through the
/// fields a member can lie about (sizes, CRC, flags, method, name, where its data is).
public enum ZipWriter {
    public struct Member {
        public var name: String
        public var data: [UInt8]
        public var deflate: Bool
        /// Overrides for the central directory's claims; nil writes the truth.
        public var claimedSize: Int?
        public var claimedCRC: UInt32?
        public var flags: UInt16 = 0
        public var method: UInt16?
        /// Reuse the local header and data of an earlier member (overlapping members).
        public var sameDataAs: Int?

        public init(_ name: String, _ data: [UInt8], deflate: Bool = true) {
            self.name = name
            self.data = data
            self.deflate = deflate
        }

        public init(_ name: String, _ text: String, deflate: Bool = true) {
            self.init(name, Array(text.utf8), deflate: deflate)
        }
    }

    public static func archive(_ members: [Member], zip64: Bool = false, comment: [UInt8] = []) -> [UInt8] {
        var out: [UInt8] = []
        var central: [UInt8] = []
        var offsets: [Int] = []
        var compressedSizes: [Int] = []
        for member in members {
            let payload = member.deflate ? deflateRaw(member.data) : member.data
            let crc = member.claimedCRC ?? crc32(member.data)
            let size = member.claimedSize ?? member.data.count
            let method: UInt16 = member.method ?? (member.deflate ? 8 : 0)
            let name = Array(member.name.utf8)
            let offset: Int
            let compressed: Int
            if let earlier = member.sameDataAs {
                offset = offsets[earlier]
                compressed = compressedSizes[earlier]
            } else {
                offset = out.count
                compressed = payload.count
                out += u32(0x0403_4B50) + u16(20) + u16(member.flags) + u16(method) + u16(0) + u16(0x21)
                out += u32(crc) + u32(UInt32(payload.count)) + u32(UInt32(truncatingIfNeeded: size))
                out += u16(UInt16(name.count)) + u16(0) + name + payload
            }
            offsets.append(offset)
            compressedSizes.append(compressed)
            var extra: [UInt8] = []
            if zip64 {
                extra = u16(1) + u16(24) + u64(UInt64(size)) + u64(UInt64(compressed)) + u64(UInt64(offset))
            }
            central += u32(0x0201_4B50) + u16(45) + u16(20) + u16(member.flags) + u16(method) + u16(0) + u16(0x21)
            central += u32(crc)
            central += zip64 ? u32(0xFFFF_FFFF) + u32(0xFFFF_FFFF) : u32(UInt32(compressed)) + u32(UInt32(truncatingIfNeeded: size))
            central += u16(UInt16(name.count)) + u16(UInt16(extra.count)) + u16(0) + u16(0) + u16(0) + u32(0)
            central += zip64 ? u32(0xFFFF_FFFF) : u32(UInt32(offset))
            central += name + extra
        }
        let centralOffset = out.count
        out += central
        if zip64 {
            let record = out.count
            out += u32(0x0606_4B50) + u64(44) + u16(45) + u16(45) + u32(0) + u32(0)
            out += u64(UInt64(members.count)) + u64(UInt64(members.count))
            out += u64(UInt64(central.count)) + u64(UInt64(centralOffset))
            out += u32(0x0706_4B50) + u32(0) + u64(UInt64(record)) + u32(1)
            out += u32(0x0605_4B50) + u16(0) + u16(0) + u16(0xFFFF) + u16(0xFFFF)
            out += u32(0xFFFF_FFFF) + u32(0xFFFF_FFFF) + u16(UInt16(comment.count)) + comment
        } else {
            out += u32(0x0605_4B50) + u16(0) + u16(0) + u16(UInt16(members.count)) + u16(UInt16(members.count))
            out += u32(UInt32(central.count)) + u32(UInt32(centralOffset)) + u16(UInt16(comment.count)) + comment
        }
        return out
    }

    public static func crc32(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { UInt32(CZlib.crc32(0, $0.baseAddress, UInt32($0.count))) }
    }

    public static func deflateRaw(_ bytes: [UInt8]) -> [UInt8] {
        var stream = z_stream()
        deflateInit2_(&stream, 9, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        defer { deflateEnd(&stream) }
        var out = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(bytes.count))) + 16)
        var input = bytes
        let written = input.withUnsafeMutableBufferPointer { inp in
            out.withUnsafeMutableBufferPointer { o -> Int in
                stream.next_in = inp.baseAddress
                stream.avail_in = UInt32(inp.count)
                stream.next_out = o.baseAddress
                stream.avail_out = UInt32(o.count)
                _ = CZlib.deflate(&stream, Z_FINISH)
                return o.count - Int(stream.avail_out)
            }
        }
        return Array(out[0..<written])
    }

    static func u16(_ v: UInt16) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8)] }
    static func u32(_ v: UInt32) -> [UInt8] { (0..<4).map { UInt8((v >> (8 * $0)) & 0xFF) } }
    static func u64(_ v: UInt64) -> [UInt8] { (0..<8).map { UInt8((v >> (8 * UInt64($0))) & 0xFF) } }
}
