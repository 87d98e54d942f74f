/// Writes a `JSONValue` as pretty-printed JSON with a two-space indent.
///
/// Written by hand so the library needs no Foundation, and so the escaping is under our
/// control: document text is hostile input (control characters, U+2028/U+2029 that break
/// JavaScript consumers, lone surrogates cannot occur in a Swift String).
public enum JSONWriter {
    /// The whole value as a string, ending in a newline (a text file on stdout).
    public static func write(_ value: JSONValue) -> String {
        var out = ""
        out.reserveCapacity(4096)
        write(value, indent: 0, into: &out)
        out.append("\n")
        return out
    }

    static func write(_ value: JSONValue, indent: Int, into out: inout String) {
        switch value {
        case .null: out.append("null")
        case .bool(let b): out.append(b ? "true" : "false")
        case .int(let i): out.append(String(i))
        case .string(let s): appendQuoted(s, into: &out)
        case .array(let items):
            if items.isEmpty { out.append("[]"); return }
            out.append("[\n")
            for (i, item) in items.enumerated() {
                appendIndent(indent + 1, into: &out)
                write(item, indent: indent + 1, into: &out)
                out.append(i == items.count - 1 ? "\n" : ",\n")
            }
            appendIndent(indent, into: &out)
            out.append("]")
        case .object(let pairs):
            if pairs.isEmpty { out.append("{}"); return }
            out.append("{\n")
            for (i, (key, item)) in pairs.enumerated() {
                appendIndent(indent + 1, into: &out)
                appendQuoted(key, into: &out)
                out.append(": ")
                write(item, indent: indent + 1, into: &out)
                out.append(i == pairs.count - 1 ? "\n" : ",\n")
            }
            appendIndent(indent, into: &out)
            out.append("}")
        }
    }

    static func appendIndent(_ level: Int, into out: inout String) {
        for _ in 0..<level { out.append("  ") }
    }

    /// Escapes per RFC 8259, plus U+2028/U+2029 and DEL so the output is also safe to
    /// embed in JavaScript and to print on a terminal, and U+FEFF because some readers
    /// (Foundation's among them) silently drop a literal one. Everything else stays
    /// literal UTF-8.
    public static func appendQuoted(_ s: String, into out: inout String) {
        out.append("\"")
        var pending = s.unicodeScalars.startIndex
        let scalars = s.unicodeScalars
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let c = scalars[i]
            let v = c.value
            if v >= 0x20 && v != 0x22 && v != 0x5C && v != 0x7F && v != 0x2028 && v != 0x2029 && v != 0xFEFF {
                i = scalars.index(after: i)
                continue
            }
            out.unicodeScalars.append(contentsOf: scalars[pending..<i])
            switch v {
            case 0x22: out.append("\\\"")
            case 0x5C: out.append("\\\\")
            case 0x0A: out.append("\\n")
            case 0x0D: out.append("\\r")
            case 0x09: out.append("\\t")
            case 0x08: out.append("\\b")
            case 0x0C: out.append("\\f")
            default: appendUnicodeEscape(v, into: &out)
            }
            i = scalars.index(after: i)
            pending = i
        }
        out.unicodeScalars.append(contentsOf: scalars[pending..<scalars.endIndex])
        out.append("\"")
    }

    static func appendUnicodeEscape(_ v: UInt32, into out: inout String) {
        let hex: [Character] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "a", "b", "c", "d", "e", "f"]
        out.append("\\u")
        for shift in stride(from: 12, through: 0, by: -4) {
            out.append(hex[Int((v >> UInt32(shift)) & 0xF)])
        }
    }
}
