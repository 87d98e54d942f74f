import CSQLite

/// A failed SQLite call: its extended result code and SQLite's message.
///
/// The message is for diagnostics and tests; what a user sees is decided by the caller
/// from the code (`LibraryError`), never SQLite's own words.
package struct SQLiteError: Error, Hashable, Sendable, CustomStringConvertible {
    package var code: Int32
    package var message: String

    package init(code: Int32, message: String) {
        self.code = code
        self.message = message
    }

    /// The primary result code (the low byte of the extended one).
    package var primary: Int32 { code & 0xFF }

    /// The file is not a database, or its pages do not hold together.
    package var isCorruption: Bool { primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB }

    /// The cache cannot be written: read-only file or folder, no space, no permission,
    /// or the file cannot be created at all.
    package var isUnwritable: Bool {
        [SQLITE_READONLY, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_PERM, SQLITE_IOERR, SQLITE_AUTH].contains(primary)
    }

    /// Another connection holds the lock for longer than the busy timeout.
    package var isBusy: Bool { primary == SQLITE_BUSY || primary == SQLITE_LOCKED }

    package var description: String { "SQLite error \(code): \(message)" }
}
