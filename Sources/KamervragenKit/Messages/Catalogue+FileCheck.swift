extension Catalogue {
    /// What the library view says after it checked the files of a library it opened from
    /// its index (`%1` documents new or changed, `%2` gone).
    public enum FileCheck: MessageSet {
        case listUpdated

        public var english: String {
            switch self {
            case .listUpdated: "files checked: %1 new or changed, %2 gone; the list is up to date"
            }
        }

        public var dutch: String {
            switch self {
            case .listUpdated: "bestanden nagekeken: %1 nieuw of gewijzigd, %2 verdwenen; de lijst is bijgewerkt"
            }
        }
    }
}
