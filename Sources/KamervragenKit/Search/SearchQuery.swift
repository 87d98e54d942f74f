/// What the reader typed, folded once so every block is compared against plain units.
///
/// Smart case (as in vim and less -i): a query with a capital letter is case-sensitive,
/// one without is not, so `comensha` finds `CoMensha` and `Comensha` does not.
public struct SearchQuery: Hashable, Sendable {
    public let text: String
    public let isCaseSensitive: Bool
    public let units: [UInt32]

    public init(_ text: String) {
        self.text = text
        self.isCaseSensitive = text.contains { $0.isUppercase }
        self.units = SearchFolding.fold(text, caseSensitive: isCaseSensitive)
    }

    public var isEmpty: Bool { units.isEmpty }

    /// True when every match of `self` is also a match of `shorter` at the same start,
    /// which lets incremental search narrow earlier results instead of rescanning.
    public func refines(_ shorter: SearchQuery) -> Bool {
        guard !shorter.isEmpty, units.count >= shorter.units.count else { return false }
        if isCaseSensitive == shorter.isCaseSensitive {
            return units.starts(with: shorter.units)
        }
        // A case-sensitive match is also a case-insensitive one; the converse is false.
        guard !shorter.isCaseSensitive else { return false }
        return units.lazy.map(SearchFolding.lowercased).starts(with: shorter.units)
    }
}
