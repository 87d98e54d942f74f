/// Tells a web page from a text document, so that an HTML file saved from a browser is
/// not just "no questions found" with no hint of why: the parser reads plain text, and a
/// page's questions sit inside tags it does not strip.
enum HTMLSniffer {
    /// How far into the file the markup is looked for.
    static let sample = 1024

    /// True when the first thing in the file (after a byte-order mark and white space) is
    /// markup, and that markup is an HTML page: a doctype, an `<html>`, `<head>` or `<body>`
    /// tag, possibly after an XML declaration or comments. A text document never starts
    /// with `<`, so the loader only calls this for files that do.
    static func looksLikeHTML(_ bytes: some Collection<UInt8>) -> Bool {
        let head = String(decoding: bytes.prefix(sample), as: UTF8.self).lowercased()
        let trimmed = head.drop { $0 == "\u{FEFF}" || $0.isWhitespace }
        guard trimmed.first == "<" else { return false }
        return ["<!doctype html", "<html", "<head", "<body"].contains { trimmed.contains($0) }
    }

    /// The file's first `sample` bytes when it starts with markup, else nil.
    static func markupHead(_ bytes: [UInt8]) -> [UInt8]? {
        startsWithMarkup(bytes) ? Array(bytes.prefix(sample)) : nil
    }

    /// Whether the first byte that is not white space (or a UTF-8 byte-order mark) is `<`:
    /// the cheap test the loader makes on every file before its bytes are handed on.
    static func startsWithMarkup(_ bytes: [UInt8]) -> Bool {
        var i = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
        while i < bytes.count, i < sample {
            switch bytes[i] {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0C: i += 1
            case 0x3C: return true
            default: return false
            }
        }
        return false
    }
}
