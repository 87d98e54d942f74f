/// Removes the typeset PDF's page furniture (masthead, `ah-tk-…` id, ISSN, place and
/// year, `Tweede Kamer, vergaderjaar …, Aanhangsel N` footer, Markdown page rules) from
/// the line stream, keeping any real text glued to it as a line of its own.
///
/// The footer's page number is glued to the next text (`Aanhangsel 22024 pas bij …`), so
/// we count pages and strip only the number we expect.
struct PageFurniture {
    private(set) var pages = 0
    private(set) var found = false
    private(set) var publicationID: String?
    private(set) var session: String?
    private(set) var mastheadNumber: String?
    /// Markdown-ish conversions (`# 2`, `**…**`, `-----`) need a few extra rules.
    private(set) var markdown = false
    private var afterMasthead = 0
    /// A footer without its page number came last: the number may follow on a line of
    /// its own (plain pdftotext), before any other text.
    private var pageNumberNext = false

    /// The input comes back untouched (no copy) when nothing in it is furniture, as in
    /// every Word export: the line array is the largest thing alive at the parser's peak.
    mutating func strip(_ lines: consuming [SourceLine]) -> [SourceLine] {
        var out: [SourceLine]?
        var breakNext = false
        for r in lines.indices {
            let applied = breakNext
            // What `clean` would hand back unchanged, decided on the bytes in place; while
            // nothing has changed, such a line is not even copied out of the array.
            let plain = lines[r].withBytes { plainText($0) }
            if plain && out == nil && !applied { continue }
            let original = lines[r]
            var line = original
            if breakNext { line.pageBreak = true; breakNext = false }
            if plain {
                if out == nil {
                    out = []
                    out!.reserveCapacity(lines.count + 8)
                    out!.append(contentsOf: lines[0..<r])
                }
                out!.append(line)
                continue
            }
            let pieces: [Piece]
            switch clean(line) {
            case .text(let text):
                if out == nil && !applied && text == original.text { continue }
                pieces = [Piece(text: text)]
            case .pieces(let p):
                pieces = p
            }
            if out == nil {
                out = []
                out!.reserveCapacity(lines.count + 8)
                out!.append(contentsOf: lines[0..<r])
            }
            for piece in pieces {
                if piece.removed { breakNext = true; continue }
                var l = line
                l.text = piece.text
                if piece.pageBreak { l.pageBreak = true }
                if breakNext { l.pageBreak = true; breakNext = false }
                if piece.text.isEmpty && line.text.isEmpty == false { continue }
                out!.append(l)
            }
        }
        if let out { return out }
        return lines
    }

    /// A line `clean` would return untouched: none of its tests can fire. Most lines are
    /// this, and answering it on the bytes spares decoding them into a `String`. The
    /// patterns are static strings compared in place (the arrays they were cost a lazy
    /// global's check on every use).
    private func plainText(_ b: ByteText) -> Bool {
        guard let f = b.first else { return true }
        if f == 0x23 || f == 0x2A || f == 0x5F || f == 0x2D || afterMasthead > 0 || pageNumberNext { return false }
        @inline(__always) func starts(_ p: StaticString) -> Bool {
            b.has(ByteText(p), at: 0)
        }
        @inline(__always) func contains(_ p: StaticString) -> Bool {
            b.contains(ByteText(p))
        }
        switch f {
        case 0x54: if starts("Tweede Kamer der Staten-Generaal") { return false }
        case 0x56: if starts("Vergaderjaar ") || starts("Vragen gesteld door de leden der Kamer") { return false }
        case 0x72: if starts("regering gegeven antwoorden") { return false }
        case 0x68: if starts("h tk ") { return false }
        case 0x61: if starts("ah-tk-") { return false }
        case 0xE2: if starts("’s-Gravenhage") { return false }
        default: break
        }
        return !contains("Tweede Kamer, vergaderjaar") && !contains("ISSN 0921")
    }

    /// Most lines are kept as they are; only furniture splits or drops them, so the
    /// common case allocates no array.
    private enum Cleaned { case text(String), pieces([Piece]) }

    private struct Piece { var text: String; var removed = false; var pageBreak = false }

    /// A line dropped whole.
    private static var removed: Cleaned { .pieces([Piece(text: "", removed: true)]) }

    /// The stages, each of which may drop the line or take furniture off it: Markdown
    /// markup, the masthead's number, the masthead and id lines, then the footer, the
    /// ISSN line and the place line, which may have real text glued to them.
    private mutating func clean(_ line: SourceLine) -> Cleaned {
        var text = line.text
        guard let f = text.firstByte else { return .text("") }
        if pageNumberNext {
            pageNumberNext = false
            if text == String(pages) { return Self.removed }
        }
        if f == 0x23 || f == 0x2A || f == 0x5F || f == 0x2D, let cleaned = stripMarkdown(&text, first: f) { // # * _ -
            return cleaned
        }
        if takeMastheadNumber(text) { return Self.removed }
        if let cleaned = masthead(&text) { return cleaned }
        guard text.containsBytes(Self.footer) || text.containsBytes(Self.issn) || text.hasPrefixBytes("’s-Gravenhage") else {
            return .text(text)
        }
        return splitAtFooter(text)
    }

    /// A Markdown rule (`-----`) or a header of digits only (`# 2`, `### 302`: the
    /// masthead's number) is dropped; other Markdown markup is taken off `text`.
    private mutating func stripMarkdown(_ text: inout String, first f: UInt8) -> Cleaned? {
        if text.utf8.allSatisfy({ $0 == 0x2D }) && text.utf8.count >= 3 {
            markdown = true; found = true
            return Self.removed
        }
        text = unmarkdown(text)
        if text.isEmpty { return Self.removed }
        if f == 0x23, text.utf8.count <= 5, text.utf8.allSatisfy(isDigit) {
            if text.utf8.count > (mastheadNumber?.utf8.count ?? 0) { mastheadNumber = text }
            return Self.removed
        }
        return nil
    }

    /// The masthead's number, on a line of its own a few lines after the masthead.
    private mutating func takeMastheadNumber(_ text: String) -> Bool {
        guard afterMasthead > 0 else { return false }
        afterMasthead -= 1
        guard text.utf8.allSatisfy(isDigit) && text.utf8.count <= 5 else { return false }
        if text.utf8.count > 1 || mastheadNumber == nil { mastheadNumber = text }
        afterMasthead = 0
        return true
    }

    /// The masthead's lines are dropped (the session read from the `Vergaderjaar` line);
    /// the `ah-tk-…` id is taken off the front of `text`, which goes on to the next stages.
    private mutating func masthead(_ text: inout String) -> Cleaned? {
        // Every prefix below starts with one of five bytes; prose lines fail this one test.
        let lead = text.firstByte ?? 0
        if lead == 0x54, text.hasPrefixBytes("Tweede Kamer der Staten-Generaal") {
            found = true; afterMasthead = 8
            return Self.removed
        }
        if lead == 0x56, text.hasPrefixBytes("Vergaderjaar "), text.byteOffset(of: "Aanhangsel van de Handelingen") != nil {
            found = true
            let b = Array(text.utf8)
            var e = 13
            while e < b.count && b[e] != 0x20 { e += 1 }
            session = b[13..<e].string
            return Self.removed
        }
        if (lead == 0x56 && text.hasPrefixBytes("Vragen gesteld door de leden der Kamer"))
            || (lead == 0x72 && text.hasPrefixBytes("regering gegeven antwoorden")) {
            return Self.removed
        }
        if lead == 0x68, text.hasPrefixBytes("h tk "), text.utf8.count < 30 {
            return Self.removed
        }
        if lead == 0x61, text.hasPrefixBytes("ah-tk-") {
            found = true
            let b = Array(text.utf8)
            var e = 0
            while e < b.count && b[e] != 0x20 { e += 1 }
            publicationID = b[0..<e].string
            var r = e
            while r < b.count && b[r] == 0x20 { r += 1 }
            if r == b.count { return Self.removed }
            text = b[r...].string
        }
        return nil
    }

    /// A line holding the footer, the ISSN or the place: the furniture is dropped and the
    /// text before it and after it kept as lines of their own.
    private mutating func splitAtFooter(_ text: String) -> Cleaned {
        let b = Array(text.utf8)
        if let k = b.byteOffset(of: Self.footer),
           let a = b.byteOffset(of: Self.aanhangsel, from: k), a - k < 48 {
            found = true
            pages += 1
            var prefixEnd = k
            if let issn = b.byteOffset(of: Self.issn), issn < k { prefixEnd = issn }
            // pypdf may print the place and year on the footer's line, set apart by a
            // space (`’s-Gravenhage 2025 Tweede Kamer, …`) as well as glued.
            if let place = b.byteOffset(of: Self.gravenhage), place < prefixEnd, k - place < 24 { prefixEnd = place }
            var pieces: [Piece] = []
            var afterNumber = a + Self.aanhangsel.count
            while afterNumber < b.count && b[afterNumber] == 0x20 { afterNumber += 1 }
            var r = skipPageNumber(b, from: afterNumber)
            if r == afterNumber {
                prefixEnd = numberBefore(b, end: prefixEnd)
                // Plain pdftotext prints the number as a block of its own after the foot.
                if r == b.count { pageNumberNext = true }
            }
            let prefix = HeadingParser.trimmed(b[0..<prefixEnd].string)
            if !prefix.isEmpty { pieces.append(Piece(text: prefix)) }
            pieces.append(Piece(text: "", removed: true))
            while r < b.count && b[r] == 0x20 { r += 1 }
            if r < b.count { pieces.append(Piece(text: b[r...].string, pageBreak: true)) }
            return .pieces(pieces)
        }
        if let issn = b.byteOffset(of: Self.issn) {
            found = true
            let prefix = HeadingParser.trimmed(b[0..<issn].string)
            return .pieces(prefix.isEmpty ? [Piece(text: "", removed: true)] : [Piece(text: prefix), Piece(text: "", removed: true)])
        }
        if b.starts(with: Self.gravenhage) && b.count < 40 {
            return Self.removed
        }
        return .text(text)
    }

    /// Even pages print their number before the running foot (`2 Tweede Kamer, …`), and
    /// pypdf runs it onto the text before (a page-foot note's body): where the footer has
    /// no number after it, the page's number ending the text before it, alone or after a
    /// space, is furniture too. Returns where the text before it ends.
    private func numberBefore(_ b: [UInt8], end: Int) -> Int {
        var e = end
        while e > 0 && b[e - 1] == 0x20 { e -= 1 }
        let page = Array(String(pages).utf8)
        guard e >= page.count, b[(e - page.count)..<e].elementsEqual(page) else { return end }
        let start = e - page.count
        guard start == 0 || b[start - 1] == 0x20 else { return end }
        return start
    }

    /// Past the footer's page number, glued to the text after `Aanhangsel`: the page
    /// counted, or the next one (a page without a footer in the text).
    private mutating func skipPageNumber(_ b: [UInt8], from start: Int) -> Int {
        var r = start
        while r < b.count && b[r] == 0x20 { r += 1 }
        let page = Array(String(pages).utf8)
        if b[r...].starts(with: page) { return r + page.count }
        if b[r...].starts(with: Array(String(pages + 1).utf8)) {
            pages += 1
            return r + String(pages).utf8.count
        }
        return r
    }

    private static let footer = Array("Tweede Kamer, vergaderjaar".utf8)
    private static let aanhangsel = Array("Aanhangsel".utf8)
    private static let issn = Array("ISSN 0921".utf8)
    private static let gravenhage = Array("’s-Gravenhage".utf8)

    /// `## Kop`, `**vet**`, `_cursief_`: the Markdown-ish PDF conversions' markup.
    private mutating func unmarkdown(_ text: String) -> String {
        var b = Array(text.utf8)
        if b.first == 0x23 {
            markdown = true
            while let f = b.first, f == 0x23 || f == 0x20 { b.removeFirst() }
        }
        if b.starts(with: [0x2A, 0x2A]) {
            markdown = true
            b.removeAll { $0 == 0x2A }
        }
        if b.first == 0x5F { b.removeFirst() }
        if b.last == 0x5F { b.removeLast() }
        return HeadingParser.trimmed(b.string)
    }
}
