/// Where the index stood when a hit list was ranked, to tell later whether the passages
/// it names are still there (`LibraryStore.rewritten(since:)`). A passage's rowid is its
/// document's id and its place, and a changed file keeps its id when it is indexed again:
/// the same rowids then name the new text's passages.
package struct IndexMark: Hashable, Sendable {
    /// This store's writes (`apply`) so far.
    let writes: Int
    /// `PRAGMA data_version`, which changes when another connection commits.
    let dataVersion: Int64
}

extension LibraryStore {
    package func mark() throws(SQLiteError) -> IndexMark {
        IndexMark(writes: writes, dataVersion: try db.integer("PRAGMA data_version") ?? 0)
    }

    /// The documents whose passages this store wrote again or removed since `mark` (a
    /// changed file indexed again, a file gone or no longer readable): their rowids may
    /// name other passages now, or none. Nil when another process wrote the index since:
    /// which documents it changed is not known, so no rowid of the mark's can be trusted.
    package func rewritten(since mark: IndexMark) throws(SQLiteError) -> Set<Int64>? {
        guard try db.integer("PRAGMA data_version") ?? 0 == mark.dataVersion else { return nil }
        guard writes != mark.writes else { return [] }
        return Set(rewrittenAt.lazy.filter { $0.value > mark.writes }.map(\.key))
    }
}
