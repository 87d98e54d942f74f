import Testing
@testable import KamervragenLibrary

/// What the query language makes of what people type: every word a quoted FTS5 string,
/// operators only where meant, and a sentence for what cannot be run.
@Suite struct QueryParserTests {
    func match(_ q: String) throws -> String { try LibraryQuery(q).match }

    func error(_ q: String) -> QueryError? {
        do { _ = try LibraryQuery(q); return nil } catch { return error }
    }

    @Test func wordsMustAllOccurAndAreQuoted() throws {
        #expect(try match("stikstof boeren") == "(\"stikstof\" AND \"boeren\")")
        #expect(try match("stikstof") == "\"stikstof\"")
    }

    @Test func phrasesPrefixesExclusionAndOr() throws {
        #expect(try match("\"Tweede Kamer\"") == "\"Tweede Kamer\"")
        #expect(try match("kamer*") == "\"kamer\" *")
        #expect(try match("\"minister van\"*") == "\"minister van\" *")
        #expect(try match("stikstof -boeren") == "(\"stikstof\" NOT \"boeren\")")
        #expect(try match("stikstof NOT boeren") == "(\"stikstof\" NOT \"boeren\")")
        #expect(try match("stikstof -\"de boer\"") == "(\"stikstof\" NOT \"de boer\")")
        #expect(try match("stikstof OR ammoniak") == "(\"stikstof\" OR \"ammoniak\")")
        #expect(try match("(stikstof OR ammoniak) boer") == "((\"stikstof\" OR \"ammoniak\") AND \"boer\")")
        #expect(try match("a AND b") == "(\"a\" AND \"b\")")
        // Typographic quotes, as a word processor types them.
        #expect(try match("“Tweede Kamer”") == "\"Tweede Kamer\"")
    }

    @Test func engineSyntaxIsJustText() throws {
        // NEAR, lower-case operators, column filters, carets and SQL are words.
        #expect(try match("NEAR(kamer brief)") == "(\"NEAR\" AND (\"kamer\" AND \"brief\"))")
        #expect(try match("kamer or brief") == "(\"kamer\" AND \"or\" AND \"brief\")")
        #expect(try match("^kamer") == "\"^kamer\"")
        // Punctuation alone matches nothing and is dropped; "--" is a dash before a dash.
        #expect(try match("'; DROP TABLE documents; --") == "(\"DROP\" AND \"TABLE\" AND \"documents;\")")
        #expect(try match("say \"\"\"hi\"") == "(\"say\" AND \"hi\")")
        #expect(try match("12:00") == "\"12:00\"")
        #expect(try match("https://www.rijksoverheid.nl") == "\"https://www.rijksoverheid.nl\"")
    }

    @Test func loneDashesAndStarsAreIgnored() throws {
        #expect(try match("covid - 19") == "(\"covid\" AND \"19\")")
        #expect(try match("covid * 19") == "(\"covid\" AND \"19\")")
        #expect(error("-") == .empty)
        #expect(error("*") == .empty)
        #expect(error("— … ’") == .empty)
    }

    @Test func whatCannotBeRunIsExplained() {
        #expect(error("") == .empty)
        #expect(error("\"open phrase") == .unclosedQuote)
        #expect(error("(stikstof") == .unclosedBracket)
        #expect(error("stikstof)") == .unopenedBracket)
        #expect(error("OR stikstof") == .danglingOr)
        #expect(error("stikstof OR") == .danglingOr)
        #expect(error("-stikstof") == .onlyExcluded)
        #expect(error("party:VVD") == .onlyFilters)
        #expect(error("body:x y") == .unknownField("body"))
        #expect(error("party: x") == .emptyValue("party"))
        #expect(error("x from:gisteren") == .badDate(field: "from", value: "gisteren"))
        #expect(error("x in:bijlage") == .badPassageKind("bijlage"))
        #expect(error("x from:2024-06 to:2024-01") == .datesCrossed)
        for e in [QueryError.empty, .unclosedQuote, .unknownField("x"), .engine] {
            #expect(!e.description.lowercased().contains("sqlite") && !e.description.contains("fts5"))
        }
    }

    @Test func filtersAreValuesNotExpression() throws {
        let q = try LibraryQuery("stikstof party:VVD partij:\"GroenLinks-PvdA\" minister:Yeşilgöz lid:omtzigt from:2024 to:2024-03 in:vraag,noot")
        #expect(q.match == "\"stikstof\"")
        #expect(q.filters.parties == ["vvd", "groenlinks-pvda"])
        #expect(q.filters.ministers == ["yesilgoz"])
        #expect(q.filters.askers == ["omtzigt"])
        #expect(q.filters.from == "2024-01-01")
        #expect(q.filters.to == "2024-03-31")
        #expect(q.filters.kinds == [.question, .note])
        // Dutch day-first dates.
        #expect(try LibraryQuery("x van:31-1-2024").filters.from == "2024-01-31")
    }

    @Test func everyValueIsABoundParameter() throws {
        let q = try LibraryQuery("x'y party:\"a' OR 1=1 --\" minister:%_ from:2024")
        let (sql, values) = LibraryStore.conditions(q)
        #expect(!sql.contains("x'y") && !sql.contains("OR 1=1") && !sql.contains("%_"))
        #expect(values.first == .text(q.match))
        #expect(values.contains(.text("%|a' or 1=1 --|%")))
        // LIKE's wildcards in a value are taken literally.
        #expect(values.contains(.text("%\\%\\_%")))
        let placeholders = sql.split(separator: "?").count - 1
        #expect(placeholders == values.count)
    }

    @Test func ligaturesAndAccentsFoldInQueriesAsInTheIndex() throws {
        #expect(try match("ĳsbeer") == "\"ijsbeer\"")
        #expect(try match("ﬁets") == "\"fiets\"")
        #expect(try LibraryQuery("creëren").terms.map(\.text) == ["creëren"])
        #expect(try LibraryQuery("a -b \"c d\" e*").terms == [
            .init(text: "a", isPrefix: false), .init(text: "c d", isPrefix: false), .init(text: "e", isPrefix: true),
        ])
    }
}
