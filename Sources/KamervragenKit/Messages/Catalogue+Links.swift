extension Catalogue {
    /// What the reader says about opening links (`o`, Enter on a URL).
    public enum Links: MessageSet {
        /// `o` with nothing selected.
        case nothingSelected
        /// `o` on a link that leads inside the document; %1 is what the status line calls it.
        case notAWebLink
        /// `o` on a note marker whose note cites no URL; %1 is the marker, e.g. `[3]`.
        case noteHasNoURL

        public var english: String {
            switch self {
            case .nothingSelected: "select a URL or note with Tab first"
            case .notAWebLink: "%1 is not a web link · Enter follows it"
            case .noteHasNoURL: "note %1 has no URL"
            }
        }

        public var dutch: String {
            switch self {
            case .nothingSelected: "kies eerst een URL of noot met Tab"
            case .notAWebLink: "%1 is geen weblink · Enter volgt hem"
            case .noteHasNoURL: "noot %1 heeft geen URL"
            }
        }
    }
}
