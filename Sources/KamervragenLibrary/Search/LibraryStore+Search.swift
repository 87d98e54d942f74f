import KamervragenKit

extension LibraryStore {
    /// Runs a query: the best `limit` hits (nil: all), grouped by document, and how many
    /// there are in all. The FTS5 expression and every filter value are bound
    /// parameters; the SQL around them is fixed text chosen by which filters are present.
    /// Throws `QueryError.engine` when FTS5 refuses the expression (the parser should
    /// never build one it refuses), and SQLite's error for anything else (a damaged index).
    package func search(_ query: LibraryQuery, limit: Int? = nil) throws -> SearchResults {
        let ranking = try RankedSearch(query, in: self, limit: limit)
        try ranking.finish()
        return try results(of: ranking)
    }

    /// The best `count` hits a ranking has so far (all it keeps when nil), grouped by
    /// document; `total` is the matches ranked, every match once it is complete.
    package func results(of ranking: RankedSearch, count: Int? = nil) throws -> SearchResults {
        let hits = try ranking.hits(count: count)
        do {
            let documents = try self.documents(ids: hits.map(\.document))
            return SearchResults(query: ranking.query, groups: group(hits, documents), total: ranking.matched)
        } catch {
            throw Self.searchError(error)
        }
    }

    static let joinedFrom = "FROM passages JOIN documents AS d ON d.id = (passages.rowid >> \(Schema.positionBits))"

    /// What the count of matches reads: the documents table only when a filter reads it,
    /// since joining costs a lookup for every match and the common search has no filter.
    static func from(_ q: LibraryQuery) -> String {
        let f = q.filters
        let needsDocuments = !f.parties.isEmpty || !f.ministers.isEmpty || !f.askers.isEmpty || f.from != nil || f.to != nil
        return needsDocuments ? joinedFrom : "FROM passages"
    }

    /// The documents of some ids, each read once.
    private func documents(ids: [Int64]) throws(SQLiteError) -> [Int64: LibraryDocument] {
        try db.reading { () throws(SQLiteError) in try documentRows(ids: ids) }
    }

    private func documentRows(ids: [Int64]) throws(SQLiteError) -> [Int64: LibraryDocument] {
        var out: [Int64: LibraryDocument] = [:]
        // One statement for every document: a query with hits in thousands of documents
        // prepared it thousands of times (a fifth of such a search's time).
        let lookup = try db.prepare("SELECT \(Schema.documentColumns) FROM documents WHERE id = ?1")
        for id in ids where out[id] == nil {
            lookup.reset()
            lookup.bind(id, at: 1)
            if try lookup.step() { out[id] = Self.row(lookup) }
        }
        return out
    }

    /// Groups ranked hits by document, in the order of each document's best hit.
    private func group(_ hits: [SearchHit], _ documents: [Int64: LibraryDocument]) -> [SearchResults.Group] {
        var order: [Int64] = []
        var byDocument: [Int64: [SearchHit]] = [:]
        for h in hits {
            if byDocument[h.document] == nil { order.append(h.document) }
            byDocument[h.document, default: []].append(h)
        }
        return order.compactMap { id in
            documents[id].map { SearchResults.Group(document: $0, hits: byDocument[id]!.sorted { $0.position < $1.position }) }
        }
    }

    /// The snippet of each hit, around its matches (`tokens` words long at most).
    ///
    /// One statement for up to `snippetBatch` hits: FTS5 walks the matches between the
    /// lowest and the highest rowid wanted and makes a snippet only for the rows wanted
    /// (`+rowid IN (…)`: the `+` keeps that list from FTS5, which would start the whole
    /// query again for each rowid in it). A prefix query that no prefix index serves
    /// (`onderzoek*`) merges every matching word's list each time a statement starts, so
    /// a statement per document (or per hit) paid that merge for each one
    /// (docs/benchmarks.md, library).
    package func snippets(_ hits: [SearchHit], query: LibraryQuery, tokens: Int = 16) throws(SQLiteError) -> [Snippet] {
        var found: [Int64: Snippet] = [:]
        var k = 0
        while k < hits.count {
            let chunk = hits[k..<min(hits.count, k + Self.snippetBatch)]
            let wanted = Set(chunk.map(\.passage))
            let list = (0..<wanted.count).map { "?\($0 + 6)" }.joined(separator: ", ")
            let s = try db.prepare("""
                SELECT passages.rowid, snippet(passages, 0, ?2, ?3, '…', \(max(1, min(64, tokens)))) FROM passages
                WHERE passages MATCH ?1 AND rowid BETWEEN ?4 AND ?5 AND +rowid IN (\(list))
                """)
            s.bind(query.match, at: 1)
            s.bind(bytes: [Snippet.matchStart], at: 2)
            s.bind(bytes: [Snippet.matchEnd], at: 3)
            s.bind(wanted.min()!, at: 4)
            s.bind(wanted.max()!, at: 5)
            for (i, rowid) in wanted.enumerated() { s.bind(rowid, at: Int32(i + 6)) }
            while try s.step() {
                found[s.int64(0)] = Snippet(marked: s.bytes(1))
            }
            k += chunk.count
        }
        return hits.map { found[$0.passage] ?? Snippet(text: $0.label, matches: []) }
    }

    /// Hits whose snippets one statement makes: a screen's in one, and the command line's
    /// thousands in statements of bounded size (SQLite allows 32,766 parameters).
    static let snippetBatch = 500

    /// The WHERE clause for a query and its values in parameter order.
    static func conditions(_ q: LibraryQuery) -> (String, [SQLiteValue]) {
        var clauses = ["passages MATCH ?1"]
        var values: [SQLiteValue] = [.text(q.match)]
        func parameter(_ v: SQLiteValue) -> String {
            values.append(v)
            return "?\(values.count)"
        }
        let f = q.filters
        if !f.kinds.isEmpty {
            clauses.append("kind IN (" + f.kinds.map { parameter(.integer(Int64($0.rawValue))) }.joined(separator: ", ") + ")")
        }
        func anyLike(_ column: String, _ patterns: [String]) {
            guard !patterns.isEmpty else { return }
            clauses.append("(" + patterns.map { "d.\(column) LIKE \(parameter(.text($0))) ESCAPE '\\'" }.joined(separator: " OR ") + ")")
        }
        anyLike("parties_key", f.parties.map { "%|" + escapeLike($0) + "|%" })
        anyLike("minister_key", f.ministers.map { "%" + escapeLike($0) + "%" })
        anyLike("askers_key", f.askers.map { "%" + escapeLike($0) + "%" })
        if let from = f.from { clauses.append("d.date >= \(parameter(.text(from)))") }
        if let to = f.to { clauses.append("d.date <= \(parameter(.text(to)))") }
        return (clauses.joined(separator: " AND "), values)
    }

    /// A value for LIKE with its wildcards taken literally.
    static func escapeLike(_ s: String) -> String {
        var out = ""
        for ch in s {
            if ch == "%" || ch == "_" || ch == "\\" { out.append("\\") }
            out.append(ch)
        }
        return out
    }
}
