/// Finds URLs in text: `http(s)://…`, `www.…`, and bare `domain.tld/path` (PDF notes cite
/// `nos.nl/artikel/…`). Bare forms are returned with `https://` so every URL is openable.
enum URLScanner {
    /// If a URL starts at `i` (at a word start), returns its end and the normalised URL.
    /// It ends at `limit` at the latest (where a note reference stands beside the text).
    static func url(in b: [UInt8], at i: Int, limit: Int? = nil) -> (end: Int, url: String)? {
        let limit = limit ?? b.count
        guard i < limit else { return nil }
        let c = b[i]
        guard c == 0x68 || c == 0x77 || isLower(c) else { return nil }
        if i > 0, isLetterOrHigh(b[i - 1]) || isDigit(b[i - 1]) || b[i - 1] == 0x2F || b[i - 1] == 0x2E { return nil }
        var e = i
        var slashSeen = false
        while e < limit, !isStop(b[e]) { slashSeen = slashSeen || b[e] == 0x2F; e += 1 }
        // Most words are no URL: every form below needs a slash or starts with `w`, so the
        // rest (and its allocations) is skipped for them.
        if !slashSeen && c != 0x77 { return nil }
        // Trailing punctuation belongs to the sentence, not the URL.
        while e > i, isTrailingPunctuation(b[e - 1]) {
            if b[e - 1] == 0x29, b[i..<e].contains(0x28) { break }
            e -= 1
        }
        let token = b[i..<e]
        if token.starts(with: https) || token.starts(with: http) {
            return token.count > 8 ? (e, token.string) : nil
        }
        if token.starts(with: www) {
            return token.count > 6 ? (e, "https://" + token.string) : nil
        }
        // A bare domain: letters, a dot, a known top-level domain, then a slash.
        guard let slash = token.firstIndex(of: 0x2F), let dot = token[..<slash].lastIndex(of: 0x2E) else { return nil }
        let tld = token[(dot + 1)..<slash].string
        guard ["nl", "com", "org", "eu", "net", "int", "gov", "ua", "be", "de", "uk", "info"].contains(tld),
              token[..<dot].allSatisfy({ isLower($0) || isDigit($0) || $0 == 0x2D || $0 == 0x2E }) else { return nil }
        return (e, "https://" + token.string)
    }

    private static let https = Array("https://".utf8)
    private static let http = Array("http://".utf8)
    private static let www = Array("www.".utf8)

    @inline(__always) private static func isTrailingPunctuation(_ b: UInt8) -> Bool {
        switch b {
        case 0x2E, 0x2C, 0x3B, 0x3A, 0x29, 0x21, 0x3F, 0x27, 0x22: true
        default: false
        }
    }

    @inline(__always) static func isStop(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x3C || b == 0x3E || b == 0x22 || b == 0xC2 || b == 0xE2
    }

    static func urls(in text: String) -> [String] { urls(in: Array(text.utf8)) }

    static func urls(in b: [UInt8]) -> [String] { links(in: b).map(\.url) }

    /// Only the stretches between stop bytes that can hold a URL are tried. A URL that
    /// starts inside a stretch ends at its stop byte, and `url(in:at:)` needs a slash in
    /// it or `www.` at its start, so a stretch with neither is passed over; and no stop
    /// byte starts one. The text is read eight bytes at a time up to the next `/` or `w`:
    /// trying `url(in:at:)` at every byte (a call, and a walk to the word's end at each
    /// word start), or a byte loop over the stretches, cost a visible share of a parse.
    /// Each URL with the bytes it is printed as (a range of `b`).
    static func links(in b: [UInt8]) -> [(range: Range<Int>, url: String)] {
        b.withByteText { buf in
            var out: [(range: Range<Int>, url: String)] = []
            let n = buf.count
            var i = 0
            // Where the stretches not yet passed over begin (just after a stop byte, or 0).
            var lo = 0
            while i < n {
                if i + 8 <= n {
                    let w = buf.word(at: i)
                    if !ByteScan.has(w, 0x2F) && !ByteScan.has(w, 0x77) { i += 8; continue }
                }
                guard buf[i] == 0x2F || buf[i] == 0x77 else { i += 1; continue }
                // The stretch around the hit.
                var start = i
                while start > lo && !isStop(buf[start - 1]) { start -= 1 }
                var e = i
                var candidate = false
                while e < n {
                    let c = buf[e]
                    if isStop(c) { break }
                    if c == 0x2F || (c == 0x77 && e + 3 < n && buf[e + 1] == 0x77 && buf[e + 2] == 0x77 && buf[e + 3] == 0x2E) {
                        candidate = true
                    }
                    e += 1
                }
                if candidate {
                    var j = start
                    while j < e {
                        if let (end, u) = url(in: b, at: j) { out.append((j..<end, u)); j = end } else { j += 1 }
                    }
                }
                i = e + 1
                lo = i
            }
            return out
        }
    }
}
