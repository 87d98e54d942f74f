/// Why a library could not be opened, indexed or searched, in words for the user. SQLite's
/// own messages never reach them: each case says what happened and what to do.
package struct LibraryError: Error, Hashable, Sendable, CustomStringConvertible {
    package enum Kind: Hashable, Sendable {
        /// The query cannot be run; `message` explains why (exit 64, a usage error).
        case query
        /// No document paths at all, or a path that does not exist (exit 66).
        case noInput
        /// The index failed in a way a rebuild did not mend (exit 74, I/O).
        case index
        /// Interrupted by Ctrl-C or SIGTERM while indexing; the index stays consistent.
        case interrupted
    }

    package var kind: Kind
    package var message: String

    package init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    package var description: String { message }
}
