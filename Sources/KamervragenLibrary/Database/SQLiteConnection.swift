import CSQLite

/// One connection to an SQLite database, used from one thread at a time.
///
/// This file and `SQLiteStatement` are the library's only unsafe code: SQLite's handles
/// are opaque pointers, owned here and closed in `deinit`, and nothing else sees them.
package final class SQLiteConnection {
    let handle: OpaquePointer

    /// Opens (creating when missing) the database at `path`; `":memory:"` is a private
    /// in-memory database. Extended result codes are on, so errors say which I/O failed.
    package init(path: String, readOnly: Bool = false) throws(SQLiteError) {
        var db: OpaquePointer?
        let flags = (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
            | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
        let rc = sqlite3_open_v2(path, &db, flags, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(rc))
            if let db { sqlite3_close_v2(db) }
            throw SQLiteError(code: rc, message: message)
        }
        handle = db
        sqlite3_extended_result_codes(db, 1)
    }

    deinit { sqlite3_close_v2(handle) }

    /// How long a statement waits for another process's lock before failing with BUSY.
    package func setBusyTimeout(milliseconds: Int32) {
        sqlite3_busy_timeout(handle, milliseconds)
    }

    /// Runs SQL without results (schema, pragmas, BEGIN/COMMIT). Never given user text:
    /// values go through `prepare` and bound parameters.
    package func execute(_ sql: String) throws(SQLiteError) {
        let rc = sqlite3_exec(handle, sql, nil, nil, nil)
        guard rc == SQLITE_OK else { throw lastError(rc) }
    }

    package func prepare(_ sql: String) throws(SQLiteError) -> SQLiteStatement {
        var stmt: OpaquePointer?
        let rc = sqlite3_prepare_v2(handle, sql, -1, &stmt, nil)
        guard rc == SQLITE_OK, let stmt else { throw lastError(rc) }
        return SQLiteStatement(handle: stmt, connection: self)
    }

    /// Runs `body` inside `BEGIN IMMEDIATE … COMMIT`: the write lock is taken at once, so
    /// two processes writing one index queue up (busy timeout) instead of one failing at
    /// its first write. Anything thrown rolls the whole transaction back.
    package func writeTransaction<R>(_ body: () throws(SQLiteError) -> R) throws(SQLiteError) -> R {
        try transaction("BEGIN IMMEDIATE", body)
    }

    /// Runs `body` inside one read transaction (`BEGIN … COMMIT`), or inside the one
    /// already open. Outside a transaction every statement run opens and closes its own,
    /// and in WAL mode that is two `fcntl` locks on the `-shm` file and a check of the WAL
    /// each time: for thousands of one-row lookups, more than the lookups themselves.
    package func reading<R>(_ body: () throws(SQLiteError) -> R) throws(SQLiteError) -> R {
        guard sqlite3_get_autocommit(handle) != 0 else { return try body() }
        return try transaction("BEGIN", body)
    }

    /// `body` between `begin` and COMMIT; anything thrown rolls it back.
    private func transaction<R>(_ begin: String, _ body: () throws(SQLiteError) -> R) throws(SQLiteError) -> R {
        try execute(begin)
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    package var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// The first integer of a one-row query, or nil (no row, or NULL).
    package func integer(_ sql: String) throws(SQLiteError) -> Int64? {
        let s = try prepare(sql)
        guard try s.step(), !s.isNull(0) else { return nil }
        return s.int64(0)
    }

    func lastError(_ rc: Int32) -> SQLiteError {
        let extended = sqlite3_extended_errcode(handle)
        return SQLiteError(code: extended != 0 ? extended : rc, message: String(cString: sqlite3_errmsg(handle)))
    }
}
