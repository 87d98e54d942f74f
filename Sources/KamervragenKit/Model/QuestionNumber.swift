/// A question's number as printed: an integer with an optional letter suffix.
///
/// Some documents sub-number questions (`2l`, `2m`), so an `Int` alone would merge
/// distinct questions; the suffix keeps them apart while ordering stays numeric first.
public struct QuestionNumber: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var value: Int
    public var suffix: String

    public init(_ value: Int, suffix: String = "") {
        self.value = value
        self.suffix = suffix
    }

    /// Parses `"12"` or `"2l"`; nil for anything else, so callers never guess.
    public init?(_ text: some StringProtocol) {
        var digits = 0
        var value = 0
        var rest = Substring(text)
        while let c = rest.first, let d = c.wholeNumberValue, c.isASCII {
            value = value &* 10 &+ d
            digits += 1
            rest = rest.dropFirst()
            if digits > 6 { return nil }
        }
        guard digits > 0, rest.count <= 1, rest.allSatisfy({ $0.isASCII && $0.isLowercase }) else { return nil }
        self.value = value
        self.suffix = String(rest)
    }

    public var description: String { "\(value)\(suffix)" }

    public static func < (lhs: QuestionNumber, rhs: QuestionNumber) -> Bool {
        (lhs.value, lhs.suffix) < (rhs.value, rhs.suffix)
    }
}
