/// The local names a handler acts on, in a fixed order: the parser hands each element's
/// name over as its place in this list, so a handler switches on a small number instead
/// of comparing strings at every tag. A name is matched by its bytes once per parse
/// (libxml2 keeps one copy of each name per parse, so later tags are known by address).
public struct XMLVocabulary: Sendable {
    let names: [[UInt8]]

    public init(_ names: [String]) {
        self.names = names.map { Array($0.utf8) }
    }

    /// A vocabulary made of an enumeration's cases, each named by its raw value: the
    /// handler turns an element's index back into its case with `allCases[index]`.
    /// Inlinable, so that it is specialised for each handler's enumeration where it is
    /// used: unspecialised, the map went through witness tables and made its key path at
    /// run time, at every Word file's first parse of each part kind.
    @inlinable
    public init<Name: RawRepresentable & CaseIterable>(_: Name.Type) where Name.RawValue == String {
        self.init(Name.allCases.map { $0.rawValue })
    }

    public var count: Int { names.count }
}
