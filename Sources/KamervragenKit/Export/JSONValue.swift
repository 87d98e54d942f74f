/// A JSON value built in memory before it is written.
///
/// The export builds a tree first and writes it second so that key order is decided by
/// the builder (stable, documented) rather than by a dictionary's hash order.
public enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([JSONValue])
    /// Ordered pairs: the order written is the order given.
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): true
        case (.bool(let x), .bool(let y)): x == y
        case (.int(let x), .int(let y)): x == y
        case (.string(let x), .string(let y)): x == y
        case (.array(let x), .array(let y)): x == y
        case (.object(let x), .object(let y)):
            x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0)
        case .bool(let b): hasher.combine(b)
        case .int(let i): hasher.combine(i)
        case .string(let s): hasher.combine(s)
        case .array(let a): hasher.combine(a)
        case .object(let pairs):
            for (k, v) in pairs { hasher.combine(k); hasher.combine(v) }
        }
    }

    /// `.string` for a value, `.null` for nil: metadata fields are optional.
    public static func string(_ value: String?) -> JSONValue {
        value.map { .string($0) } ?? .null
    }

    /// `.int` for a value, `.null` for nil.
    public static func int(_ value: Int?) -> JSONValue {
        value.map { .int($0) } ?? .null
    }
}
