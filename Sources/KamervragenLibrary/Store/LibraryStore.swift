import KamervragenKit

#if canImport(Glibc)
import Glibc
#endif

/// The index of one library: an SQLite file in the cache (or an in-memory database when
/// the cache cannot be written), its schema, and the reads and writes the library makes.
///
/// Every write is a transaction that leaves the index consistent: a document's row and
/// all its passages go in together, so a run killed at any point (even `kill -9`) leaves
/// each document either fully indexed or not at all, and the next run carries on. WAL
/// mode lets a search read while another process writes.
package final class LibraryStore {
    let db: SQLiteConnection
    /// The index file, or nil for an in-memory index.
    package let file: String?
    /// Every document's date for the ranking's tie-break (`documentDates()`); nil until
    /// read, and again after each write of this store.
    var cachedDates: [Int64: Int32]?
    /// `PRAGMA data_version` when `cachedDates` was read: it changes when another
    /// connection (another instance on the same library) commits to the file, which this
    /// store's own writes do not show, so the cache is read again then.
    var cachedDatesVersion: Int64 = -1
    /// This store's writes (`apply`) so far, and the last of them that wrote or removed
    /// each document's passages: what `rewritten(since:)` answers from.
    var writes = 0
    var rewrittenAt: [Int64: Int] = [:]

    /// Opens or creates the index; an index of another schema version is emptied and
    /// made anew. Throws SQLite's error (corruption, an unwritable file) for the caller
    /// to decide on a rebuild or an in-memory index.
    package init(file: String?) throws(SQLiteError) {
        self.file = file
        if let file {
            // Created here first so that it is 0600 whatever the umask; SQLite gives its
            // -wal and -shm files the database file's mode.
            let fd = open(file, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
            if fd < 0 {
                let e = errno
                throw SQLiteError(code: 14 /* SQLITE_CANTOPEN */, message: "\(file): \(String(cString: strerror(e)))")
            }
            close(fd)
        }
        db = try SQLiteConnection(path: file ?? ":memory:")
        db.setBusyTimeout(milliseconds: 30_000)
        if file != nil {
            // The first statement that reads the header: a file that is not a database
            // fails here with NOTADB.
            try db.execute("PRAGMA journal_mode = WAL")
            // With WAL, NORMAL still keeps the index consistent after a crash or power
            // loss; at worst the last transactions are lost, and indexed again next run.
            try db.execute("PRAGMA synchronous = NORMAL")
        }
        try db.execute("PRAGMA cache_size = -16000")
        let version = try db.integer("PRAGMA user_version") ?? 0
        if version != Schema.version {
            try db.writeTransaction { () throws(SQLiteError) in
                // Read again under the write lock: another process may have just made it.
                let now = try db.integer("PRAGMA user_version") ?? 0
                guard now != Schema.version else { return }
                if now != 0 {
                    try db.execute("DROP TABLE IF EXISTS passages; DROP TABLE IF EXISTS documents; DROP TABLE IF EXISTS meta;")
                }
                try db.execute(Schema.create)
                try db.execute("PRAGMA user_version = \(Schema.version)")
            }
        }
        // Touch both tables, so a damaged page at their roots shows now, not mid-search.
        _ = try db.integer("SELECT max(id) FROM documents")
        _ = try db.integer("SELECT rowid FROM passages LIMIT 1")
    }

    /// Removes an index file and its WAL companions (to rebuild it after corruption).
    package static func remove(file: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { unlink(file + suffix) }
    }

    package var isInMemory: Bool { file == nil }

    // MARK: Reading

    /// What the index knows of each file: enough to tell whether it changed.
    package struct StoredFile: Hashable, Sendable {
        package var id: Int64
        package var size: Int64
        package var mtime: Int64
        package var hash: String
    }

    package func storedFiles() throws(SQLiteError) -> [String: StoredFile] {
        let s = try db.prepare("SELECT id, path, size, mtime, hash FROM documents")
        var out: [String: StoredFile] = [:]
        while try s.step() {
            out[s.string(1) ?? ""] = StoredFile(id: s.int64(0), size: s.int64(2), mtime: s.int64(3), hash: s.string(4) ?? "")
        }
        return out
    }

    /// Every document (not the files that failed), newest first.
    package func documents() throws(SQLiteError) -> [LibraryDocument] {
        let s = try db.prepare("SELECT \(Schema.documentColumns) FROM documents WHERE problem IS NULL ORDER BY date DESC, number, id")
        var out: [LibraryDocument] = []
        while try s.step() { out.append(Self.row(s)) }
        return out
    }

    /// The files that are in the library but could not be read as documents, by path.
    package func problems() throws(SQLiteError) -> [LibraryDocument] {
        let s = try db.prepare("SELECT \(Schema.documentColumns) FROM documents WHERE problem IS NOT NULL ORDER BY path")
        var out: [LibraryDocument] = []
        while try s.step() { out.append(Self.row(s)) }
        return out
    }

    package func document(id: Int64) throws(SQLiteError) -> LibraryDocument? {
        let s = try db.prepare("SELECT \(Schema.documentColumns) FROM documents WHERE id = ?1")
        s.bind(id, at: 1)
        return try s.step() ? Self.row(s) : nil
    }

    /// The document cited as `ah-tk-…`, when the library holds it.
    package func document(publicationID: String) throws(SQLiteError) -> LibraryDocument? {
        let s = try db.prepare("SELECT \(Schema.documentColumns) FROM documents WHERE pub_id = ?1 AND problem IS NULL ORDER BY id LIMIT 1")
        s.bind(publicationID.lowercased(), at: 1)
        return try s.step() ? Self.row(s) : nil
    }

    static func row(_ s: SQLiteStatement) -> LibraryDocument {
        var d = LibraryDocument(id: s.int64(0), path: s.string(1) ?? "")
        d.problem = s.string(2)
        d.publicationID = s.string(3)
        d.number = s.string(4)
        d.caseNumber = s.string(5)
        d.session = s.string(6)
        d.sent = s.string(7).flatMap(parseDate)
        d.received = s.string(8).flatMap(parseDate)
        d.askers = s.string(9)
        d.parties = (s.string(10) ?? "").split(separator: "|").map(String.init)
        d.askedTo = s.string(11)
        d.answeredBy = s.string(12)
        d.subject = s.string(13)
        d.questions = s.int(14)
        d.answered = s.int(15)
        d.notes = s.int(16)
        return d
    }

    /// `YYYY-MM-DD` as stored. Read digit by digit: the list reads two dates for each of
    /// thousands of documents on opening, and splitting the string made arrays and
    /// substrings for each.
    static func parseDate(_ s: String) -> ISODate? {
        var parts = (0, 0, 0)
        var field = 0
        var digits = 0
        for b in s.utf8 {
            if b == UInt8(ascii: "-") {
                guard digits > 0, field < 2 else { return nil }
                field += 1
                digits = 0
                continue
            }
            guard b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9"), digits < 9 else { return nil }
            let d = Int(b - UInt8(ascii: "0"))
            switch field {
            case 0: parts.0 = parts.0 * 10 + d
            case 1: parts.1 = parts.1 * 10 + d
            default: parts.2 = parts.2 * 10 + d
            }
            digits += 1
        }
        guard field == 2, digits > 0 else { return nil }
        return ISODate(year: parts.0, month: parts.1, day: parts.2)
    }

    // MARK: Writing

    /// One change to the index, as the indexer decides it.
    package enum Change: Sendable {
        /// A new or changed file, parsed: its row's values, made by the parsing thread,
        /// and its passages.
        case document(DocumentColumns, [Passage])
        /// A file that is not a readable document: remembered, so it is not read again
        /// until it changes.
        case problem(path: String, stamp: FileStamp, String)
        /// Same content, new size or time (a `touch`, a copy over it).
        case touch(id: Int64, stamp: FileStamp)
        /// A file renamed or moved within the library: same content, new path.
        case move(id: Int64, path: String, stamp: FileStamp)
        /// A file gone from the library.
        case remove(id: Int64)
    }

    private var statements: Statements?

    /// All changes in one transaction.
    package func apply(_ changes: [Change]) throws(SQLiteError) {
        if statements == nil { statements = try Statements(db) }
        let st = statements!
        cachedDates = nil
        // Counted before the transaction: one rolled back only makes hits look changed
        // that did not.
        writes += 1
        let write = writes
        try db.writeTransaction { () throws(SQLiteError) in
            for change in changes {
                switch change {
                case .document(let columns, let passages):
                    let id = try st.upsert(columns)
                    rewrittenAt[id] = write
                    try st.deletePassages(of: id)
                    for p in passages.prefix(Schema.maxPassages) { try st.insert(p, document: id) }
                case .problem(let path, let stamp, let message):
                    let id = try st.upsert(DocumentColumns(path: path, stamp: stamp, row: LibraryDocument(path: path), problem: message))
                    rewrittenAt[id] = write
                    try st.deletePassages(of: id)
                case .touch(let id, let stamp):
                    try st.touch(id: id, stamp: stamp)
                case .move(let id, let path, let stamp):
                    try st.move(id: id, path: path, stamp: stamp)
                case .remove(let id):
                    rewrittenAt[id] = write
                    try st.deletePassages(of: id)
                    try st.remove(id: id)
                }
            }
        }
    }

    /// Merges the full-text index's segments into one, which makes searches faster after
    /// a large first build; worth it only then.
    package func optimize() throws(SQLiteError) {
        try db.execute("INSERT INTO passages(passages) VALUES('optimize')")
    }

    /// The prepared writes, made once per store.
    private final class Statements {
        let upsertDocument: SQLiteStatement
        let deletePassages: SQLiteStatement
        let insertPassage: SQLiteStatement
        let touchDocument: SQLiteStatement
        let moveDocument: SQLiteStatement
        let removeDocument: SQLiteStatement

        init(_ db: SQLiteConnection) throws(SQLiteError) {
            upsertDocument = try db.prepare("""
                INSERT INTO documents(path, size, mtime, hash, problem, pub_id, number, case_number, session,
                    sent, received, date, askers, parties, asked_to, answered_by, subject, questions, answered,
                    notes, parties_key, askers_key, minister_key)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19,
                    ?20, ?21, ?22, ?23)
                ON CONFLICT(path) DO UPDATE SET size = excluded.size, mtime = excluded.mtime,
                    hash = excluded.hash, problem = excluded.problem, pub_id = excluded.pub_id,
                    number = excluded.number, case_number = excluded.case_number, session = excluded.session,
                    sent = excluded.sent, received = excluded.received, date = excluded.date,
                    askers = excluded.askers, parties = excluded.parties, asked_to = excluded.asked_to,
                    answered_by = excluded.answered_by, subject = excluded.subject,
                    questions = excluded.questions, answered = excluded.answered, notes = excluded.notes,
                    parties_key = excluded.parties_key, askers_key = excluded.askers_key,
                    minister_key = excluded.minister_key
                RETURNING id
                """)
            deletePassages = try db.prepare("DELETE FROM passages WHERE rowid BETWEEN ?1 AND ?2")
            insertPassage = try db.prepare("INSERT INTO passages(rowid, body, kind, item, position, label) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
            touchDocument = try db.prepare("UPDATE documents SET size = ?2, mtime = ?3, hash = ?4 WHERE id = ?1")
            moveDocument = try db.prepare("UPDATE documents SET path = ?2, size = ?3, mtime = ?4, hash = ?5 WHERE id = ?1")
            removeDocument = try db.prepare("DELETE FROM documents WHERE id = ?1")
        }

        func upsert(_ columns: DocumentColumns) throws(SQLiteError) -> Int64 {
            let s = upsertDocument
            s.reset()
            s.bind(columns.values)
            guard try s.step() else { throw SQLiteError(code: 1, message: "upsert returned no id") }
            let id = s.int64(0)
            s.reset()
            return id
        }

        func deletePassages(of id: Int64) throws(SQLiteError) {
            deletePassages.reset()
            deletePassages.bind(id << Schema.positionBits, at: 1)
            deletePassages.bind(id << Schema.positionBits | Int64(Schema.maxPassages - 1), at: 2)
            try deletePassages.run()
        }

        func insert(_ p: Passage, document id: Int64) throws(SQLiteError) {
            let s = insertPassage
            s.reset()
            s.bind(id << Schema.positionBits | Int64(p.position), at: 1)
            s.bind(p.text, at: 2)
            s.bind(Int64(p.kind.rawValue), at: 3)
            s.bind(Int64(p.item), at: 4)
            s.bind(Int64(p.position), at: 5)
            s.bind(p.label, at: 6)
            try s.run()
        }

        func touch(id: Int64, stamp: FileStamp) throws(SQLiteError) {
            touchDocument.reset()
            touchDocument.bind([.integer(id), .integer(stamp.size), .integer(stamp.mtime), .text(stamp.hash)])
            try touchDocument.run()
        }

        func move(id: Int64, path: String, stamp: FileStamp) throws(SQLiteError) {
            moveDocument.reset()
            moveDocument.bind([.integer(id), .text(path), .integer(stamp.size), .integer(stamp.mtime), .text(stamp.hash)])
            try moveDocument.run()
        }

        func remove(id: Int64) throws(SQLiteError) {
            removeDocument.reset()
            removeDocument.bind(id, at: 1)
            try removeDocument.run()
        }
    }

    /// A `documents` row's values in the upsert's order, with its dates written out and
    /// its filter keys folded: made on a parsing thread, so the writing thread only binds.
    package struct DocumentColumns: Sendable {
        let values: [SQLiteValue]

        package init(path: String, stamp: FileStamp, row r: LibraryDocument, problem: String?) {
            values = [
                .text(path), .integer(stamp.size), .integer(stamp.mtime), .text(stamp.hash), Self.text(problem),
                Self.text(r.publicationID), Self.text(r.number), Self.text(r.caseNumber), Self.text(r.session),
                Self.text(r.sent?.description), Self.text(r.received?.description), Self.text(r.date?.description),
                Self.text(r.askers), Self.text(r.parties.isEmpty ? nil : r.parties.joined(separator: "|")),
                Self.text(r.askedTo), Self.text(r.answeredBy), Self.text(r.subject),
                .integer(Int64(r.questions)), .integer(Int64(r.answered)), .integer(Int64(r.notes)),
                Self.text(r.parties.isEmpty ? nil : Fold.partiesKey(r.parties)),
                Self.text(r.askers.map(Fold.key)), Self.text((r.answeredBy ?? r.askedTo).map(Fold.key)),
            ]
        }

        private static func text(_ s: String?) -> SQLiteValue { s.map(SQLiteValue.text) ?? .null }
    }
}

/// A file's size, modification time (nanoseconds) and content hash when it was read.
package struct FileStamp: Hashable, Sendable {
    package var size: Int64
    package var mtime: Int64
    package var hash: String

    package init(size: Int64, mtime: Int64, hash: String) {
        self.size = size
        self.mtime = mtime
        self.hash = hash
    }
}
