import KamervragenKit

/// The query language, as people know it from web search:
///
/// - `word word`: all must occur (in one question, answer or note);
/// - `"exact phrase"`; `prefix*` (`kamer*` finds kamerbrief, Kamerleden);
/// - `-word`, `-"phrase"` (or `NOT word`) to exclude; `a OR b`; brackets to group;
/// - filters for the whole query: `party:VVD`, `minister:Schippers`, `lid:Omtzigt`,
///   `from:2024-01-01`, `to:2024-06`, `in:vraag` / `in:antwoord` / `in:noot` /
///   `in:mededeling`. The same filter twice means either (`party:SP party:PVV`).
///
/// Everything else is a word: `NEAR`, `AND` in lower case, SQL, a lone `-` or `*` are
/// plain text or ignored, never operators of the engine. Words are normalised as the
/// index is (`IndexText`), and accents and case do not matter.
struct QueryParser {
    private let scalars: [Unicode.Scalar]
    private var i = 0
    private var filters = LibraryQuery.Filters()
    private var terms: [LibraryQuery.Term] = []

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    enum Token: Hashable {
        case word(String, prefix: Bool)
        case phrase(String, prefix: Bool)
        case open, close, or, not
    }

    mutating func parse() throws(QueryError) -> LibraryQuery {
        let tokens = try lex()
        var p = ExpressionParser(tokens: tokens)
        let node = try p.parseAll()
        guard let node, let match = try render(node, negated: false) else {
            if !filters.isEmpty { throw .onlyFilters }
            throw .empty
        }
        if let f = filters.from, let t = filters.to, f > t { throw .datesCrossed }
        return LibraryQuery(match: match, filters: filters, terms: terms)
    }

    // MARK: Lexing

    private static func isSpace(_ s: Unicode.Scalar) -> Bool { s.properties.isWhitespace }

    private mutating func lex() throws(QueryError) -> [Token] {
        var out: [Token] = []
        while i < scalars.count {
            let c = scalars[i]
            if Self.isSpace(c) { i += 1; continue }
            switch c {
            case "(": out.append(.open); i += 1
            case ")": out.append(.close); i += 1
            case "\"", "“", "”", "„":
                let text = try quoted()
                out.append(.phrase(text, prefix: star()))
            case "-":
                i += 1
                // A lone dash ("covid - 19") excludes nothing; it is ignored.
                if i < scalars.count, !Self.isSpace(scalars[i]) { out.append(.not) }
            default:
                let run = bareRun()
                if try fieldFilter(run) != nil { continue }
                switch run {
                case "OR": out.append(.or)
                case "AND": continue
                case "NOT": out.append(.not)
                default:
                    var word = Substring(run)
                    var prefix = false
                    while word.hasSuffix("*") { word = word.dropLast(); prefix = true }
                    if !word.isEmpty { out.append(.word(String(word), prefix: prefix)) }
                }
            }
        }
        return out
    }

    /// A quoted phrase from the opening quote at `i`; typographic quotes count too.
    private mutating func quoted() throws(QueryError) -> String {
        i += 1
        var text = String.UnicodeScalarView()
        while i < scalars.count {
            let c = scalars[i]
            i += 1
            if c == "\"" || c == "”" || c == "“" { return String(text) }
            text.append(c)
        }
        throw .unclosedQuote
    }

    /// A `*` right after a phrase makes its last word a prefix.
    private mutating func star() -> Bool {
        var prefix = false
        while i < scalars.count, scalars[i] == "*" { i += 1; prefix = true }
        return prefix
    }

    /// Up to a space, a bracket or a quote (a quote after `field:` is read by the caller).
    private mutating func bareRun() -> String {
        var run = String.UnicodeScalarView()
        while i < scalars.count {
            let c = scalars[i]
            if Self.isSpace(c) || c == "(" || c == ")" || c == "\"" || c == "“" || c == "”" || c == "„" { break }
            run.append(c)
            i += 1
        }
        return String(run)
    }

    /// `name:value` with a known name is taken as a filter (returns true); a run without
    /// a colon, or a colon after something that is not a name (`12:00`, `https://…`), is
    /// left to be a word (returns nil).
    private mutating func fieldFilter(_ run: String) throws(QueryError) -> Bool? {
        guard let colon = run.firstIndex(of: ":") else { return nil }
        let name = run[..<colon].lowercased()
        guard name.count >= 2, name.allSatisfy({ $0.isLetter }) else { return nil }
        var value = String(run[run.index(after: colon)...])
        if value.hasPrefix("/") { return nil }  // a URL: https://…
        guard Self.fields.contains(name) else { throw .unknownField(name) }
        if value.isEmpty, i < scalars.count, ["\"", "“", "„"].contains(scalars[i]) {
            value = try quoted()
        }
        let trimmed = value.trimmingWhitespace()
        guard !trimmed.isEmpty else { throw .emptyValue(name) }
        try addFilter(name, trimmed)
        return true
    }

    static let fields: Set<String> = ["party", "partij", "minister", "lid", "asker", "from", "van", "to", "tot", "in"]

    private mutating func addFilter(_ name: String, _ value: String) throws(QueryError) {
        switch name {
        case "party", "partij":
            filters.parties.append(Fold.key(value))
        case "minister":
            filters.ministers.append(Fold.key(value))
        case "lid", "asker":
            filters.askers.append(Fold.key(value))
        case "from", "van":
            guard let d = DateBound.make(value, end: false) else { throw .badDate(field: name, value: value) }
            filters.from = max(filters.from ?? d, d)
        case "to", "tot":
            guard let d = DateBound.make(value, end: true) else { throw .badDate(field: name, value: value) }
            filters.to = min(filters.to ?? d, d)
        default:
            for part in value.split(separator: ",") {
                guard let kind = Self.kind(Fold.key(String(part))) else { throw .badPassageKind(String(part)) }
                if !filters.kinds.contains(kind) { filters.kinds.append(kind) }
            }
        }
    }

    private static func kind(_ word: String) -> PassageKind? {
        switch word {
        case "vraag", "vragen", "question", "questions": .question
        case "antwoord", "antwoorden", "answer", "answers": .answer
        case "noot", "noten", "note", "notes", "voetnoot", "eindnoot": .note
        case "mededeling", "mededelingen", "notice": .notice
        default: nil
        }
    }

    // MARK: Rendering as FTS5

    /// The node as an FTS5 expression, or nil when nothing in it can match a word (a
    /// term of punctuation only). Terms under a NOT are not highlighted.
    private mutating func render(_ node: Node, negated: Bool) throws(QueryError) -> String? {
        switch node {
        case .term(let text, let prefix):
            let normalised = IndexText.normalised(text)
            guard Self.hasTokenCharacters(normalised) else { return nil }
            if !negated { terms.append(LibraryQuery.Term(text: normalised, isPrefix: prefix)) }
            return Self.quote(normalised) + (prefix ? " *" : "")
        case .or(let parts):
            var out: [String] = []
            for p in parts { if let r = try render(p, negated: negated) { out.append(r) } }
            guard !out.isEmpty else { return nil }
            return out.count == 1 ? out[0] : "(" + out.joined(separator: " OR ") + ")"
        case .and(let parts):
            var positive: [String] = [], negative: [String] = []
            for (isNot, p) in parts {
                if let r = try render(p, negated: negated != isNot) {
                    if isNot { negative.append(r) } else { positive.append(r) }
                }
            }
            if positive.isEmpty {
                if negative.isEmpty { return nil }
                throw .onlyExcluded
            }
            var s = positive.count == 1 ? positive[0] : "(" + positive.joined(separator: " AND ") + ")"
            for n in negative { s = "(" + s + " NOT " + n + ")" }
            return s
        }
    }

    /// An FTS5 string: in double quotes, a quote inside doubled. The tokenizer splits it
    /// into words; several words make it a phrase.
    static func quote(_ s: String) -> String {
        "\"" + s.replacingAll("\"", with: "\"\"") + "\""
    }

    /// True when the tokenizer would find a word in it (a letter, digit or private-use
    /// character, as `unicode61` counts them).
    static func hasTokenCharacters(_ s: String) -> Bool {
        s.unicodeScalars.contains { c in
            switch c.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .decimalNumber, .letterNumber, .otherNumber, .privateUse: true
            default: false
            }
        }
    }
}

/// The query as a tree: words and phrases, groups that must all match (with some
/// excluded), and alternatives.
indirect enum Node: Hashable {
    /// A word or a quoted phrase: FTS5 reads both as a quoted string.
    case term(String, prefix: Bool)
    /// Each part, and whether it is excluded.
    case and([(Bool, Node)])
    case or([Node])

    static func == (a: Node, b: Node) -> Bool {
        switch (a, b) {
        case let (.term(x, p), .term(y, r)): x == y && p == r
        case let (.or(x), .or(y)): x == y
        case let (.and(x), .and(y)): x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }

    func hash(into h: inout Hasher) {
        switch self {
        case let .term(x, p): h.combine(x); h.combine(p)
        case let .or(x): h.combine(x)
        case let .and(x): for (n, p) in x { h.combine(n); h.combine(p) }
        }
    }
}

/// `or := and (OR and)*`, `and := unary+`, `unary := [-|NOT] primary`,
/// `primary := word | phrase | ( or )`.
struct ExpressionParser {
    let tokens: [QueryParser.Token]
    var k = 0

    mutating func parseAll() throws(QueryError) -> Node? {
        let node = try parseOr()
        if k < tokens.count {
            // Only a stray closing bracket stops parseOr before the end.
            throw .unopenedBracket
        }
        return node
    }

    private mutating func parseOr() throws(QueryError) -> Node? {
        var parts: [Node] = []
        var sawOr = false
        if let first = try parseAnd() { parts.append(first) } else if k < tokens.count, tokens[k] == .or { throw .danglingOr }
        while k < tokens.count, tokens[k] == .or {
            k += 1
            sawOr = true
            guard let next = try parseAnd() else { throw .danglingOr }
            parts.append(next)
        }
        if parts.isEmpty { return nil }
        return sawOr ? .or(parts) : parts[0]
    }

    private mutating func parseAnd() throws(QueryError) -> Node? {
        var parts: [(Bool, Node)] = []
        while k < tokens.count, tokens[k] != .or, tokens[k] != .close {
            var negated = false
            while k < tokens.count, tokens[k] == .not { negated = true; k += 1 }
            guard k < tokens.count, tokens[k] != .or, tokens[k] != .close else { break }
            if let p = try parsePrimary() { parts.append((negated, p)) }
        }
        if parts.isEmpty { return nil }
        if parts.count == 1, !parts[0].0 { return parts[0].1 }
        return .and(parts)
    }

    private mutating func parsePrimary() throws(QueryError) -> Node? {
        let t = tokens[k]
        k += 1
        switch t {
        case .word(let w, let prefix): return .term(w, prefix: prefix)
        case .phrase(let p, let prefix): return .term(p, prefix: prefix)
        case .open:
            let inner = try parseOr()
            guard k < tokens.count, tokens[k] == .close else { throw .unclosedBracket }
            k += 1
            return inner
        case .close, .or, .not: return nil
        }
    }
}
