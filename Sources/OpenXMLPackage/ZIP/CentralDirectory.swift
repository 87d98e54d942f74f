/// Reads and checks the end record and the central directory (with their ZIP64 forms).
/// Every offset and length is checked against the bytes before it is used; anything that
/// does not add up is `corrupt`, never a trap.
struct CentralDirectory {
    let bytes: [UInt8]
    let limits: ZipLimits

    private static let endSignature: UInt32 = 0x0605_4B50
    private static let zip64LocatorSignature: UInt32 = 0x0706_4B50
    private static let zip64EndSignature: UInt32 = 0x0606_4B50
    private static let entrySignature: UInt32 = 0x0201_4B50

    mutating func readEntries() throws(PackageError) -> [ZipEntry] {
        let end = try findEnd()
        var count = Int(LittleEndian.u16(bytes, end + 10))
        var size = Int(LittleEndian.u32(bytes, end + 12))
        var offset = Int(LittleEndian.u32(bytes, end + 16))
        if LittleEndian.u16(bytes, end + 4) != 0 || LittleEndian.u16(bytes, end + 6) != 0
            || LittleEndian.u16(bytes, end + 8) != LittleEndian.u16(bytes, end + 10) {
            throw PackageError(.multiDisk)
        }
        if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
            (count, size, offset) = try zip64End(before: end)
        }
        guard count <= limits.maxEntries else {
            throw PackageError(.tooManyMembers(count: count, limit: limits.maxEntries))
        }
        guard offset >= 0, size >= 0, offset <= end, size <= end - offset else {
            throw PackageError(.truncated(member: nil))
        }
        var entries: [ZipEntry] = []
        entries.reserveCapacity(count)
        var seen = Set<String>()
        var at = offset
        for _ in 0..<count {
            let entry = try readEntry(at: &at, directoryEnd: offset + size)
            guard seen.insert(ZipArchive.foldCase(entry.name)).inserted else {
                throw PackageError(.duplicateName(entry.name))
            }
            entries.append(entry)
        }
        return entries
    }

    /// The end-of-central-directory record: the last 22 bytes, or further back past a
    /// comment of up to 64 KiB.
    private func findEnd() throws(PackageError) -> Int {
        guard bytes.count >= 22 else { throw PackageError(.truncated(member: nil)) }
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        var at = bytes.count - 22
        while at >= lowest {
            if LittleEndian.u32(bytes, at) == Self.endSignature,
               at + 22 + Int(LittleEndian.u16(bytes, at + 20)) <= bytes.count {
                return at
            }
            at -= 1
        }
        throw PackageError(.truncated(member: nil))
    }

    private func zip64End(before end: Int) throws(PackageError) -> (Int, Int, Int) {
        let locator = end - 20
        guard locator >= 0, LittleEndian.u32(bytes, locator) == Self.zip64LocatorSignature else {
            throw PackageError(.damaged(member: nil))
        }
        let record = LittleEndian.u64(bytes, locator + 8)
        guard record <= UInt64(locator), Int(record) <= bytes.count - 56,
              LittleEndian.u32(bytes, Int(record)) == Self.zip64EndSignature else {
            throw PackageError(.damaged(member: nil))
        }
        let r = Int(record)
        let count = LittleEndian.u64(bytes, r + 32)
        let size = LittleEndian.u64(bytes, r + 40)
        let offset = LittleEndian.u64(bytes, r + 48)
        let cap = UInt64(Int.max / 2)
        guard count < cap, size < cap, offset < cap else {
            throw PackageError(.damaged(member: nil))
        }
        return (Int(count), Int(size), Int(offset))
    }

    private func readEntry(at: inout Int, directoryEnd: Int) throws(PackageError) -> ZipEntry {
        guard at <= directoryEnd - 46, LittleEndian.u32(bytes, at) == Self.entrySignature else {
            throw PackageError(.damaged(member: nil))
        }
        let flags = LittleEndian.u16(bytes, at + 8)
        let methodCode = LittleEndian.u16(bytes, at + 10)
        let crc = LittleEndian.u32(bytes, at + 16)
        var compressed = UInt64(LittleEndian.u32(bytes, at + 20))
        var size = UInt64(LittleEndian.u32(bytes, at + 24))
        let nameLength = Int(LittleEndian.u16(bytes, at + 28))
        let extraLength = Int(LittleEndian.u16(bytes, at + 30))
        let commentLength = Int(LittleEndian.u16(bytes, at + 32))
        var local = UInt64(LittleEndian.u32(bytes, at + 42))
        let nameStart = at + 46
        let next = nameStart + nameLength + extraLength + commentLength
        guard next <= directoryEnd else { throw PackageError(.damaged(member: nil)) }
        let name = String(decoding: bytes[nameStart..<(nameStart + nameLength)], as: UTF8.self)
        try Self.checkName(name, raw: bytes[nameStart..<(nameStart + nameLength)])
        if compressed == 0xFFFF_FFFF || size == 0xFFFF_FFFF || local == 0xFFFF_FFFF {
            try zip64Extra(bytes[(nameStart + nameLength)..<(nameStart + nameLength + extraLength)],
                           size: &size, compressed: &compressed, local: &local, name: name)
        }
        at = next
        if flags & 1 != 0 {
            throw PackageError(.encryptedMember(name))
        }
        let method: ZipEntry.Method
        switch methodCode {
        case 0: method = .stored
        case 8: method = .deflated
        default: throw PackageError(.unsupportedMethod(name, method: Int(methodCode)))
        }
        let cap = UInt64(bytes.count)
        guard compressed <= cap, local <= cap else {
            throw PackageError(.truncated(member: name))
        }
        guard size <= UInt64(Int.max / 2) else {
            throw PackageError(.damaged(member: name))
        }
        return ZipEntry(name: name, method: method, crc32: crc, compressedSize: Int(compressed), size: Int(size),
                        localHeaderOffset: Int(local))
    }

    /// The ZIP64 extra field holds, in this order, each 32-bit field that was saturated.
    private func zip64Extra(_ extra: ArraySlice<UInt8>, size: inout UInt64, compressed: inout UInt64,
                            local: inout UInt64, name: String) throws(PackageError) {
        var i = extra.startIndex
        while i + 4 <= extra.endIndex {
            let id = LittleEndian.u16(bytes, i)
            let length = Int(LittleEndian.u16(bytes, i + 2))
            let body = i + 4
            guard body + length <= extra.endIndex else { break }
            if id == 0x0001 {
                var j = body
                func take(_ field: inout UInt64) throws(PackageError) {
                    guard field == 0xFFFF_FFFF else { return }
                    guard j + 8 <= body + length else {
                        throw PackageError(.damaged(member: name))
                    }
                    field = LittleEndian.u64(bytes, j)
                    j += 8
                }
                try take(&size)
                try take(&compressed)
                try take(&local)
                return
            }
            i = body + length
        }
        throw PackageError(.damaged(member: name))
    }

    /// Refuses names that would be unsafe to extract: absolute (`/x`, `\x`, `C:`), with a
    /// `..` segment, or holding a NUL or other control byte.
    static func checkName(_ name: String, raw: ArraySlice<UInt8>) throws(PackageError) {
        let unsafe: Bool = {
            if raw.isEmpty { return true }
            if raw.contains(where: { $0 < 0x20 || $0 == 0x7F }) { return true }
            let first = raw[raw.startIndex]
            if first == 0x2F || first == 0x5C { return true }
            if raw.count >= 2, raw[raw.startIndex + 1] == 0x3A { return true }
            let segments = raw.split(omittingEmptySubsequences: false) { $0 == 0x2F || $0 == 0x5C }
            return segments.contains { $0.elementsEqual([0x2E, 0x2E]) }
        }()
        if unsafe {
            throw PackageError(.unsafeName(name))
        }
    }
}
