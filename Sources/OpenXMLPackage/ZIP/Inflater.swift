import CZlib

/// Raw DEFLATE through zlib, stopped the moment the output passes a limit. One of the
/// package's two places that hand pointers to C (the other is `SAXParser`): zlib reads
/// the archive's bytes in place and writes 64 KiB at a time into a scratch buffer, which
/// is appended to the output, so a bomb is refused within one step of its limit.
enum Inflater {
    private static let step = 1 << 16

    static func inflate(_ bytes: [UInt8], _ range: Range<Int>, entry: ZipEntry, limits: ZipLimits,
                        remainingTotal: Int) throws(PackageError) -> [UInt8] {
        let cap = min(limits.maxMemberSize, remainingTotal)
        // The declared size is a hint for the first allocation, never trusted beyond what
        // the limits allow: a bomb that claims 60 MB gets what its ratio permits.
        let plausible = max(limits.ratioFloor, range.count.multipliedReportingOverflow(by: limits.maxRatio).partialValue)
        var output: [UInt8] = []
        output.reserveCapacity(min(entry.size, cap, plausible))
        let failure: PackageError? = bytes.withUnsafeBufferPointer { input -> PackageError? in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: step) { scratch -> PackageError? in
                var stream = z_stream()
                guard inflateInit2_(&stream, -15, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
                    return PackageError(.damaged(member: entry.name))
                }
                defer { inflateEnd(&stream) }
                stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress! + range.lowerBound)
                stream.avail_in = UInt32(range.count)
                while true {
                    stream.next_out = scratch.baseAddress
                    stream.avail_out = UInt32(scratch.count)
                    let status = CZlib.inflate(&stream, Z_NO_FLUSH)
                    let produced = scratch.count - Int(stream.avail_out)
                    if output.count + produced > cap {
                        if cap < limits.maxMemberSize { return ZipArchive.totalTooLarge(limits) }
                        return PackageError(.memberTooLarge(entry.name, limit: limits.maxMemberSize))
                    }
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: scratch[0..<produced]))
                    if output.count > limits.ratioFloor && output.count / max(1, range.count) > limits.maxRatio {
                        return PackageError(.bomb(entry.name, ratio: limits.maxRatio))
                    }
                    switch status {
                    case Z_STREAM_END: return nil
                    case Z_OK: continue
                    case Z_BUF_ERROR:
                        // Fresh room was given, so no progress means the input ran out.
                        return PackageError(.truncated(member: entry.name))
                    default:
                        return PackageError(.damaged(member: entry.name))
                    }
                }
            }
        }
        if let failure { throw failure }
        return output
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { buffer in
            var crc: UInt = CZlib.crc32(0, nil, 0)
            var at = 0
            // zlib takes a 32-bit length; parts are far below that, but stay correct anyway.
            while at < buffer.count {
                let n = min(buffer.count - at, Int(UInt32.max))
                crc = CZlib.crc32(crc, buffer.baseAddress! + at, UInt32(n))
                at += n
            }
            return UInt32(truncatingIfNeeded: crc)
        }
    }
}
