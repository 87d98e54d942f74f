/// Eight bytes at a time for scans that look at every byte of a paragraph: most bytes
/// are prose that the scan does not care about, and one word test rejects eight of them.
/// (Plain integer arithmetic: Swift's SIMD types compiled to far slower code here.)
enum ByteScan {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Whether some byte of `word` equals `byte`. Exact as a yes/no answer: the borrow
    /// trick only misreports bytes above a real match.
    @inline(__always)
    static func has(_ word: UInt64, _ byte: UInt8) -> Bool {
        let v = word ^ (ones &* UInt64(byte))
        return (v &- ones) & ~v & highs != 0
    }

    /// Whether some byte of `word` is below 0x20 (a control byte). Exact as a yes/no
    /// answer, like `has`.
    @inline(__always)
    static func hasBelow0x20(_ word: UInt64) -> Bool {
        (word &- ones &* 0x20) & ~word & highs != 0
    }

    /// Whether every byte of `word` is printable ASCII (0x20–0x7E), the line splitter's
    /// plain run. A byte of 0x7F or above sets its high bit in `word` or in `word + 1…1`
    /// (no carry crosses bytes unless some byte is already 0x80 or more), and bytes below
    /// 0x20 are caught by the exact `hasBelow0x20`.
    @inline(__always)
    static func allPrintableASCII(_ word: UInt64) -> Bool {
        (word | (word &+ ones)) & highs == 0 && !hasBelow0x20(word)
    }

    /// Whether some byte of `word` is an ASCII digit. The "has between" bit trick for
    /// 0x2F < byte < 0x3A; exact as a yes/no answer (it needs both bounds ≤ 128).
    @inline(__always)
    static func hasDigit(_ word: UInt64) -> Bool {
        let low7 = ones &* 127
        let x = word & low7
        return (ones &* (127 + 0x3A) &- x) & ~word & (x &+ ones &* (127 - 0x2F)) & highs != 0
    }

    /// The high bit of each byte of `word` that is 0, and only of those: exact per byte,
    /// because no addition carries from one byte into the next.
    @inline(__always)
    static func zeroBytes(_ word: UInt64) -> UInt64 {
        let low7 = ones &* 0x7F
        return ~(((word & low7) &+ low7) | word) & highs
    }

    /// The high bit of each byte of `word` that equals `byte`, exactly.
    @inline(__always)
    static func bytesEqual(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        zeroBytes(word ^ (ones &* UInt64(byte)))
    }

    /// The high bit of each byte of `word` below 0x20, exactly (the low seven bits plus
    /// 0x60 stay below 0x80 only for those, and never carry).
    @inline(__always)
    static func bytesBelow0x20(_ word: UInt64) -> UInt64 {
        ~(((word & (ones &* 0x7F)) &+ ones &* 0x60) | word) & highs
    }

    /// Whether every byte is below 0x80, eight at a time.
    static func isASCII(_ b: ByteText) -> Bool {
        var i = 0
        while i + 8 <= b.count {
            if b.word(at: i) & highs != 0 { return false }
            i += 8
        }
        while i < b.count {
            if b[i] >= 0x80 { return false }
            i += 1
        }
        return true
    }
}
