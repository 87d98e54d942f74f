/// Question numbers and note ids as keys without hashing. `package`, not `public`: the
/// browser (a sibling module) uses the table; it is no part of the library's API.
///
/// Almost every key the parser and linker look up is a plain small integer (`Vraag 12`,
/// footnote `3`), and hashing a `QuestionNumber` or `NoteID` (an integer or a kind plus a
/// `String`) cost more than the rest of the lookup. Those keys index an array; anything
/// else (a suffix, a label with letters or leading zeros, a huge number) falls back to a
/// dictionary, so the answers are exactly a dictionary's. Values are never negative
/// (indices and line numbers): -1 marks an empty slot.
package struct QuestionNumberTable: Sendable {
    package init() {}

    /// `small[v]` is the value stored for plain number `v`, or -1.
    private var small: [Int] = []
    private var other: [QuestionNumber: Int] = [:]

    /// Plain numbers below this use the array (grown as needed, at most 512 KiB).
    private static let arrayLimit = 1 << 16

    package subscript(n: QuestionNumber) -> Int? {
        get {
            if n.suffix.isEmpty, n.value >= 0, n.value < Self.arrayLimit {
                guard n.value < small.count else { return nil }
                let v = small[n.value]
                return v < 0 ? nil : v
            }
            return other.isEmpty ? nil : other[n]
        }
        set {
            if n.suffix.isEmpty, n.value >= 0, n.value < Self.arrayLimit {
                if n.value >= small.count {
                    guard newValue != nil else { return }
                    let grown = Swift.min(Self.arrayLimit, Swift.max(n.value + 1, small.count * 2, 16))
                    small.append(contentsOf: repeatElement(-1, count: grown - small.count))
                }
                small[n.value] = newValue ?? -1
                return
            }
            other[n] = newValue
        }
    }

    package func contains(_ n: QuestionNumber) -> Bool { self[n] != nil }

    /// Adds `n` (as a member of a set); false when it was there already.
    @discardableResult
    package mutating func insert(_ n: QuestionNumber) -> Bool {
        if self[n] != nil { return false }
        self[n] = 0
        return true
    }

    /// Room for plain numbers up to `count` without regrowing.
    package mutating func reserve(upTo count: Int) {
        let want = Swift.min(Self.arrayLimit, count + 1)
        if want > small.count { small.append(contentsOf: repeatElement(-1, count: want - small.count)) }
    }
}

/// `NoteID` → Int with the same fallback: labels written as a plain decimal number
/// (`1`, `27`, no leading zero) index an array per kind.
struct NoteIDTable {
    private var footnotes: [Int] = []
    private var endnotes: [Int] = []
    private var other: [NoteID: Int] = [:]

    private static let arrayLimit = 1 << 16

    /// The label's value when it is a plain decimal number below the limit.
    @inline(__always)
    private static func plainValue(_ label: String) -> Int? {
        var value = 0
        var digits = 0
        for b in label.utf8 {
            guard b >= 0x30 && b <= 0x39, !(digits == 0 && b == 0x30 && label.utf8.count > 1) else { return nil }
            value = value * 10 + Int(b - 0x30)
            digits += 1
            if digits > 5 { return nil }
        }
        return digits > 0 && value < arrayLimit ? value : nil
    }

    subscript(id: NoteID) -> Int? {
        get {
            if let v = Self.plainValue(id.label) {
                let found = id.kind == .footnote ? (v < footnotes.count ? footnotes[v] : -1)
                                                 : (v < endnotes.count ? endnotes[v] : -1)
                return found < 0 ? nil : found
            }
            return other.isEmpty ? nil : other[id]
        }
        set {
            if let v = Self.plainValue(id.label) {
                if id.kind == .footnote { Self.store(&footnotes, v, newValue) } else { Self.store(&endnotes, v, newValue) }
                return
            }
            other[id] = newValue
        }
    }

    private static func store(_ table: inout [Int], _ v: Int, _ newValue: Int?) {
        if v >= table.count {
            guard newValue != nil else { return }
            let grown = Swift.min(arrayLimit, Swift.max(v + 1, table.count * 2, 16))
            table.append(contentsOf: repeatElement(-1, count: grown - table.count))
        }
        table[v] = newValue ?? -1
    }
}
