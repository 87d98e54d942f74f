#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// SplitMix64: a small, fast generator whose whole state is one number, so a storm case
/// is reproduced from its seed alone, on any machine and in any build.
package struct StormRandom: RandomNumberGenerator {
    private var state: UInt64

    package init(seed: UInt64) { state = seed }

    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `range`, equally likely.
    package mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }

    /// True with probability `p`.
    package mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &self) < p }

    /// One of `items`, equally likely.
    package mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

    /// A number in `range` where small values are as likely as large ones by order of
    /// magnitude: terminal sizes from 1 to 300 columns, most of them small enough to be
    /// cheap and every one of them possible.
    package mutating func logUniform(_ range: ClosedRange<Int>) -> Int {
        let lo = Double(range.lowerBound), hi = Double(range.upperBound) + 1
        let x = lo * exp2(Double.random(in: 0..<1, using: &self) * log2(hi / lo))
        return min(range.upperBound, max(range.lowerBound, Int(x)))
    }
}
