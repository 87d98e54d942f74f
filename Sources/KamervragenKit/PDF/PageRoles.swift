/// What a line on a typeset page is for. Only body and note lines carry the document;
/// furniture (masthead, running foot, page number, publication id) is printed by the
/// publisher on every copy and would otherwise cut into answers.
enum LineRole: Hashable, Sendable {
    case body
    /// A page-foot note line (smaller type). `marker` is the note number when the line
    /// starts a note.
    case note(marker: String?)
    case furniture
}

/// Facts about the publication read off the furniture before it is dropped.
struct PublicationFacts: Hashable, Sendable {
    /// `ah-tk-20232024-1076` from the foot of the first page.
    var publicationID: String?
    /// The Aanhangsel number: the big number on the first page, or the id's last part.
    var aanhangsel: String?
    /// "Vergaderjaar 2023–2024" from the masthead.
    var session: String?
}

/// Sorts lines into body, notes and furniture by type size, position and the fixed
/// furniture texts of the Tweede Kamer's house style.
struct PageRoles {
    /// The size of running text: the most common word height in the document.
    let bodyHeight: Double
    var facts = PublicationFacts()

    init(pages: [BBoxPage]) {
        var counts: [Int: Int] = [:]
        for page in pages {
            for line in page.lines {
                for word in line.words where word.text.contains(where: \.isLetter) {
                    counts[Int((word.height * 10).rounded()), default: 0] += word.text.count
                }
            }
        }
        let mode = counts.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key ?? 78
        bodyHeight = Double(mode) / 10
    }

    /// The roles of one page's lines, in pdftotext's reading order.
    mutating func classify(_ page: BBoxPage, index: Int) -> [LineRole] {
        var roles = [LineRole](repeating: .body, count: page.lines.count)
        // The running foot fixes the bottom of the text area: everything on or below it
        // (the page number beside it, the id block) is furniture. Only the page foot
        // counts: a note may cite "Tweede Kamer, vergaderjaar …" and a sentence may wrap
        // before "’s-Gravenhage".
        let footZone = page.height * 0.88
        let footTop = page.lines.filter { $0.yMin > footZone && isRunningFoot($0.text) }.map(\.yMin).min()
        var mastheadEnd = 0
        if index == 0 {
            mastheadEnd = page.lines.firstIndex { isHeaderStart($0.text) } ?? 0
        }
        for (i, line) in page.lines.enumerated() {
            let text = line.text
            if line.yMin > footZone, let id = publicationID(in: text), facts.publicationID == nil {
                facts.publicationID = id
                if facts.aanhangsel == nil, let dash = id.lastIndex(of: "-") {
                    facts.aanhangsel = String(id[id.index(after: dash)...])
                }
            }
            if index == 0, isMastheadText(text) || (i < mastheadEnd && !isBodySized(line)) {
                // Above the header block the masthead is set in its own sizes; body-sized
                // text there (an introduction) is kept.
                readMasthead(line)
                roles[i] = .furniture
            } else if line.yMin > footZone, isFurnitureText(text) {
                roles[i] = .furniture
            } else if let footTop, line.yMin >= footTop - 1 {
                roles[i] = .furniture
            } else if Self.isDigits(text), line.yMin > page.height * 0.85 {
                roles[i] = .furniture
            } else if isNoteSized(line) {
                let first = line.words[0]
                if Self.isDigits(first.text), first.height < bodyHeight * 0.7 {
                    roles[i] = .note(marker: first.text)
                } else {
                    roles[i] = .note(marker: nil)
                }
            }
        }
        return roles
    }

    private func isBodySized(_ line: BBoxLine) -> Bool {
        let heights = line.words.map(\.height).sorted()
        return abs(heights[heights.count / 2] - bodyHeight) <= bodyHeight * 0.04
    }

    /// Note type is visibly smaller than body type (6.3 against 7.8 points here); the
    /// median ignores a stray superscript in a body line.
    private func isNoteSized(_ line: BBoxLine) -> Bool {
        let heights = line.words.map(\.height).sorted()
        return heights[heights.count / 2] < bodyHeight * 0.9
    }

    private mutating func readMasthead(_ line: BBoxLine) {
        let text = line.text
        if text.hasPrefix("Vergaderjaar ") { facts.session = text }
        if Self.isDigits(text), let word = line.words.first,
           word.height > bodyHeight * 1.2, word.height < bodyHeight * 3 {
            facts.aanhangsel = text
        }
    }

    /// The first line of the header block that the text parser reads as metadata.
    private func isHeaderStart(_ text: String) -> Bool {
        text.hasPrefix("Vragen van") || text.hasPrefix("Vraag ") || text.hasPrefix("Mededeling")
            || text.hasPrefix("Antwoord van") || text.hasPrefix("Vragen gesteld door het lid")
    }

    /// The fixed texts of the first-page masthead.
    private func isMastheadText(_ text: String) -> Bool {
        text.hasSuffix("Kamer der Staten-Generaal") || text == "Aanhangsel van de Handelingen"
            || text.hasPrefix("Vragen gesteld door de leden der Kamer") || text == "regering gegeven antwoorden"
            || (text.hasPrefix("Vergaderjaar ") && text.split(separator: " ").count == 2)
    }

    private func isRunningFoot(_ text: String) -> Bool {
        text.hasPrefix("Tweede Kamer, vergaderjaar") || text.hasPrefix("Eerste Kamer, vergaderjaar")
    }

    func isFurnitureText(_ text: String) -> Bool {
        if isRunningFoot(text) { return true }
        if text.hasPrefix("ISSN ") { return true }
        if text.hasPrefix("’s-Gravenhage ") || text.hasPrefix("'s-Gravenhage ") { return true }
        if publicationID(in: text) != nil, !text.contains(" ") { return true }
        return false
    }

    /// `ah-tk-YYYYYYYY-N` (also `ah-ek-…` for the Senate).
    func publicationID(in text: String) -> String? {
        for word in text.split(separator: " ") where word.hasPrefix("ah-tk-") || word.hasPrefix("ah-ek-") {
            let parts = word.split(separator: "-")
            if parts.count == 4, parts[2].count == 8, Self.isDigits(String(parts[2])), Self.isDigits(String(parts[3])) {
                return String(word)
            }
        }
        return nil
    }
}

extension PageRoles {
    /// Plain ASCII digits: note markers, page numbers, the Aanhangsel number.
    static func isDigits(_ text: some StringProtocol) -> Bool {
        !text.isEmpty && text.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
