/// Turns typeset pages into the reader boundary's form, so PDFs and Word texts share one
/// parser: one line per paragraph (a blank line between, as Word text has them), each
/// note marker a note reference beside the text at the place it was printed, and each
/// note body from the page foot a `SourceNote`. Headings and header lines stay on lines
/// of their own.
struct TypesetText {
    /// The lines the parser reads.
    var lines: [SourceLine] = []
    /// The note bodies, in the order the parser lists them (by first citation).
    var sourceNotes: [SourceNote] = []
    var facts: PublicationFacts
    /// Note bodies found at the page feet, by number, in document order.
    var notes: [(number: String, text: String)]
    /// Paragraphs of running text with their note references (tests look at these).
    var paragraphs: [MarkedText]

    /// The stages: sort each page's lines into running text and note lines (furniture
    /// dropped), join the running text into paragraphs and the note lines into bodies,
    /// list each body with the paragraph that first cites it, and write the lines.
    init(pages: [BBoxPage]) {
        var roles = PageRoles(pages: pages)
        var sorted = SortedLines()
        for (pageIndex, page) in pages.enumerated() {
            sorted.add(page, index: pageIndex, roles: &roles)
        }
        facts = roles.facts
        let bodyLines = sorted.bodyLines, noteBuilders = sorted.noteBuilders

        let vocabulary = Vocabulary(lines: bodyLines + noteBuilders.flatMap(\.lines))
        let joiner = LineJoiner(vocabulary: vocabulary)
        var paragraphTexts: [MarkedText] = []
        var paragraphMarkers: [[String]] = []
        var paragraphPages: [Int] = []
        for group in Paragraphing(lines: bodyLines).groups {
            let tokens = joiner.join(group.map { bodyLines[$0] })
            paragraphTexts.append(Token.marked(tokens))
            paragraphMarkers.append(tokens.compactMap(\.marker))
            paragraphPages.append(bodyLines[group[0]].page)
        }
        let noteList = noteBuilders.map { builder in
            (number: builder.number, text: Token.marked(builder.lines.isEmpty ? [] : joiner.join(builder.lines)).string)
        }
        let attached = Self.attach(noteBuilders, numbers: noteList.map(\.number), to: paragraphMarkers, pages: paragraphPages)
        (lines, sourceNotes) = Self.lines(paragraphTexts, notes: noteList, attached: attached, aanhangsel: facts.aanhangsel)
        notes = noteList
        paragraphs = paragraphTexts
    }

    /// Which bodies are listed with each paragraph: each body with the first paragraph
    /// that cites it; a body nobody cites with the last paragraph that starts on or
    /// before its page.
    private static func attach(_ noteBuilders: [NoteBuilder], numbers: [String], to paragraphMarkers: [[String]],
                               pages paragraphPages: [Int]) -> [[Int]] {
        var attached = [[Int]](repeating: [], count: paragraphMarkers.count)
        var placed = Set<Int>()
        for (p, markers) in paragraphMarkers.enumerated() {
            for marker in markers {
                if let n = numbers.indices.first(where: { numbers[$0] == marker && !placed.contains($0) }) {
                    attached[p].append(n)
                    placed.insert(n)
                }
            }
        }
        for (n, builder) in noteBuilders.enumerated() where !placed.contains(n) && !paragraphMarkers.isEmpty {
            let p = paragraphPages.lastIndex { $0 <= builder.page } ?? 0
            attached[p].append(n)
        }
        return attached
    }

    /// The lines the parser reads, numbered as in the extracted text it read before: the
    /// Aanhangsel number, then each paragraph, a blank line after each; and each body as a
    /// note of the line of the paragraph it is listed with.
    private static func lines(_ paragraphs: [MarkedText], notes: [(number: String, text: String)], attached: [[Int]],
                              aanhangsel: String?) -> ([SourceLine], [SourceNote]) {
        var number = 1
        var lines: [SourceLine] = []
        var sourceNotes: [SourceNote] = []
        func add(_ text: MarkedText) {
            lines.append(SourceLine(text: text.string, number: number, pageBreak: false, trailingSpace: false, marks: text.marks))
            lines.append(SourceLine(text: "", number: number + 1, pageBreak: false, trailingSpace: false))
            number += 2
        }
        if let aanhangsel { add(MarkedText(bytes: Array("AH \(aanhangsel)".utf8), marks: [])) }
        for (p, paragraph) in paragraphs.enumerated() {
            let line = number
            add(paragraph)
            for n in attached[p] {
                let body = SourceLine(text: notes[n].text, number: line, pageBreak: false, trailingSpace: false)
                sourceNotes.append(SourceNote(id: NoteID(.footnote, notes[n].number), text: body))
            }
        }
        if lines.isEmpty { lines.append(SourceLine(text: "", number: 1, pageBreak: false, trailingSpace: false)) }
        return (lines, sourceNotes)
    }
}

/// A page's lines sorted into running text and page-foot notes, page after page.
private struct SortedLines {
    var bodyLines: [TypesetLine] = []
    var noteBuilders: [NoteBuilder] = []

    mutating func add(_ page: BBoxPage, index pageIndex: Int, roles: inout PageRoles) {
        let pageRoles = roles.classify(page, index: pageIndex)
        var noteLines: [(line: BBoxLine, marker: String?)] = []
        for (line, role) in zip(page.lines, pageRoles) {
            switch role {
            case .furniture:
                continue
            case .body:
                bodyLines.append(TypesetLine(line, page: pageIndex, bodyHeight: roles.bodyHeight))
            case .note(let marker):
                noteLines.append((line, marker))
            }
        }
        addNotes(noteLines, page: pageIndex, bodyHeight: roles.bodyHeight)
    }

    private mutating func addNotes(_ lines: [(line: BBoxLine, marker: String?)], page pageIndex: Int, bodyHeight: Double) {
        // pdftotext may print a note's number as a line of its own, even after the
        // text of the next note; the number belongs to the text on its baseline.
        let noteLines = lines.sorted { $0.line.yMin < $1.line.yMin }
        var loneMarkers: [(marker: String, y: Double)] = []
        for entry in noteLines where entry.marker != nil && entry.line.words.count == 1 {
            loneMarkers.append((entry.marker!, entry.line.yMin))
        }
        // Where the page's running text starts among all the body lines: small type that
        // belongs to no note goes back among them by its place on the page.
        let pageStart = bodyLines.lastIndex { $0.page != pageIndex }.map { $0 + 1 } ?? 0
        var lastNoteY: Double?
        // Lines at this page's foot that go on with the last page's last note.
        var carrying = false
        for entry in noteLines where !(entry.marker != nil && entry.line.words.count == 1) {
            var words = entry.line.words
            var number = entry.marker
            if number != nil {
                words.removeFirst()
            } else if let lone = loneMarkers.firstIndex(where: { abs($0.y - entry.line.yMin) < bodyHeight * 0.4 }) {
                number = loneMarkers[lone].marker
                loneMarkers.remove(at: lone)
            } else if lastNoteY == nil, continuesOverleaf(entry.line, page: pageIndex, from: pageStart) {
                carrying = true
            } else if !carrying, let lone = loneMarkers.firstIndex(where: { $0.y - entry.line.yMin < bodyHeight * Self.noteReach
                                                    && noteBuilders.last?.page != pageIndex }) {
                // On its baseline; failing that, a number left over when this line
                // would otherwise continue no note on the page at all, if it is not far
                // below the line (a table in small type above the page foot is not the
                // note that number starts).
                number = loneMarkers[lone].marker
                loneMarkers.remove(at: lone)
            }
            let noteLine = TypesetLine(BBoxLine(words: words), page: pageIndex, bodyHeight: bodyHeight * 0.8)
            if let number {
                carrying = false
                noteBuilders.append(NoteBuilder(number: number, page: pageIndex, lines: [noteLine]))
                lastNoteY = entry.line.yMin
            } else if carrying, lastNoteY == nil || entry.line.yMin - lastNoteY! < bodyHeight * Self.noteReach {
                noteBuilders[noteBuilders.count - 1].lines.append(noteLine)
                lastNoteY = entry.line.yMin
            } else if let last = noteBuilders.indices.last, noteBuilders[last].page == pageIndex,
                      let y = lastNoteY, entry.line.yMin - y < bodyHeight * Self.noteReach {
                noteBuilders[last].lines.append(noteLine)
                lastNoteY = entry.line.yMin
            } else {
                // Small type that continues no note (a table, a caption): running text,
                // at its place on the page.
                var small = noteLine
                small.smallType = true
                let at = bodyLines[pageStart...].firstIndex { $0.yMin > small.yMin } ?? bodyLines.endIndex
                bodyLines.insert(small, at: at)
            }
        }
    }

    /// A note too long for its page goes on at the next page's foot, above that page's
    /// own notes and without a number: a note-sized line before any note on this page,
    /// below all of this page's running text, while the last page's last note stopped in
    /// the middle of a sentence. (A table in small type has running text below it.)
    private func continuesOverleaf(_ line: BBoxLine, page pageIndex: Int, from pageStart: Int) -> Bool {
        guard let last = noteBuilders.last, last.page == pageIndex - 1, let end = last.lines.last,
              !Paragraphing.endsSentence(end) else { return false }
        return !bodyLines[pageStart...].contains { $0.page == pageIndex && $0.yMin > line.yMin }
    }

    /// How far apart (in body line heights) the lines of one note may be: a note's lines
    /// follow each other at the note type's pitch, about 1.3 here.
    static let noteReach = 2.5
}

private struct NoteBuilder {
    var number: String
    var page: Int
    var lines: [TypesetLine]
}

/// A line reduced to what paragraphing and joining need.
struct TypesetLine {
    var page: Int
    var yMin: Double
    var xMin: Double
    var xMax: Double
    /// Width of the first word: would it have fitted at the end of the line before?
    var firstWordWidth: Double
    /// Running text set in note-sized type (a table): a paragraph of its own.
    var smallType = false
    var tokens: [Token]

    init(_ line: BBoxLine, page: Int, bodyHeight: Double) {
        self.page = page
        yMin = line.words.filter { $0.height >= bodyHeight * 0.8 }.map(\.yMin).min() ?? line.yMin
        xMin = line.xMin
        xMax = line.xMax
        firstWordWidth = line.words.first.map { $0.xMax - $0.xMin } ?? 0
        tokens = Token.tokens(of: line, bodyHeight: bodyHeight)
    }

    /// The line as text for classifying it (a heading, a list item), a note marker as
    /// `^N`: never text the parser reads.
    var text: String { Token.render(tokens) }
}

/// A word of running text, or a note marker.
struct Token: Hashable {
    var text: String
    /// Written without a space before it (the PDF set it flush against the previous word).
    var glued: Bool
    /// The note number when this is a superscript marker.
    var marker: String?

    /// Splits a line into tokens: small digits raised above the line are note markers,
    /// small digits lowered (the 2 of CO2) are ordinary text set flush.
    static func tokens(of line: BBoxLine, bodyHeight: Double) -> [Token] {
        let fullSize = line.words.filter { $0.height >= bodyHeight * 0.8 }
        let centers = fullSize.map(\.centerY).sorted()
        let center = centers.isEmpty ? nil : centers[centers.count / 2]
        var tokens: [Token] = []
        var previous: BBoxWord?
        for word in line.words {
            let flush = previous.map { word.xMin - $0.xMax < bodyHeight * 0.1 } ?? false
            let small = word.height < bodyHeight * 0.8
            if small, let center, PageRoles.isDigits(word.text), word.centerY < center - bodyHeight * 0.1 {
                tokens.append(Token(text: word.text, glued: true, marker: word.text))
            } else if tokens.last?.marker != nil {
                // A marker ends a word: only punctuation stays glued after it; a word set
                // flush against it ("gesproken.³Toekomstige") still starts a new word.
                let punctuation = word.text.first.map { !$0.isLetter && !$0.isNumber } ?? false
                tokens.append(Token(text: word.text, glued: flush && punctuation, marker: nil))
            } else {
                let nearSmall = small && previous.map { word.xMin - $0.xMax < bodyHeight * 0.3 } == true
                tokens.append(Token(text: word.text, glued: flush || nearSmall, marker: nil))
            }
            previous = word
        }
        return tokens
    }

    /// The tokens as text for classifying a line, a marker as `^N`.
    static func render(_ tokens: [Token]) -> String {
        var out = ""
        for (i, token) in tokens.enumerated() {
            if i > 0 && !token.glued { out += " " }
            out += token.marker.map { "^\($0)" } ?? token.text
        }
        return out
    }

    /// The tokens as a line for the parser: the words normalised as the line splitter
    /// normalises text, each marker a note reference where it stood, trimmed of spaces.
    static func marked(_ tokens: [Token]) -> MarkedText {
        var out: [UInt8] = []
        var marks: [LineMark] = []
        for (i, token) in tokens.enumerated() {
            if i > 0 && !token.glued { out.append(0x20) }
            if let marker = token.marker {
                marks.append(.noteRef(NoteID(.footnote, marker), at: out.count))
            } else {
                out.append(contentsOf: LineSplitter.normalised(token.text).utf8)
            }
        }
        var lead = 0
        while lead < out.count && out[lead] == 0x20 { lead += 1 }
        var end = out.count
        while end > lead && out[end - 1] == 0x20 { end -= 1 }
        if lead > 0 || end < out.count {
            let kept = end - lead
            marks = marks.map { LineMark(offset: Swift.min(Swift.max(Int($0.offset) - lead, 0), kept), $0.kind) }
            out = Array(out[lead..<end])
        }
        return MarkedText(bytes: out, marks: marks)
    }
}
