/// Joins the lines of a paragraph or note into one token stream, undoing what the
/// typesetter did at line ends: hyphenation and URLs broken across lines.
struct LineJoiner {
    var vocabulary: Vocabulary

    func join(_ lines: [TypesetLine]) -> [Token] {
        var out: [Token] = []
        for line in lines {
            var tokens = line.tokens
            guard !out.isEmpty, !tokens.isEmpty else {
                out += tokens
                continue
            }
            if tokens[0].marker != nil {
                // A marker at the start of a line still belongs to the word before it.
                tokens[0].glued = true
            } else if out.last?.marker == nil {
                switch lineEnd(Self.lastWord(out), next: tokens[0].text) {
                case .space:
                    tokens[0].glued = false
                case .glue:
                    tokens[0].glued = true
                case .dropHyphen:
                    out[out.count - 1].text.removeLast()
                    tokens[0].glued = true
                }
            } else {
                tokens[0].glued = false
            }
            out += tokens
        }
        return out
    }

    /// The word the tokens end with: the last token with those glued before it, so a URL
    /// already carried over a line end (`…woningbouw%20in%20de` + `%20provincies`) is
    /// still seen as a URL at the next one.
    static func lastWord(_ tokens: [Token]) -> String {
        var k = tokens.count - 1
        while k > 0 && tokens[k].glued && tokens[k - 1].marker == nil { k -= 1 }
        return tokens[k...].map(\.text).joined()
    }

    enum Seam { case space, glue, dropHyphen }

    /// How the last word of a line meets the first word of the next.
    func lineEnd(_ last: String, next: String) -> Seam {
        if URLText.isOpen(last, next: next) { return .glue }
        guard last.hasSuffix("-"), last.count > 1 else { return .space }
        let stem = last.dropLast()
        guard let stemEnd = stem.last, stemEnd.isLetter, let nextFirst = next.first else { return .space }
        // "wet- en regelgeving": a suspended compound, not a broken word.
        if ["en", "of", "tot", "noch", "als"].contains(next) { return .space }
        // Real compound hyphens: "Noord-Holland", "ILT-rapport", "CO2-uitstoot".
        if nextFirst.isUppercase || nextFirst.isNumber { return .glue }
        if stem.dropFirst().contains(where: \.isUppercase) { return .glue }
        let hyphenated = Vocabulary.key(String(stem) + "-" + next)
        let closed = Vocabulary.key(String(stem) + next)
        if vocabulary.contains(hyphenated) && !vocabulary.contains(closed) { return .glue }
        return .dropHyphen
    }
}

/// The words the document uses inside lines, to tell a line-end hyphen that belongs to
/// the word ("Bunq-bank" printed elsewhere on one line) from a typesetter's break.
struct Vocabulary {
    private var words: Set<String> = []

    init(lines: [TypesetLine]) {
        for line in lines {
            for token in line.tokens.dropLast() where token.marker == nil {
                words.insert(Self.key(token.text))
            }
        }
    }

    func contains(_ key: String) -> Bool { words.contains(key) }

    /// Lowercased, without surrounding punctuation.
    static func key(_ word: String) -> String {
        var core = Substring(word.lowercased())
        while let c = core.first, !c.isLetter && !c.isNumber { core = core.dropFirst() }
        while let c = core.last, !c.isLetter && !c.isNumber { core = core.dropLast() }
        return String(core)
    }
}

/// URLs wrapped by the typesetter: a line that ends inside a URL continues it.
enum URLText {
    static func isOpen(_ last: String, next: String) -> Bool {
        guard let url = urlStart(last) else { return false }
        if url.hasSuffix(")") || url.hasSuffix(").") || url.hasSuffix("),") || url.hasSuffix(");") { return false }
        if let end = url.last, "/-_.=?&#%:~+".contains(end) { return true }
        // The URL ended on a letter or digit: continue only if the next word looks like
        // the rest of a path rather than prose.
        return next.contains("/") || next.contains("=") || next.contains("_") || next.contains(".htm")
            || next.filter({ $0 == "-" }).count >= 2 || next.hasSuffix(").") || next.hasSuffix(")")
            || startsPercentEscape(next)
    }

    /// `%202022.pdf` after `…%20provincies`: a percent-escape (two hex digits) never
    /// starts a word of prose, so the line carries the URL on.
    static func startsPercentEscape(_ word: String) -> Bool {
        let u = Array(word.utf8.prefix(3))
        return u.count == 3 && u[0] == 0x25 && isHexDigit(u[1]) && isHexDigit(u[2])
    }

    private static func isHexDigit(_ c: UInt8) -> Bool {
        isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)
    }

    /// The URL inside a word: with a scheme, `www.`, or a bare `domain.tld/path` as the
    /// notes sometimes print them (`regiopurmerend.nl/2024/05/…`).
    static func urlStart(_ word: String) -> Substring? {
        if let start = word.firstRange(of: "http://") ?? word.firstRange(of: "https://") ?? word.firstRange(of: "www.") {
            return word[start.lowerBound...]
        }
        var core = Substring(word)
        while let c = core.first, c == "(" || c == "«" || c == "\"" { core = core.dropFirst() }
        guard let slash = core.firstIndex(of: "/") else { return nil }
        let host = core[..<slash]
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let tld = labels.last, tld.count >= 2, tld.allSatisfy({ $0.isASCII && $0.isLetter }),
              host.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") }) else { return nil }
        return core
    }
}
