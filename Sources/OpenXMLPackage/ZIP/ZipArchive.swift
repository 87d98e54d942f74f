/// A ZIP archive read from memory: its central directory checked and indexed, members
/// inflated on request under `ZipLimits`. Nothing is extracted to disk, so a member name
/// is only ever a key; names that would be unsafe on disk (absolute, `..`, a drive) are
/// refused anyway, because no honest Office file has them and a tool further down the
/// line might extract what we accepted.
public struct ZipArchive {
    public let entries: [ZipEntry]
    let bytes: [UInt8]
    let limits: ZipLimits
    /// Inflated bytes handed out so far are counted against `maxTotalSize`; a class so
    /// that reading a member does not need a `mutating` archive.
    private let budget: Budget

    /// The first bytes of a local header (`PK\3\4`) or of an empty archive's end record
    /// (`PK\5\6`): how a ZIP is told by content.
    public static func looksLikeZip(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 4 && bytes[0] == 0x50 && bytes[1] == 0x4B
            && ((bytes[2] == 3 && bytes[3] == 4) || (bytes[2] == 5 && bytes[3] == 6))
    }

    public init(bytes: [UInt8], limits: ZipLimits = .standard) throws(PackageError) {
        self.bytes = bytes
        self.limits = limits
        self.budget = Budget(limit: limits.maxTotalSize)
        var reader = CentralDirectory(bytes: bytes, limits: limits)
        entries = try reader.readEntries()
    }

    /// The member called exactly `name` (OPC part names compare without case; the
    /// directory was checked to hold each name once in that sense).
    public func entry(named name: String) -> ZipEntry? {
        let key = ZipArchive.foldCase(name)
        return entries.first { ZipArchive.foldCase($0.name) == key }
    }

    /// The member's bytes, inflated and checked against its size and CRC-32.
    public func contents(of entry: ZipEntry) throws(PackageError) -> [UInt8] {
        let start = try dataStart(of: entry)
        guard start <= bytes.count, entry.compressedSize <= bytes.count - start else {
            throw PackageError(.truncated(member: entry.name))
        }
        if entry.size > limits.maxMemberSize {
            throw PackageError(.memberTooLarge(entry.name, limit: limits.maxMemberSize))
        }
        let remaining = budget.remaining
        let output: [UInt8]
        switch entry.method {
        case .stored:
            guard entry.compressedSize == entry.size else {
                throw PackageError(.damaged(member: entry.name))
            }
            if entry.size > remaining { throw Self.totalTooLarge(limits) }
            output = Array(bytes[start..<(start + entry.size)])
        case .deflated:
            output = try Inflater.inflate(bytes, start..<(start + entry.compressedSize), entry: entry,
                                          limits: limits, remainingTotal: remaining)
        }
        guard output.count == entry.size else {
            throw PackageError(.damaged(member: entry.name))
        }
        guard Inflater.crc32(output) == entry.crc32 else {
            throw PackageError(.damaged(member: entry.name))
        }
        budget.spend(output.count)
        return output
    }

    /// The member called `name`, inflated; nil when there is none.
    public func contents(ofMember name: String) throws(PackageError) -> [UInt8]? {
        guard let entry = entry(named: name) else { return nil }
        return try contents(of: entry)
    }

    static func totalTooLarge(_ limits: ZipLimits) -> PackageError {
        PackageError(.totalTooLarge(limit: limits.maxTotalSize))
    }

    private func dataStart(of entry: ZipEntry) throws(PackageError) -> Int {
        let at = entry.localHeaderOffset
        guard at >= 0, at <= bytes.count - 30, LittleEndian.u32(bytes, at) == 0x0403_4B50 else {
            throw PackageError(.truncated(member: entry.name))
        }
        return at + 30 + Int(LittleEndian.u16(bytes, at + 26)) + Int(LittleEndian.u16(bytes, at + 28))
    }

    /// ASCII case folding, as OPC compares part names; other bytes compare as they are.
    static func foldCase(_ name: String) -> String {
        String(decoding: name.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
    }

    /// Not `Sendable`, and so neither is the archive: one archive is read on one thread.
    final class Budget {
        private var spent = 0
        let limit: Int
        init(limit: Int) { self.limit = limit }
        var remaining: Int { max(0, limit - spent) }
        func spend(_ n: Int) { spent += n }
    }
}

/// Little-endian integers at an offset the caller has checked to be in bounds.
enum LittleEndian {
    static func u16(_ b: [UInt8], _ i: Int) -> UInt16 { UInt16(b[i]) | UInt16(b[i + 1]) << 8 }
    static func u32(_ b: [UInt8], _ i: Int) -> UInt32 {
        UInt32(b[i]) | UInt32(b[i + 1]) << 8 | UInt32(b[i + 2]) << 16 | UInt32(b[i + 3]) << 24
    }
    static func u64(_ b: [UInt8], _ i: Int) -> UInt64 { UInt64(u32(b, i)) | UInt64(u32(b, i + 4)) << 32 }
}
