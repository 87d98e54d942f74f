import KamervragenKit

/// A 64-bit hash of a file's bytes, to tell a file whose size or time changed but whose
/// content did not (a `touch`, a copy, a checkout) from one that must be parsed again.
///
/// Not cryptographic: it guards against accidents, not an adversary, and a collision
/// only means one stale entry in a cache. Eight bytes a step, so hashing costs little
/// beside parsing.
package enum ContentHash {
    package static func of(_ bytes: [UInt8]) -> UInt64 {
        bytes.withByteText { of($0) }
    }

    package static func of(_ raw: ByteText) -> UInt64 {
        let k1: UInt64 = 0x9E37_79B9_7F4A_7C15
        let k2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
        var h: UInt64 = 0x27D4_EB2F_1656_67C5 ^ (UInt64(raw.count) &* k1)
        var i = 0
        while i + 8 <= raw.count {
            let w = raw.word(at: i)
            h = ((h ^ (w &* k2)) << 31 | (h ^ (w &* k2)) >> 33) &* k1
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < raw.count {
            tail |= UInt64(raw[i]) << shift
            shift += 8
            i += 1
        }
        h = ((h ^ (tail &* k2)) << 31 | (h ^ (tail &* k2)) >> 33) &* k1
        // Final avalanche (from MurmurHash3's fmix64) so nearby inputs differ everywhere.
        h ^= h >> 33
        h = h &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        h = h &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 33
        return h
    }

    /// Sixteen hex digits, as the index stores it.
    package static func hex(_ h: UInt64) -> String {
        let s = String(h, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}
