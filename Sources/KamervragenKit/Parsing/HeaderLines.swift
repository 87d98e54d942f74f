/// Keeps the header lines that became `Metadata` out of the preamble's paragraphs.
///
/// `AH 604`, `2024Z18294` and the "Vragen van … (ingezonden …)" / "Antwoord van …
/// (ontvangen …)" sentences are shown from the metadata; left in the preamble too, every
/// reader would see them twice. A sentence is only dropped once its closing date clause is
/// seen, so a line that merely starts like one ("Vragen van burgers zijn…") stays text.
struct HeaderLines {
    private var pending: [SourceLine] = []
    private var dateOpened = false
    /// Tests turn the byte path off to check it against the `String` path.
    var readsBytes = true

    private static let clauseStarts = ["Vragen van ", "Vraag van ", "Vragen gesteld door ", "Antwoord van ", "Antwoorden van "]
    private static let clauseEnds: [StaticString] = ["(ingezonden", "(ontvangen"]
    /// A wrapped sentence longer than this is prose, not a header clause.
    private static let maxClauseLines = 6

    /// Feeds one preamble line; returns the lines to keep as preamble text, in order.
    mutating func feed(_ line: SourceLine) -> [SourceLine] {
        // Outside a clause, only a line led by `A`, `V`, `Z`, a digit or a space can be an
        // identifier or start a clause; any other is kept without being decoded.
        if pending.isEmpty {
            guard let f = line.firstByte else { return [line] }
            if !(f == 0x41 || f == 0x56 || f == 0x5A || f == 0x20 || isDigit(f)) { return [line] }
        }
        if readsBytes, let kept = line.withBytes({ feedBytes(line, $0) }) { return kept }
        let text = Self.trimmed(line.text)
        if pending.isEmpty {
            if Self.isIdentifier(text) { return [] }
            guard Self.clauseStarts.contains(where: { text.hasPrefix($0) }) else { return [line] }
        } else if line.isBlank {
            return flush() + [line]
        }
        pending.append(line)
        var rest = Substring(text)
        if !dateOpened, let r = Self.clauseEnds.lazy.compactMap({ text.firstRangeASCII(of: $0) }).first {
            dateOpened = true
            rest = text[r.upperBound...]
        }
        // The date clause may wrap: "(ingezonden" on one line, "6 mei 2024)." on the next.
        if dateOpened, let close = rest.firstIndex(of: ")") {
            pending = []
            dateOpened = false
            var after = rest[rest.index(after: close)...]
            if after.first == "." { after = after.dropFirst() }
            let kept = Self.trimmed(after)
            guard !kept.isEmpty else { return [] }
            // A narrower view of the line (its marks go with it): `text` is the line
            // trimmed, `after` a tail of `text`, `kept` that tail trimmed. The spaces are
            // counted as `trimmed` drops them, by Character: a space carrying a combining
            // mark is not one, though its first byte is.
            let lead = line.text.prefix { $0 == " " }.utf8.count
            let start = lead + text.utf8.distance(from: text.startIndex, to: after.startIndex)
                + after.prefix { $0 == " " }.utf8.count
            var keptLine = line
            keptLine.narrow(to: start..<(start + kept.utf8.count))
            return [keptLine]
        }
        return pending.count > Self.maxClauseLines ? flush() : []
    }

    /// `feed` on the line's bytes, without a `String`; a kept tail is a narrower view of
    /// the same bytes. Byte tests answer what the `Character` ones do except where a
    /// non-ASCII byte touches a tested boundary (a combining mark joins the space or
    /// bracket before it into one Character; a prepended mark, the one after it): there
    /// this returns nil, before changing any state, and the `String` path decides.
    private mutating func feedBytes(_ line: SourceLine, _ b: ByteText) -> [SourceLine]? {
        @inline(__always) func high(_ k: Int) -> Bool { k >= 0 && k < b.count && b[k] >= 0x80 }
        let (s, e) = Self.trimmedRange(b, 0, b.count)
        if s > 0 && high(s) || e < b.count && high(e - 1) { return nil }
        let t = b.extracting(s..<e)
        if pending.isEmpty {
            if Self.isIdentifier(bytes: t) { return [] }
            var starts = false
            for p in Self.asciiClauseStarts where Self.hasPrefix(t, p) {
                if high(s + p.utf8CodeUnitCount) { return nil }
                starts = true
                break
            }
            guard starts else { return [line] }
        } else if line.isBlank {
            return flush() + [line]
        }
        // Everything below is decided before `pending` and `dateOpened` change.
        var opens = false
        var restStart = s
        if !dateOpened {
            for p in Self.clauseEnds {
                guard let at = Self.find(t, p) else { continue }
                let end = s + at + p.utf8CodeUnitCount
                if high(s + at - 1) || high(end) { return nil }
                opens = true
                restStart = end
                break
            }
        }
        var closing: Range<Int>?? = nil  // nil: no close; .some(nil): closes, nothing kept
        if dateOpened || opens, let close = (restStart..<e).first(where: { b[$0] == 0x29 }) {
            if high(close - 1) || high(close + 1) { return nil }
            var after = close + 1
            if after < e && b[after] == 0x2E {
                if high(after + 1) { return nil }
                after += 1
            }
            let (ks, ke) = Self.trimmedRange(b, after, e)
            if ks > after && high(ks) { return nil }
            closing = .some(ks < ke ? ks..<ke : nil)
        }
        pending.append(line)
        if opens { dateOpened = true }
        if let closing {
            pending = []
            dateOpened = false
            guard let kept = closing else { return [] }
            var keptLine = line
            keptLine.narrow(to: kept)
            return [keptLine]
        }
        return pending.count > Self.maxClauseLines ? flush() : []
    }

    private static let asciiClauseStarts: [StaticString] = ["Vragen van ", "Vraag van ", "Vragen gesteld door ", "Antwoord van ", "Antwoorden van "]

    private static func trimmedRange(_ b: ByteText, _ from: Int, _ to: Int) -> (Int, Int) {
        var s = from, e = to
        while s < e && b[s] == 0x20 { s += 1 }
        while e > s && b[e - 1] == 0x20 { e -= 1 }
        return (s, e)
    }

    private static func hasPrefix(_ t: ByteText, _ p: StaticString) -> Bool {
        t.has(ByteText(p), at: 0)
    }

    /// The offset of the first `p` in `t`, or nil.
    private static func find(_ t: ByteText, _ p: StaticString) -> Int? {
        t.firstOffset(of: ByteText(p))
    }

    /// Lines held back for a clause that never closed: they were text after all.
    mutating func flush() -> [SourceLine] {
        defer {
            pending = []
            dateOpened = false
        }
        return pending
    }

    /// `AH 604` or a case number `2024Z18294` alone on a line.
    static func isIdentifier(_ text: String) -> Bool { isIdentifier(Array(text.utf8)) }

    /// Both forms are 4 to 11 bytes long, so other lines are answered without a copy.
    static func isIdentifier(bytes t: ByteText) -> Bool {
        t.count > 3 && t.count <= 11 && isIdentifier(Array(t))
    }

    static func isIdentifier(_ b: [UInt8]) -> Bool {
        if b.count > 3, b.count < 10, b.starts(with: Array("AH ".utf8)), b[3...].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            return true
        }
        return b.count >= 10 && b.count <= 11 && MetadataParser.caseNumber(b) != nil
            && b.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5A || $0 == 0x20 }
    }

    private static func trimmed(_ s: some StringProtocol) -> String {
        let body = s.drop { $0 == " " }
        var end = body.endIndex
        while end > body.startIndex, body[body.index(before: end)] == " " { end = body.index(before: end) }
        return String(body[..<end])
    }
}
