extension Catalogue {
    /// The library view's title while a search's first page shows and the rest of its
    /// matches are still being ranked (`%1` the query, `%2` the hits listed, `%3` their
    /// documents, `%4` the matches ranked so far).
    public enum Ranking: MessageSet {
        case provisionalTitle

        public var english: String {
            switch self {
            case .provisionalTitle: "%1 · the best %2 of the first %4 hits, in %3 documents · ranking the rest…"
            }
        }

        public var dutch: String {
            switch self {
            case .provisionalTitle: "%1 · de beste %2 van de eerste %4 treffers, in %3 documenten · de rest wordt gerangschikt…"
            }
        }
    }
}
