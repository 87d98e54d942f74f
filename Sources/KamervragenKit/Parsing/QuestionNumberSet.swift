/// A set of question numbers for the parser's lookups: a bit per plain number (no
/// letter suffix, below a bound), a `QuestionNumberTable` for the rest.
///
/// The numbers of a document's headings are held through the whole parse, at the
/// memory peak: a bit each takes a small fraction of what a `Set<QuestionNumber>` (or a
/// `QuestionNumberTable`, whose array stops at 4096, a dictionary for the rest) took.
struct QuestionNumberSet {
    private var bits: [UInt64] = []
    private var others = QuestionNumberTable()
    private(set) var max: QuestionNumber?

    /// Plain numbers up to this get a bit; larger ones (odd input) go to the set, so a
    /// stray huge number cannot make the bit array huge.
    private static let bitLimit = 1 << 20

    mutating func insert(_ n: QuestionNumber) {
        if max == nil || max! < n { max = n }
        if n.suffix.isEmpty, n.value >= 0, n.value < Self.bitLimit {
            let word = n.value >> 6
            if word >= bits.count { bits.append(contentsOf: repeatElement(0, count: word + 1 - bits.count)) }
            bits[word] |= 1 << UInt64(n.value & 63)
        } else {
            others.insert(n)
        }
    }

    func contains(_ n: QuestionNumber) -> Bool {
        if n.suffix.isEmpty, n.value >= 0, n.value < Self.bitLimit {
            let word = n.value >> 6
            return word < bits.count && bits[word] & (1 << UInt64(n.value & 63)) != 0
        }
        return others.contains(n)
    }
}
