import CSQLite

/// A prepared statement: bind parameters (1-based, as SQLite counts), step through rows,
/// read columns (0-based). Reused across rows with `reset`.
package final class SQLiteStatement {
    private let handle: OpaquePointer
    /// Kept so the connection outlives its statements (SQLite requires it for closing).
    private let connection: SQLiteConnection

    init(handle: OpaquePointer, connection: SQLiteConnection) {
        self.handle = handle
        self.connection = connection
    }

    deinit { sqlite3_finalize(handle) }

    // MARK: Binding

    package func bind(_ value: String?, at index: Int32) {
        guard let value else { sqlite3_bind_null(handle, index); return }
        // A null pointer would bind NULL, so the empty string is bound as a literal.
        guard !value.isEmpty else { sqlite3_bind_text(handle, index, "", 0, kv_sqlite_transient()); return }
        var v = value
        v.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                // SQLITE_TRANSIENT: SQLite copies the text before returning.
                _ = sqlite3_bind_text(handle, index, chars.baseAddress, Int32(chars.count), kv_sqlite_transient())
            }
        }
    }

    /// Binds bytes as text without checking that they are UTF-8 (SQLite does not either):
    /// for the snippet markers, which must be bytes no UTF-8 text holds.
    package func bind(bytes: [UInt8], at index: Int32) {
        guard !bytes.isEmpty else { sqlite3_bind_text(handle, index, "", 0, kv_sqlite_transient()); return }
        bytes.withUnsafeBytes { raw in
            _ = sqlite3_bind_text(handle, index, raw.baseAddress!.assumingMemoryBound(to: CChar.self),
                                  Int32(raw.count), kv_sqlite_transient())
        }
    }

    package func bind(_ value: Int64?, at index: Int32) {
        guard let value else { sqlite3_bind_null(handle, index); return }
        sqlite3_bind_int64(handle, index, value)
    }

    package func bind(_ value: Int?, at index: Int32) {
        bind(value.map(Int64.init), at: index)
    }

    /// Binds values to parameters 1, 2, … in order.
    package func bind(_ values: [SQLiteValue]) {
        for (i, v) in values.enumerated() {
            switch v {
            case .text(let s): bind(s, at: Int32(i + 1))
            case .integer(let n): bind(n, at: Int32(i + 1))
            case .null: sqlite3_bind_null(handle, Int32(i + 1))
            }
        }
    }

    // MARK: Stepping

    /// Advances to the next row: true when there is one, false when done.
    package func step() throws(SQLiteError) -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let rc: throw connection.lastError(rc)
        }
    }

    /// Runs a statement that returns no rows.
    package func run() throws(SQLiteError) {
        while try step() {}
    }

    /// Ready to run again with new values.
    package func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    // MARK: Columns

    package func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }

    package func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }

    package func int(_ column: Int32) -> Int { Int(sqlite3_column_int64(handle, column)) }

    package func double(_ column: Int32) -> Double { sqlite3_column_double(handle, column) }

    /// A text column's bytes as stored, not read as UTF-8.
    package func bytes(_ column: Int32) -> [UInt8] {
        guard let p = sqlite3_column_text(handle, column) else { return [] }
        return Array(UnsafeBufferPointer(start: p, count: Int(sqlite3_column_bytes(handle, column))))
    }

    package func string(_ column: Int32) -> String? {
        guard let p = sqlite3_column_text(handle, column) else { return nil }
        let n = Int(sqlite3_column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self)
    }
}

/// A value for a bound parameter, so a query built from parts carries its values in order.
package enum SQLiteValue: Hashable, Sendable {
    case text(String)
    case integer(Int64)
    case null
}
