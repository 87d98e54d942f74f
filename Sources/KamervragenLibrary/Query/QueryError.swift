/// Why a query cannot be run, as a short explanation for the person who typed it.
package enum QueryError: Error, Hashable, Sendable, CustomStringConvertible {
    case empty
    case onlyFilters
    case onlyExcluded
    case unclosedQuote
    case unclosedBracket
    case unopenedBracket
    case danglingOr
    case unknownField(String)
    case emptyValue(String)
    case badDate(field: String, value: String)
    case badPassageKind(String)
    case datesCrossed
    /// The engine refused an expression the parser built (not expected; never SQLite's words).
    case engine

    package var description: String {
        switch self {
        case .empty:
            "nothing to search for: type a word"
        case .onlyFilters:
            "filters alone find nothing: add a word to search for"
        case .onlyExcluded:
            "a query cannot only exclude words (-word): add a word to find"
        case .unclosedQuote:
            "a quote is not closed: end the phrase with \""
        case .unclosedBracket:
            "a bracket is not closed: add )"
        case .unopenedBracket:
            "a closing bracket has no opening one"
        case .danglingOr:
            "OR needs a word on both sides"
        case .unknownField(let f):
            "unknown field \(f): (fields: party:, minister:, lid:, from:, to:, in:)"
        case .emptyValue(let f):
            "\(f): needs a value, e.g. \(QueryError.example(f))"
        case .badDate(let f, let v):
            "\(f): wants a date such as 2024-01-31, 2024-01 or 2024, not \(v)"
        case .badPassageKind(let v):
            "in: takes vraag, antwoord, noot or mededeling, not \(v)"
        case .datesCrossed:
            "from: is later than to:"
        case .engine:
            "the search engine cannot take this query: try fewer operators or quote the words"
        }
    }

    private static func example(_ field: String) -> String {
        switch field {
        case "party", "partij": "party:VVD"
        case "minister": "minister:Schippers"
        case "lid", "asker": "lid:Omtzigt"
        case "from", "van": "from:2024-01-01"
        case "to", "tot": "to:2024-12-31"
        case "in": "in:antwoord"
        default: "\(field):…"
        }
    }
}
