/// Writes a `JSONValue` as pretty-printed JSON with a two-space indent.
///
/// Written by hand so the library needs no Foundation, and so the escaping is under our
/// control: document text is hostile input (control characters, U+2028/U+2029 that break
/// JavaScript consumers). Output is built as UTF-8 bytes: appending to a byte array is
/// linear, and the export of a 10,000-question document stays a matter of milliseconds.
public enum JSONWriter {
    /// The whole value as a string, ending in a newline (a text file on stdout).
    public static func write(_ value: JSONValue) -> String {
        String(decoding: bytes(value), as: UTF8.self)
    }

    /// The whole value as UTF-8 bytes, ending in a newline.
    public static func bytes(_ value: JSONValue) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        write(value, indent: 0, into: &out)
        out.append(0x0A)
        return out
    }

    /// The value on one line, without spaces (JSON Lines, one record a line: what
    /// `search --json` and `list --json` print), ending in a newline.
    public static func line(_ value: JSONValue) -> String {
        var out: [UInt8] = []
        writeCompact(value, into: &out)
        out.append(0x0A)
        return String(decoding: out, as: UTF8.self)
    }

    static func writeCompact(_ value: JSONValue, into out: inout [UInt8]) {
        switch value {
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                writeCompact(item, into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let pairs):
            out.append(UInt8(ascii: "{"))
            for (i, (key, item)) in pairs.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                appendQuoted(key, into: &out)
                out.append(UInt8(ascii: ":"))
                writeCompact(item, into: &out)
            }
            out.append(UInt8(ascii: "}"))
        default:
            write(value, indent: 0, into: &out)
        }
    }

    /// The pretty-printed text of one top-level object written member by member and, in
    /// arrays, element by element, each as `write` would have written it inside the whole
    /// tree: the same bytes without the tree. Bytes are handed to `flush` whenever about
    /// `chunkSize` of them are ready, and the rest at `closeObject`.
    public struct Stream<Failure: Error> {
        private var buffer: [UInt8] = []
        private let chunkSize: Int
        private let flush: (Span<UInt8>) throws(Failure) -> Void
        private var members = 0

        public init(chunkSize: Int, flush: @escaping (Span<UInt8>) throws(Failure) -> Void) {
            self.chunkSize = max(1, chunkSize)
            self.flush = flush
            buffer.reserveCapacity(self.chunkSize + self.chunkSize / 4)
        }

        public mutating func openObject() throws(Failure) {
            buffer.append(UInt8(ascii: "{"))
        }

        /// `"key": value` at the first level.
        public mutating func member(_ key: String, _ value: JSONValue) throws(Failure) {
            try startMember(key)
            JSONWriter.write(value, indent: 1, into: &buffer)
            try flushIfFull()
        }

        /// `"key": [ … ]` at the first level, one element of `items` at a time.
        public mutating func member<C: Collection>(_ key: String, _ items: C, _ element: (C.Element) -> JSONValue) throws(Failure) {
            try startMember(key)
            if items.isEmpty { buffer.append(contentsOf: "[]".utf8); return }
            buffer.append(contentsOf: "[\n".utf8)
            var first = true
            for item in items {
                if !first { buffer.append(contentsOf: ",\n".utf8) }
                first = false
                JSONWriter.appendIndent(2, into: &buffer)
                JSONWriter.write(element(item), indent: 2, into: &buffer)
                try flushIfFull()
            }
            buffer.append(0x0A)
            JSONWriter.appendIndent(1, into: &buffer)
            buffer.append(UInt8(ascii: "]"))
        }

        /// Ends the object (and the text, with a newline) and hands over what is left.
        public mutating func closeObject() throws(Failure) {
            buffer.append(contentsOf: members == 0 ? "}\n".utf8 : "\n}\n".utf8)
            try flush(buffer.span)
            buffer.removeAll()
        }

        private mutating func startMember(_ key: String) throws(Failure) {
            buffer.append(contentsOf: members == 0 ? "\n".utf8 : ",\n".utf8)
            members += 1
            JSONWriter.appendIndent(1, into: &buffer)
            JSONWriter.appendQuoted(key, into: &buffer)
            buffer.append(contentsOf: ": ".utf8)
        }

        private mutating func flushIfFull() throws(Failure) {
            guard buffer.count >= chunkSize else { return }
            try flush(buffer.span)
            buffer.removeAll(keepingCapacity: true)
        }
    }

    static func write(_ value: JSONValue, indent: Int, into out: inout [UInt8]) {
        switch value {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .int(let i): out.append(contentsOf: String(i).utf8)
        case .string(let s): appendQuoted(s, into: &out)
        case .array(let items):
            if items.isEmpty { out.append(contentsOf: "[]".utf8); return }
            out.append(contentsOf: "[\n".utf8)
            for (i, item) in items.enumerated() {
                appendIndent(indent + 1, into: &out)
                write(item, indent: indent + 1, into: &out)
                if i != items.count - 1 { out.append(UInt8(ascii: ",")) }
                out.append(0x0A)
            }
            appendIndent(indent, into: &out)
            out.append(UInt8(ascii: "]"))
        case .object(let pairs):
            if pairs.isEmpty { out.append(contentsOf: "{}".utf8); return }
            out.append(contentsOf: "{\n".utf8)
            for (i, (key, item)) in pairs.enumerated() {
                appendIndent(indent + 1, into: &out)
                appendQuoted(key, into: &out)
                out.append(contentsOf: ": ".utf8)
                write(item, indent: indent + 1, into: &out)
                if i != pairs.count - 1 { out.append(UInt8(ascii: ",")) }
                out.append(0x0A)
            }
            appendIndent(indent, into: &out)
            out.append(UInt8(ascii: "}"))
        }
    }

    static func appendIndent(_ level: Int, into out: inout [UInt8]) {
        for _ in 0..<(level * 2) { out.append(0x20) }
    }

    /// Escapes per RFC 8259, plus U+2028/U+2029 and DEL so the output is also safe to
    /// embed in JavaScript and to print on a terminal, and U+FEFF because some readers
    /// (Foundation's among them) silently drop a literal one. Everything else stays
    /// literal UTF-8.
    public static func appendQuoted(_ s: String, into out: inout [UInt8]) {
        out.append(0x22)
        s.withByteText { utf8 in
            var i = 0
            let n = utf8.count
            while i < n {
                // Bytes that need no escape are copied a run at a time: byte by byte, the
                // appends were the largest part of exporting a document of long paragraphs.
                var j = i
                while j < n {
                    let b = utf8[j]
                    guard b >= 0x20 && b != 0x22 && b != 0x5C && b != 0x7F && b != 0xE2 && b != 0xEF else { break }
                    j += 1
                }
                if j > i {
                    out.append(utf8.extracting(i..<j))
                    i = j
                    continue
                }
                let b = utf8[i]
                switch b {
                case 0x22: out.append(contentsOf: "\\\"".utf8)
                case 0x5C: out.append(contentsOf: "\\\\".utf8)
                case 0x0A: out.append(contentsOf: "\\n".utf8)
                case 0x0D: out.append(contentsOf: "\\r".utf8)
                case 0x09: out.append(contentsOf: "\\t".utf8)
                case 0x08: out.append(contentsOf: "\\b".utf8)
                case 0x0C: out.append(contentsOf: "\\f".utf8)
                case 0xE2 where i + 2 < n && utf8[i + 1] == 0x80 && (utf8[i + 2] == 0xA8 || utf8[i + 2] == 0xA9):
                    appendUnicodeEscape(utf8[i + 2] == 0xA8 ? 0x2028 : 0x2029, into: &out)
                    i += 3
                    continue
                case 0xEF where i + 2 < n && utf8[i + 1] == 0xBB && utf8[i + 2] == 0xBF:
                    appendUnicodeEscape(0xFEFF, into: &out)
                    i += 3
                    continue
                case 0xE2, 0xEF: out.append(b)
                default: appendUnicodeEscape(UInt32(b), into: &out)
                }
                i += 1
            }
        }
        out.append(0x22)
    }

    static func appendUnicodeEscape(_ v: UInt32, into out: inout [UInt8]) {
        let hex = Array("0123456789abcdef".utf8)
        out.append(contentsOf: "\\u".utf8)
        for shift in stride(from: 12, through: 0, by: -4) {
            out.append(hex[Int((v >> UInt32(shift)) & 0xF)])
        }
    }
}
