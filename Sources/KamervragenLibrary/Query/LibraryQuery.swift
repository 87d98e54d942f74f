import KamervragenKit

/// A parsed search: the full-text part as an FTS5 expression in which every word is a
/// quoted string, and the field filters as values for bound parameters. Nothing the
/// user typed is ever spliced into SQL.
package struct LibraryQuery: Hashable, Sendable {
    /// The FTS5 MATCH expression, e.g. `("kamer" * AND "brief") NOT "motie"`.
    package var match: String
    package var filters: Filters
    /// The words and phrases a hit must contain (not the excluded ones), as typed but
    /// normalised; the reader highlights these.
    package var terms: [Term]

    package struct Term: Hashable, Sendable {
        package var text: String
        package var isPrefix: Bool
    }

    package struct Filters: Hashable, Sendable {
        /// `party:` keys; a document matches any of them.
        package var parties: [String] = []
        /// `minister:` folded fragments of who answers; any of them.
        package var ministers: [String] = []
        /// `lid:` folded fragments of the askers' names; any of them.
        package var askers: [String] = []
        /// `from:` and `to:` as inclusive `YYYY-MM-DD` bounds on the document's date.
        package var from: String?
        package var to: String?
        /// `in:`; empty means every kind.
        package var kinds: [PassageKind] = []

        package var isEmpty: Bool {
            parties.isEmpty && ministers.isEmpty && askers.isEmpty && from == nil && to == nil && kinds.isEmpty
        }
    }

    /// Parses what the user typed; throws a `QueryError` that explains what to change.
    package init(_ text: String) throws(QueryError) {
        var parser = QueryParser(text)
        self = try parser.parse()
    }

    init(match: String, filters: Filters, terms: [Term]) {
        self.match = match
        self.filters = filters
        self.terms = terms
    }
}
