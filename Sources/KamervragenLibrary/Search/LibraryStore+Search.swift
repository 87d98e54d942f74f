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

    /// Ranks without reading the matches' columns: the ranking reads only each match's
    /// rowid and bm25 (no column of the passage, no document row, unless a filter needs
    /// them), and the kind, item and label are read for the hits kept, by joining the
    /// ranked rowids to FTS5's content table (`passages_content`, columns `c0`… in the
    /// order of the table's). Read through the full-text table, each of those lookups
    /// would set up a full-text cursor. Ties in bm25 go to the newer document: sorted here
    /// among the hits kept, and when a tie crosses the limit, the whole query is ranked
    /// again with the date in SQL so the newer ones are the ones kept.
    private func ranked(_ query: LibraryQuery, limit: Int?) throws(SQLiteError) -> SearchResults {
        let (conditions, values) = Self.conditions(query)
        let from = Self.from(query)
        let cap = limit.map { Int64(max(0, $0)) }
        // One more than the limit, to see whether a tie crosses it; LIMIT -1 is no limit.
        var ranks = try rank("ORDER BY score, passages.rowid", from, conditions, values, limit: cap.map { $0 + 1 } ?? -1)
        var total = ranks.count
        if let cap, ranks.count > cap {
            let n = Int(cap)
            let tieCrossesLimit = n > 0 && ranks[n].score == ranks[n - 1].score
            ranks.removeLast(ranks.count - n)
            if tieCrossesLimit {
                ranks = try rank("ORDER BY score, d.date DESC, passages.rowid", Self.joinedFrom, conditions, values, limit: cap)
            }
            let count = try db.prepare("SELECT count(*) \(from) WHERE \(conditions)")
            count.bind(values)
            if try count.step() { total = count.int(0) }
        }
        let documents = try self.documents(ids: ranks.map { $0.document })
        let dates = documents.mapValues { $0.date?.description ?? "" }
        // bm25, then the newer document (no date last, as SQL's DESC puts NULL), then rowid.
        ranks.sort { a, b in
            if a.score != b.score { return a.score < b.score }
            let (da, db) = (dates[a.document] ?? "", dates[b.document] ?? "")
            return da != db ? da > db : a.passage < b.passage
        }
        return SearchResults(query: query, groups: group(ranks, documents), total: total)
    }

    /// The first `limit` matches in `order`, with the columns a hit needs.
    private func rank(_ order: String, _ from: String, _ conditions: String, _ values: [SQLiteValue],
                      limit: Int64) throws(SQLiteError) -> [SearchHit] {
        let select = try db.prepare("""
            SELECT r.id, r.score, c.c1, c.c2, c.c4 FROM (
                SELECT passages.rowid AS id, bm25(passages) AS score \(from) WHERE \(conditions)
                \(order) LIMIT ?\(values.count + 1)
            ) AS r JOIN passages_content AS c ON c.id = r.id
            """)
        select.bind(values + [.integer(limit)])
        var hits: [SearchHit] = []
        while try select.step() {
            let rowid = select.int64(0)
            hits.append(SearchHit(passage: rowid, document: rowid >> Schema.positionBits,
                                  kind: PassageKind(rawValue: select.int(2)) ?? .answer, item: select.int(3),
                                  position: Int(rowid & (Int64(Schema.maxPassages) - 1)),
                                  label: select.string(4) ?? "", score: select.double(1)))
        }
        return hits
    }

    static let joinedFrom = "FROM passages JOIN documents AS d ON d.id = (passages.rowid >> \(Schema.positionBits))"

    /// The documents table is joined only when a filter reads it: joining costs a lookup
    /// for every match, and the common search has no filter.
    static func from(_ q: LibraryQuery) -> String {
        let f = q.filters
        let needsDocuments = !f.parties.isEmpty || !f.ministers.isEmpty || !f.askers.isEmpty || f.from != nil || f.to != nil
        return needsDocuments ? joinedFrom : "FROM passages"
    }

    /// The documents of some ids, each read once.
    private func documents(ids: [Int64]) throws(SQLiteError) -> [Int64: LibraryDocument] {
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
    /// One statement per run of hits in one document, over the rowids from the first to
    /// the last of them, rather than one per hit: a prefix query (`onderzoek*`) that no
    /// prefix index serves merges every matching word's list each time it is run,
    /// whatever the rowid asked for.
    package func snippets(_ hits: [SearchHit], query: LibraryQuery, tokens: Int = 16) throws(SQLiteError) -> [Snippet] {
        let s = try db.prepare("""
            SELECT passages.rowid, snippet(passages, 0, ?2, ?3, '…', \(max(1, min(64, tokens)))) FROM passages
            WHERE passages MATCH ?1 AND rowid BETWEEN ?4 AND ?5
            """)
        var found: [Int64: Snippet] = [:]
        var k = 0
        while k < hits.count {
            var end = k + 1
            while end < hits.count, hits[end].document == hits[k].document { end += 1 }
            let wanted = Set(hits[k..<end].map(\.passage))
            s.reset()
            s.bind(query.match, at: 1)
            s.bind(bytes: [Snippet.matchStart], at: 2)
            s.bind(bytes: [Snippet.matchEnd], at: 3)
            s.bind(wanted.min()!, at: 4)
            s.bind(wanted.max()!, at: 5)
            while try s.step() {
                let rowid = s.int64(0)
                if wanted.contains(rowid) { found[rowid] = Snippet(marked: s.bytes(1)) }
            }
            k = end
        }
        return hits.map { found[$0.passage] ?? Snippet(text: $0.label, matches: []) }
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
