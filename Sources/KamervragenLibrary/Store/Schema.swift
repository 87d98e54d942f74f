/// The index's tables. `version` is stored in `PRAGMA user_version`; an index of another
/// version is rebuilt rather than migrated (it is a cache: the documents are the truth).
enum Schema {
    /// 2: prefix indexes of 2 and 3 characters (version 1 had 2, 3 and 4), and the list's
    /// order as an index (`documents_list`), so opening a library reads the rows in order
    /// instead of sorting them.
    static let version: Int64 = 2

    /// Passages of a document have rowids `id << positionBits | position`, so all of one
    /// document's rows are one rowid range: removing or replacing a document is a range
    /// delete, not a scan of the whole full-text table. A document may have 2^20
    /// (1,048,576) passages; the rest of a larger one are not indexed.
    static let positionBits: Int64 = 20
    static let maxPassages = 1 << 20

    /// Prefix indexes of 2 and 3 characters: without one, FTS5 answers `ve*` by merging
    /// the lists of every word that starts so, thousands of them; from 4 characters on
    /// (`verk*`, `kamer*`) such words are few and merging them is cheap. Each prefix
    /// length costs about as much to write as the words themselves, so one of 4 was not
    /// worth its share of the indexing time (docs/benchmarks.md, library).
    static let create = """
        CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS documents(
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL UNIQUE,
            size INTEGER NOT NULL,
            mtime INTEGER NOT NULL,
            hash TEXT NOT NULL,
            problem TEXT,
            pub_id TEXT,
            number TEXT,
            case_number TEXT,
            session TEXT,
            sent TEXT,
            received TEXT,
            date TEXT,
            askers TEXT,
            parties TEXT,
            asked_to TEXT,
            answered_by TEXT,
            subject TEXT,
            questions INTEGER NOT NULL DEFAULT 0,
            answered INTEGER NOT NULL DEFAULT 0,
            notes INTEGER NOT NULL DEFAULT 0,
            parties_key TEXT,
            askers_key TEXT,
            minister_key TEXT
        );
        CREATE INDEX IF NOT EXISTS documents_pub_id ON documents(pub_id);
        CREATE INDEX IF NOT EXISTS documents_list ON documents(date DESC, number, id) WHERE problem IS NULL;
        CREATE VIRTUAL TABLE IF NOT EXISTS passages USING fts5(
            body,
            kind UNINDEXED,
            item UNINDEXED,
            position UNINDEXED,
            label UNINDEXED,
            tokenize = 'unicode61 remove_diacritics 2',
            prefix = '2 3'
        );
        """

    /// The columns of `documents` that make a `LibraryDocument`, in `LibraryStore.row`'s order.
    static let documentColumns = """
        id, path, problem, pub_id, number, case_number, session, sent, received, askers, parties,
        asked_to, answered_by, subject, questions, answered, notes
        """
}
