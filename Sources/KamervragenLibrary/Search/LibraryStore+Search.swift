import KamervragenKit

extension LibraryStore {
    /// Runs a query: the best `limit` hits (nil: all), grouped by document, and how many
    /// there are in all. The FTS5 expression and every filter value are bound
    /// parameters; the SQL around them is fixed text chosen by which filters are present.
    /// Throws `QueryError.engine` when FTS5 refuses the expression (the parser should
    /// never build one it refuses), and SQLite's error for anything else (a damaged index).
    package func search(_ query: LibraryQuery, limit: Int? = nil) throws -> SearchResults {
        do {
            return try ranked(query, limit: limit)
        } catch {
            // SQLITE_ERROR is FTS5 refusing the expression; anything else is the index's.
            if error.primary == 1 { throw QueryError.engine }
            throw error
        }
    }

    private func ranked(_ query: LibraryQuery, limit: Int?) throws(SQLiteError) -> SearchResults {
        let (conditions, values) = Self.conditions(query)
        var hits: [SearchHit] = []
        let from = "FROM passages JOIN documents AS d ON d.id = (passages.rowid >> \(Schema.positionBits))"
        let select = try db.prepare("""
            SELECT passages.rowid, kind, item, position, label, bm25(passages) AS score, d.id
            \(from) WHERE \(conditions) ORDER BY score, d.date DESC, passages.rowid LIMIT ?\(values.count + 1)
            """)
        // LIMIT -1 is SQLite's "no limit".
        select.bind(values + [.integer(limit.map { Int64(max(0, $0)) } ?? -1)])
        while try select.step() {
            hits.append(SearchHit(passage: select.int64(0), document: select.int64(6),
                                  kind: PassageKind(rawValue: select.int(1)) ?? .answer,
                                  item: select.int(2), position: select.int(3),
                                  label: select.string(4) ?? "", score: select.double(5)))
        }
        var total = hits.count
        if let limit, hits.count >= limit {
            let count = try db.prepare("SELECT count(*) \(from) WHERE \(conditions)")
            count.bind(values)
            if try count.step() { total = count.int(0) }
        }
        return SearchResults(query: query, groups: try group(hits), total: total)
    }

    /// Groups ranked hits by document, in the order of each document's best hit.
    private func group(_ hits: [SearchHit]) throws(SQLiteError) -> [SearchResults.Group] {
        var order: [Int64] = []
        var byDocument: [Int64: [SearchHit]] = [:]
        for h in hits {
            if byDocument[h.document] == nil { order.append(h.document) }
            byDocument[h.document, default: []].append(h)
        }
        var groups: [SearchResults.Group] = []
        groups.reserveCapacity(order.count)
        // One statement for every document: a query with hits in thousands of documents
        // prepared it thousands of times (a fifth of such a search's time).
        let lookup = try db.prepare("SELECT \(Schema.documentColumns) FROM documents WHERE id = ?1")
        for id in order {
            lookup.reset()
            lookup.bind(id, at: 1)
            guard try lookup.step() else { continue }
            let doc = Self.row(lookup)
            groups.append(SearchResults.Group(document: doc, hits: byDocument[id]!.sorted { $0.position < $1.position }))
        }
        return groups
    }

    /// The snippet of each hit, around its matches (`tokens` words long at most).
    package func snippets(_ hits: [SearchHit], query: LibraryQuery, tokens: Int = 16) throws(SQLiteError) -> [Snippet] {
        let s = try db.prepare("""
            SELECT snippet(passages, 0, ?2, ?3, '…', \(max(1, min(64, tokens)))) FROM passages
            WHERE passages MATCH ?1 AND rowid = ?4
            """)
        var out: [Snippet] = []
        out.reserveCapacity(hits.count)
        for h in hits {
            s.reset()
            s.bind(query.match, at: 1)
            s.bind(bytes: [Snippet.matchStart], at: 2)
            s.bind(bytes: [Snippet.matchEnd], at: 3)
            s.bind(h.passage, at: 4)
            out.append(try s.step() ? Snippet(marked: s.bytes(0)) : Snippet(text: h.label, matches: []))
        }
        return out
    }

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
