import KamervragenKit

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
        typealias Q = Catalogue.Query
        switch self {
        case .empty: return Q.empty.text()
        case .onlyFilters: return Q.onlyFilters.text()
        case .onlyExcluded: return Q.onlyExcluded.text()
        case .unclosedQuote: return Q.unclosedQuote.text()
        case .unclosedBracket: return Q.unclosedBracket.text()
        case .unopenedBracket: return Q.unopenedBracket.text()
        case .danglingOr: return Q.danglingOr.text()
        case .unknownField(let f): return Q.unknownField.text(f)
        case .emptyValue(let f): return Q.emptyValue.text(f, QueryError.example(f))
        case .badDate(let f, let v): return Q.badDate.text(f, v)
        case .badPassageKind(let v): return Q.badPassageKind.text(v)
        case .datesCrossed: return Q.datesCrossed.text()
        case .engine: return Q.engine.text()
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
