/// The facts a ministry's cover letter prints, read into the metadata: the letter's date
/// (`Datum`), the reference it answers ("uw brief van 7 september 2023, nr. 2023Z14759"),
/// its own reference (`Ons kenmerk`), who asked (with their parties) and who answers
/// (the signature, "mede namens …"), and the subject. The letter is everything before
/// the first question; a running header's stale `Datum` is used only when the letter
/// prints none (some templates keep the whole letterhead in the header).
enum CoverLetter {
    /// `lines` are read up to the first question only (the rest of a document is no part
    /// of its letter, and cleaning every line of it was a sixth of the time to open one).
    /// `header` is asked for at most once, and only when the letter lacks a fact.
    static func read<E: Error>(_ lines: some Sequence<String>, header: () throws(E) -> [String],
                               into meta: inout Metadata) throws(E) {
        var text: [String] = []
        for line in lines {
            let cleaned = clean(line)
            if cleaned.hasPrefix("Vraag ") && cleaned.dropFirst(6).first?.isNumber == true { break }
            text.append(cleaned)
        }
        var head: [String]?
        func headLines() throws(E) -> [String] {
            if let head { return head }
            let lines = try header().map(clean)
            head = lines
            return lines
        }

        meta.received = labelled("Datum", in: text).flatMap(DutchDate.parse)
        if meta.received == nil { meta.received = labelled("Datum", in: try headLines()).flatMap(DutchDate.parse) }
        var kenmerk = labelled("Ons kenmerk", in: text)
        if kenmerk == nil { kenmerk = labelled("Ons kenmerk", in: try headLines()) }
        if let kenmerk, isReference(kenmerk) {
            meta.ourReference = kenmerk
        }
        if let sentence = text.first(where: { $0.firstMarker("uw brief van ") != nil }) {
            readLetterSentence(sentence, into: &meta)
        }
        let title = titleLines(text)
        if meta.askers.isEmpty {
            for source in [text.first { $0.hasPrefix("Beantwoording Kamervragen ") }, title, text.first { $0.firstMarker("de vragen van ") != nil }] {
                guard let source else { continue }
                let askers = self.askers(in: source)
                if !askers.isEmpty { meta.askers = askers; break }
            }
        }
        if let title, let over = title.firstMarker(" over ") {
            var subject = String(title[over.upperBound...])
            while subject.hasSuffix(".") || subject.hasSuffix(" ") { subject.removeLast() }
            if !subject.isEmpty { meta.subject = subject }
        }
        meta.answeredBy = answeredBy(text, title: title)
        if meta.askedBy == nil, !meta.askers.isEmpty {
            meta.askedBy = meta.askers.map { a in a.party.map { "\(a.name) (\($0))" } ?? a.name }.joined(separator: ", ")
        }
    }

    /// Tabs, no-break and repeated spaces made one space; the ends trimmed.
    static func clean(_ line: String) -> String {
        cleanBytes(line) ?? cleanByCharacter(line)
    }

    /// `clean` byte by byte on a line without a carriage return whose every character is
    /// ASCII or one of `standsAlone` (most letter lines: Dutch text with its accents and
    /// curly quotes), where each scalar is one `Character`; nil otherwise. Reading every
    /// line by `Character` was half the cost of the letter.
    static func cleanBytes(_ line: String) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(line.utf8.count)
        var space = false
        var bytes = line.utf8.makeIterator()
        while let c = bytes.next() {
            var isSpace = c == 0x20 || c == 0x09 || c == 0x0A
            // Valid UTF-8 (a `String`): a lead byte, then its continuation bytes.
            var scalar: UInt32 = 0
            var tail: (UInt8, UInt8) = (0, 0)
            if c >= 0x80 {
                guard c < 0xF0, let b1 = bytes.next() else { return nil }
                if c < 0xE0 {
                    scalar = UInt32(c & 0x1F) << 6 | UInt32(b1 & 0x3F)
                    tail = (b1, 0)
                } else {
                    guard let b2 = bytes.next() else { return nil }
                    scalar = UInt32(c & 0x0F) << 12 | UInt32(b1 & 0x3F) << 6 | UInt32(b2 & 0x3F)
                    tail = (b1, b2)
                }
                guard standsAlone(scalar) else { return nil }
                isSpace = scalar == 0xA0 || scalar == 0x202F
            } else if c == 0x0D {
                return nil
            }
            if isSpace {
                space = true
                continue
            }
            if space && !out.isEmpty { out.append(0x20) }
            space = false
            out.append(c)
            if c >= 0x80 {
                out.append(tail.0)
                if c >= 0xE0 { out.append(tail.1) }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Characters that never join a neighbour into one `Character` (no combining mark,
    /// joiner or prefix; `CoverLetterTests` checks each): Latin-1 and the Latin Extended
    /// letters, general punctuation (dashes, curly quotes, the ellipsis, U+202F), the euro.
    static func standsAlone(_ scalar: UInt32) -> Bool {
        (0xA0...0x24F).contains(scalar) || (0x2010...0x2027).contains(scalar) || (0x202F...0x205E).contains(scalar)
            || scalar == 0x20AC
    }

    static func cleanByCharacter(_ line: String) -> String {
        var out = ""
        var space = false
        for c in line {
            if c == " " || c == "\t" || c == "\u{A0}" || c == "\u{202F}" || c == "\n" {
                space = true
            } else {
                if space && !out.isEmpty { out.append(" ") }
                space = false
                out.append(c)
            }
        }
        return out
    }

    /// The value after a label: on the label's own line (`Datum 25 juli 2024`) or on the
    /// next line with text (a letterhead table puts it in the next cell).
    static func labelled(_ label: String, in lines: [String]) -> String? {
        for (k, line) in lines.enumerated() {
            if line == label {
                return lines[(k + 1)...].first { !$0.isEmpty }
            }
            if line.hasPrefix(label + " ") { return String(line.dropFirst(label.count + 1)) }
        }
        return nil
    }

    /// A reference number: one word with a digit in it (`4980892`, `2023Z14759`).
    static func isReference(_ s: String) -> Bool {
        !s.isEmpty && s.count <= 32 && !s.contains(" ") && s.contains { $0.isNumber }
    }

    /// "In antwoord op uw brief van 7 september 2023, nr. 2023Z14759, deel ik u mede …"
    static func readLetterSentence(_ sentence: String, into meta: inout Metadata) {
        guard let van = sentence.firstMarker("uw brief van ") else { return }
        let rest = sentence[van.upperBound...]
        meta.submitted = DutchDate.parse(String(rest.prefix(40)))
        if let nr = rest.firstMarker("nr. ") {
            let number = rest[nr.upperBound...].prefix { $0 != "," && $0 != " " && $0 != ")" }
            if isReference(String(number)) {
                meta.reference = String(number)
                if isCaseNumber(number) { meta.caseNumber = String(number) }
            }
        }
        if meta.askers.isEmpty, let vragen = sentence.firstMarker("de vragen van ") {
            meta.askers = askers(in: String(sentence[vragen.lowerBound...]))
        }
    }

    /// `2023Z14759`: four digits, a Z, digits.
    static func isCaseNumber(_ s: Substring) -> Bool {
        let parts = s.split(separator: "Z", omittingEmptySubsequences: false)
        return parts.count == 2 && parts[0].count == 4 && parts[0].allSatisfy(\.isNumber)
            && !parts[1].isEmpty && parts[1].allSatisfy(\.isNumber)
    }

    /// The names after "van het lid" / "van de leden" / "lid", up to " aan " or " over ",
    /// each with the party printed after it or after the last of a group
    /// ("Temmink en Van Nispen (beiden SP)", "Mutluer, Lahlah (GroenLinks-PvdA), Boswijk (CDA)").
    static func askers(in text: String) -> [Asker] {
        var list: Substring?
        for opener in ["van het lid ", "van de leden ", "Kamervragen lid ", "Kamervragen leden "] {
            if let r = text.firstMarker(opener) { list = text[r.upperBound...]; break }
        }
        guard var names = list else { return [] }
        for stop in [" aan de ", " aan het ", " over ", " inzake "] {
            if let r = names.firstMarker(stop) { names = names[..<r.lowerBound] }
        }
        var out: [Asker] = []
        var open = 0   // askers without a party yet, at the end of `out`
        for raw in splitNames(names) {
            var name = raw
            var party: String?
            if let paren = name.firstIndex(of: "("), name.hasSuffix(")") {
                var p = String(name[name.index(after: paren)..<name.index(before: name.endIndex)])
                for lead in ["beiden ", "allen ", "beide ", "alle "] where p.hasPrefix(lead) { p = String(p.dropFirst(lead.count)) }
                party = p
                name = String(name[..<paren]).trimmingSpaces
            }
            guard !name.isEmpty, name.first?.isUppercase == true else { continue }
            out.append(Asker(name: name, party: party))
            if let party {
                for k in (out.count - 1 - open)..<(out.count - 1) { out[k].party = party }
                open = 0
            } else {
                open += 1
            }
        }
        return out
    }

    private static func splitNames(_ s: Substring) -> [String] {
        var parts: [String] = []
        for comma in s.split(separator: ",") {
            var rest = String(comma)
            while let r = rest.firstMarker(" en ") {
                parts.append(String(rest[..<r.lowerBound]).trimmingSpaces)
                rest = String(rest[r.upperBound...])
            }
            parts.append(rest.trimmingSpaces)
        }
        return parts.filter { !$0.isEmpty }
    }

    /// The bold title "Antwoorden van … op Kamervragen … over …", joined when Word split it
    /// over paragraphs.
    static func titleLines(_ text: [String]) -> String? {
        guard let start = text.firstIndex(where: { $0.hasPrefix("Antwoorden van ") || $0.hasPrefix("Antwoord van ") }) else { return nil }
        var title = text[start]
        var k = start + 1
        while k < text.count, !text[k].isEmpty, !title.hasSuffix("."), text[k].first?.isLowercase == true {
            title += " " + text[k]
            k += 1
        }
        return title
    }

    /// "de minister van X (Naam), mede namens de minister van Y": the minister from the
    /// signature as signed, the name under it, "mede namens" from the title when it says
    /// so (the signature's line may abbreviate or misspell), else from the signature.
    static func answeredBy(_ text: [String], title: String?) -> String? {
        let titleStart = text.firstIndex { $0.hasPrefix("Antwoorden van ") } ?? text.count
        let letter = text[..<titleStart]
        guard let k = letter.lastIndex(where: { isSignatory($0) }) else { return nil }
        var who = String(letter[k])
        while who.hasSuffix(",") || who.hasSuffix(" ") { who.removeLast() }
        who = who.prefix(1).lowercased() + who.dropFirst()
        if let name = letter[(k + 1)...].first(where: { !$0.isEmpty && isName($0) }) {
            who += " (\(name.trimmingSpaces))"
        }
        var onBehalf: String?
        if let title, let m = title.firstMarker("mede namens ") {
            onBehalf = String(title[m.lowerBound...].prefix { $0 != "," }).components(before: " op Kamervragen")
        } else if let line = letter.first(where: { $0.lowercased().hasPrefix("mede namens ") }) {
            onBehalf = line.prefix(1).lowercased() + line.dropFirst()
        }
        if var onBehalf {
            while onBehalf.hasSuffix(",") || onBehalf.hasSuffix(" ") { onBehalf.removeLast() }
            who += ", " + onBehalf
        }
        return who
    }

    private static func isSignatory(_ line: String) -> Bool {
        let l = line.lowercased()
        return (l.hasPrefix("de minister ") || l.hasPrefix("de staatssecretaris ")) && line.count < 120
    }

    /// "P. Adema", "D.M. van Weel", "D. Yeşilgöz-Zegerius": initials, then a name.
    private static func isName(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        guard let first = words.first, words.count >= 2, words.count <= 6 else { return false }
        return first.hasSuffix(".") && first.first?.isUppercase == true && first.count <= 8
    }
}

extension StringProtocol {
    /// `firstRange(of: marker)` for a marker of ASCII characters, with the marker's bytes
    /// looked for first: a line without them (nearly every line of a letter) skips the
    /// search by `Character`, which was most of the cost of reading the letter. Exact:
    /// a `Character` equal to an ASCII one is that byte, except for the three characters
    /// that are canonically equivalent to `K`, `;` and `` ` ``, so only the longest piece of
    /// the marker without those three is looked for as bytes. A marker without them (and
    /// without a line end) is found as bytes outright where its bytes stand between two
    /// ASCII bytes (or the ends): there each of its bytes is a `Character` of its own, so
    /// that is where `firstRange` finds it, without building its searcher for every call.
    func firstMarker(_ marker: String) -> Range<Index>? {
        let piece = ASCIIMarker.plainPiece(of: marker)
        if !piece.isEmpty, piece.count == marker.utf8.count, !piece.contains(0x0D), !piece.contains(0x0A) {
            guard let at = ASCIIMarker.firstOffset(of: piece, in: utf8) else { return nil }
            if let range = ASCIIMarker.characterRange(at, piece.count, in: utf8) { return range }
        } else if !piece.isEmpty, !ASCIIMarker.bytes(of: utf8, contain: piece) {
            return nil
        }
        return firstRange(of: marker)
    }
}

enum ASCIIMarker {
    /// The longest run of `marker`'s bytes with no `K`, `;` or `` ` ``; empty when the
    /// marker is not ASCII (no shortcut then).
    static func plainPiece(of marker: String) -> [UInt8] {
        var best: ArraySlice<UInt8> = []
        var start = 0
        let bytes = Array(marker.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return [] }
        for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x4B || bytes[i] == 0x3B || bytes[i] == 0x60 {
            if i - start > best.count { best = bytes[start..<i] }
            start = i + 1
        }
        return Array(best)
    }

    /// The offset of the first occurrence of `piece` in `text`'s bytes.
    static func firstOffset<C: Collection<UInt8>>(of piece: [UInt8], in text: C) -> Int? {
        guard let first = piece.first else { return nil }
        var i = text.startIndex
        var offset = 0
        while i != text.endIndex {
            if text[i] == first {
                var j = text.index(after: i)
                var k = 1
                while k < piece.count, j != text.endIndex, text[j] == piece[k] { k += 1; j = text.index(after: j) }
                if k == piece.count { return offset }
            }
            i = text.index(after: i)
            offset += 1
        }
        return nil
    }

    /// The ASCII bytes `offset..<offset + count` of `text` as a range of its indices, when
    /// the bytes before and after them are ASCII too (or the text ends): then each is a
    /// `Character` of its own (ASCII after ASCII always starts a new one but for a line
    /// feed after a carriage return, which markers do not hold). Nil otherwise.
    static func characterRange<V: Collection<UInt8>>(_ offset: Int, _ count: Int, in text: V) -> Range<V.Index>? {
        var start = text.startIndex
        if offset > 0 {
            let before = text.index(start, offsetBy: offset - 1)
            if text[before] >= 0x80 { return nil }
            start = text.index(after: before)
        }
        let end = text.index(start, offsetBy: count)
        if end != text.endIndex, text[end] >= 0x80 { return nil }
        return start..<end
    }

    static func bytes(of text: some Collection<UInt8>, contain piece: [UInt8]) -> Bool {
        piece.isEmpty || firstOffset(of: piece, in: text) != nil
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }

    /// The text before `marker`, or all of it.
    func components(before marker: String) -> String {
        firstRange(of: marker).map { String(self[..<$0.lowerBound]) } ?? self
    }
}
