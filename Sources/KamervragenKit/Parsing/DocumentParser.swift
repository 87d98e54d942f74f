/// Turns decoded text into a `Document` in one pass over its lines (plus cheap
/// pre-passes for page furniture and note bodies). Odd input yields diagnostics, never a
/// crash; see docs/input-grammar.md for what is accepted.
public enum DocumentParser {
    /// The document a reader's output holds. The reader's diagnostics come first; its
    /// facts fill what the header text did not say.
    static func parse(_ text: consuming SourceText) -> Document {
        var state = ParserState(source: text.source)
        let notes = text.notes, facts = text.facts, exact = text.exactFacts, diagnostics = text.diagnostics
        // The lines are moved out, not shared: the parse lets go of each line's text as
        // it goes, which frees the input's chunks only while nothing else holds them.
        let lines = text.takeLines()
        state.run(consume lines, readerNotes: notes)
        var doc = state.doc
        doc.diagnostics.insert(contentsOf: diagnostics, at: 0)
        doc.metadata.fill(from: facts)
        doc.metadata.override(with: exact)
        return doc
    }
}

/// The working state of one parse; kept apart from the public API so helpers can share it.
struct ParserState {
    enum Block { case preamble, question(Int), answer(Int), notice(Int), closing }

    var doc: Document
    /// Where every paragraph and note body of the document is written.
    let storage = TextStorage(chunkSize: Chunks.pageSize, implicitText: true)
    private var block = Block.preamble
    private var blockLines: [SourceLine] = []
    private var headerLines = HeaderLines()
    /// Questions printed since the last answer: what a bare `Antwoord` answers.
    private var pending: [Int] = []
    private var scanned: [ScannedNote] = []
    private var headerText: [UInt8] = []
    /// Numbered-list items seen inside the current answer (numbered-question style).
    private var listItems: Set<Int> = []
    private var pdf = false
    private var pdfNotes = PDFTextNotes()
    /// A page ended since the last text line: the next one may carry on its paragraph.
    private var afterPageBreak = false
    /// Paragraphs joined across a page break: for tests and measurements.
    private(set) var pageJoins = 0
    private var typedLabels = TypedNotes.Labels(count: 0)
    /// The typed endnotes (note `k` is endnote `k + 1`): the line of each, and where its
    /// text went in the storage once the main pass reached the list. They come before
    /// every other note.
    private var typedLines: [Int32] = []
    private var typedTexts: [ByteRange] = []
    private var maxQuestionNumber: QuestionNumber?
    /// The highest question number printed so far: where an answer's bare `tot` ends.
    private var highestPrinted = 0
    /// Numbers of the questions created so far that are not among the headings' numbers
    /// (numbered-style questions, inferred ones): the only ones `inferMissingQuestions`
    /// asks about, so a document of headings keeps this table empty.
    private var created = QuestionNumberTable()

    init(source: String) { doc = Document(source: source) }

    /// Consumes the lines and lets go of each one's text as it is used, so the input's
    /// text and the parsed paragraphs are not both held in full at the peak. The stages:
    /// clean the lines (flattened text, page furniture), index the headings, find the
    /// notes the lines hold apart from the running text, read the lines into blocks, and
    /// finish (metadata, footnotes, links).
    mutating func run(_ input: consuming [SourceLine], readerNotes: [SourceNote] = []) {
        var (lines, flattened) = FlattenedText.splitIfFlattened(consume input)
        var furniture = PageFurniture()
        lines = furniture.strip(lines)
        pdf = furniture.found || lines.contains { $0.pageBreak }
        var headings = indexHeadings(lines)
        if headings.numberBeforeHeading {
            lines = NoteNumberBeforeHeading.split(lines)
            headings = indexHeadings(lines, report: false)
        }
        if !headings.splitAnswerHeadings.isEmpty {
            lines = SplitAnswerHeading.join(lines, at: headings.splitAnswerHeadings)
            headings = indexHeadings(lines, report: false)
        }
        if headings.repeatsQuestion || !headings.hasQuestionHeadings && headings.repeatsNumbered {
            dropRepeatedText(&lines, headings: &headings)
        }
        maxQuestionNumber = headings.questionNumbers.max
        reserve(for: headings)
        let typed = findNotes(lines, headings: headings, spaced: furniture.markdown || flattened, readerNotes: readerNotes)
        readLines(&lines, headings: headings, typed: typed)
        // The heading index and the notes' line owners go before the footnotes and links
        // are built, which is when memory peaks.
        created = QuestionNumberTable()
        pdfNotes = PDFTextNotes()
        finish(furniture)
    }

    /// Where the headings are, from a pass that parses each line's kind and numbers only.
    /// Sparse: few lines are headings. Only where they are is kept (in line order, read
    /// with a cursor); the main pass parses a heading line again when it gets there,
    /// which costs less than holding every `Heading` through the parse.
    private struct HeadingIndex {
        var lines: [Int32] = []
        var hasQuestionHeadings = false
        var lastAnswerHeading = -1
        var questionNumbers = QuestionNumberSet()
        var questionSlots = 0
        var answerSlots = 0
        /// A question heading's number came back: the text may have been extracted twice.
        var repeatsQuestion = false
        /// The same for numbered lines (`2. …`); and their numbers.
        var repeatsNumbered = false
        var numbered = QuestionNumberSet()
        /// PDF text: a line is a note number and a heading (`1  Antwoord 1 Ja.`).
        var numberBeforeHeading = false
        /// Answer headings broken over two lines (`Antwoord op vragen 2, 3` + `en 4:`):
        /// the first lines' indices.
        var splitAnswerHeadings: [Int] = []

        /// Typed endnotes follow the last answer (or the last heading of any kind).
        var lastHeading: Int { lastAnswerHeading >= 0 ? lastAnswerHeading : lines.last.map(Int.init) ?? -1 }
    }

    private mutating func indexHeadings(_ lines: [SourceLine], report: Bool = true) -> HeadingIndex {
        var index = HeadingIndex()
        for (k, line) in lines.enumerated() {
            if let f = line.firstByte, isDigit(f) {
                // Never a heading (those start with a letter): only the two digit-led
                // forms that make the parse look again are noted.
                if pdf, NoteNumberBeforeHeading.headingStart(line) != nil {
                    index.numberBeforeHeading = true
                } else if let n = RepeatedText.numberedStart(line) {
                    if index.numbered.contains(QuestionNumber(n)) { index.repeatsNumbered = true }
                    index.numbered.insert(QuestionNumber(n))
                }
                continue
            }
            if report, let heading = HeadingParser.numberPastLimit(line) {
                doc.diagnostics.append(Diagnostic(line: line.number, severity: .error, .numberTooLarge,
                    heading, String(HeadingParser.highestNumber)))
            }
            guard let h = HeadingParser.parse(line, text: false) else { continue }
            index.lines.append(Int32(k))
            switch h.kind {
            case .question:
                index.hasQuestionHeadings = true
                for n in h.numbers {
                    if index.questionNumbers.contains(n) { index.repeatsQuestion = true }
                    index.questionNumbers.insert(n)
                }
                index.questionSlots += h.numbers.count
            case .answer:
                index.lastAnswerHeading = k
                index.answerSlots += 1
                if k + 1 < lines.count, SplitAnswerHeading.continues(line, numbers: h.numbers.count, next: lines[k + 1]) {
                    index.splitAnswerHeadings.append(k)
                }
            case .notice: break
            }
        }
        return index
    }

    /// Text an extractor emitted twice in a row (`RepeatedText`) is read once: the copies
    /// are cut out of the lines, each with a warning, and the headings indexed again.
    /// Questions start at `Vraag` headings, or in a document without them at numbered
    /// lines (`2. …`).
    private mutating func dropRepeatedText(_ lines: inout [SourceLine], headings: inout HeadingIndex) {
        for _ in 0..<RepeatedText.maxPasses {
            var starts: [RepeatedText.Start] = []
            if headings.hasQuestionHeadings {
                for k in headings.lines {
                    if let h = HeadingParser.parse(lines[Int(k)], text: false), h.kind == .question, let n = h.numbers.first {
                        starts.append(RepeatedText.Start(line: Int(k), number: n.value))
                    }
                }
            } else {
                for k in lines.indices {
                    if let n = RepeatedText.numberedStart(lines[k]) { starts.append(RepeatedText.Start(line: k, number: n)) }
                }
            }
            let repeats = RepeatedText.find(lines, starts: starts)
            guard !repeats.isEmpty else { return }
            for r in repeats {
                doc.diagnostics.append(Diagnostic(line: r.copy.lowerBound, severity: .warning, .textExtractedTwice,
                    String(r.copy.lowerBound), String(r.copy.upperBound),
                    String(r.original.lowerBound), String(r.original.upperBound)))
            }
            lines = RepeatedText.removing(repeats, from: lines)
            headings = indexHeadings(lines, report: false)
        }
    }

    private mutating func reserve(for headings: HeadingIndex) {
        doc.questions.reserveCapacity(headings.questionSlots)
        doc.answers.reserveCapacity(headings.answerSlots)
        doc.items.reserveCapacity(headings.lines.count + 2)
        storage.reserve(paragraphs: headings.lines.count + 16, runs: headings.lines.count + 16, numbers: headings.questionSlots)
    }

    /// The note bodies that stand apart from the running text: a typed endnote list
    /// (returned, its line range only), page-foot notes in extracted PDF text, and the
    /// bodies the reader handed over.
    private mutating func findNotes(_ lines: [SourceLine], headings: HeadingIndex, spaced: Bool,
                                    readerNotes: [SourceNote]) -> TypedNotes.List? {
        var typed = pdf ? nil : TypedNotes.findList(lines, from: headings.lastHeading + 1)
        // A numbered "1) … 2) …" list closing the last answer is answer text unless the
        // document cites one of its numbers somewhere before it.
        if let list = typed, !TypedNotes.isCited(list, in: lines) { typed = nil }
        typedLabels = TypedNotes.Labels(count: typed?.count ?? 0, style: typed?.style ?? .paren)
        pdfNotes = pdf ? PDFTextNotes.scan(lines, spaced: spaced, skip: typed?.range) : PDFTextNotes()
        if typed != nil {
            // Moved, not copied: the list is kept only for its line range. The texts are
            // read when the main pass gets to the list (`storeTypedTexts`).
            typedLines = typed!.noteLines
            typed!.noteLines = []
        }
        scanned += pdfNotes.notes
        for note in readerNotes {
            var scannedNote = ScannedNote(id: note.id, text: note.text.text, line: note.line)
            // The links the reader marked in the body (a note's references to other
            // notes have nowhere to go in the model yet).
            for mark in note.text.marks {
                if case .link(let target, _) = mark.kind { scannedNote.links.append(NoteLink(range: mark.range, url: target)) }
            }
            store(&scannedNote)
            scanned.append(scannedNote)
        }
        return typed
    }

    /// The main pass: each line in order into the block it belongs to. The lines are
    /// released as they are read and the array is emptied at the end.
    private mutating func readLines(_ lines: inout [SourceLine], headings: HeadingIndex, typed: TypedNotes.List?) {
        var nextHeading = 0
        var wasBlank = true
        for i in lines.indices {
            let line = lines[i]
            if let typed, i == typed.range.lowerBound { storeTypedTexts(lines, from: i) }
            lines[i].releaseText()
            let previousBlank = i == 0 || wasBlank
            wasBlank = line.isBlank
            if let typed, typed.range.contains(i) {
                if i == typed.range.lowerBound { switchBlock(to: .closing, line: line.number) }
                continue
            }
            while nextHeading < headings.lines.count && Int(headings.lines[nextHeading]) < i { nextHeading += 1 }
            if pdf, pdfNotes.owner[i] != nil { continue }
            let atHeading = nextHeading < headings.lines.count && Int(headings.lines[nextHeading]) == i
            read(line, atHeading: atHeading, next: i + 1 < lines.count ? lines[i + 1] : nil,
                 previousBlank: previousBlank, headings: headings)
        }
        switchBlock(to: .closing, line: lines.last?.number ?? 1)
        lines = []
    }

    /// One line of the main pass: a heading opens a block, any other line goes to the
    /// current one (the preamble's through the header-line filter).
    private mutating func read(_ input: consuming SourceLine, atHeading: Bool, next: @autoclosure () -> SourceLine?, previousBlank: Bool,
                               headings: HeadingIndex) {
        var line = input
        var listItem = false
        if atHeading, let h = HeadingParser.parse(line, text: true) {
            handle(h, line: line, allQuestionNumbers: headings.questionNumbers)
            return
        }
        if !headings.hasQuestionHeadings, let (number, rest) = HeadingParser.numberedLine(line) {
            // In PDF text a number alone on a line is a page number or a note's number,
            // never a question: only the `N. text` form starts one there.
            if !(pdf && rest.isEmpty),
               acceptsNumberedQuestion(number, rest: rest, next: next(), previousBlank: previousBlank) {
                let h = Heading(kind: .question, numbers: [number], title: String(number.value), rest: rest)
                handle(h, line: line, allQuestionNumbers: headings.questionNumbers)
                return
            }
            if pdf, !rest.isEmpty, let (label, glued) = markerBeforeNumber(number),
               acceptsNumberedQuestion(glued, rest: rest, next: next(), previousBlank: previousBlank) {
                citeAtBlockEnd(label)
                handle(Heading(kind: .question, numbers: [glued], title: String(glued.value), rest: rest), line: line,
                       allQuestionNumbers: headings.questionNumbers)
                return
            }
            switch block {
            case .question, .answer:
                // An item of a list that a colon opened or that goes on: its number is
                // the label, not a note marker at the line's start.
                listItem = !rest.isEmpty && (listItems.contains(number.value - 1) || lastTextOpensList)
                listItems.insert(number.value)
            default: break
            }
        }
        markNotes(&line, listItem: listItem)
        if case .preamble = block {
            if !line.isBlank {
                if !headerText.isEmpty { headerText.append(0x20) }
                line.withBytes { headerText.append(contentsOf: $0) }
            }
            blockLines += headerLines.feed(line)
        } else {
            if pdf { glueAcrossPageBreak(line) }
            blockLines.append(line)
        }
    }

    /// What the whole text says once read: metadata (the furniture's facts, then the
    /// header), the footnotes, and the links between questions, answers and notes.
    private mutating func finish(_ furniture: PageFurniture) {
        doc.metadata.publicationID = furniture.publicationID
        doc.metadata.session = furniture.session
        if let id = furniture.publicationID, let dash = id.utf8.lastIndex(of: 0x2D) {
            doc.metadata.aanhangsel = String(id[id.index(after: dash)...])
        } else if let n = furniture.mastheadNumber {
            doc.metadata.aanhangsel = n
        }
        MetadataParser.parse(header: headerText, into: &doc.metadata)
        // A "Mededeling van … (ontvangen …)" heading wraps into its notice's text; only the
        // whole paragraph has the date and the full name of who sent it.
        if doc.metadata.received == nil, let notice = doc.notices.first?.paragraphs.first?.plainText,
           notice.hasPrefix("Mededeling van ") {
            MetadataParser.parse(header: notice, into: &doc.metadata)
        }
        addFootnotes()
        scanned = []
        Linker.link(&doc)
    }

    /// The byte test each convention starts with, on the line in place: a line that fails
    /// it comes back unchanged, so it needs no `String`. A PDF line the reader already
    /// marked is left as the reader gave it (its marks are the page-foot notes it found);
    /// a typed note may stand in a Word paragraph beside Word's own marks.
    private func mayHoldMarkers(_ line: SourceLine) -> Bool {
        if pdf { return line.marks.isEmpty && !pdfNotes.labels.isEmpty && line.withBytes(containsDigitOrBracket) }
        if !typedLabels.isEmpty { return line.containsByte(typedLabels.style.closer) }
        return false
    }

    /// The line's note markers (typed `N)` or `[N]` endnotes, page-foot note numbers)
    /// taken out of its text and kept beside it as note references, with any marks the
    /// line had moved along.
    private func markNotes(_ line: inout SourceLine, listItem: Bool = false) {
        guard mayHoldMarkers(line), let marked = line.withBytes({ markers(bytes: $0, listItem: listItem) }) else { return }
        line.replaceText(with: marked.bytes, marks: line.marks.isEmpty ? marked.marks : marked.merging(line.marks))
    }

    /// nil when the line cites nothing.
    private func markers(bytes: ByteText, listItem: Bool) -> MarkedText? {
        if pdf { return pdfNotes.markers(bytes: bytes, listItem: listItem) }
        if !typedLabels.isEmpty { return TypedNotes.markers(bytes: bytes, labels: typedLabels) }
        return nil
    }

    // MARK: headings

    private mutating func handle(_ h: Heading, line: SourceLine, allQuestionNumbers: QuestionNumberSet) {
        switch h.kind {
        case .question:
            var first: Int?
            for number in h.numbers {
                let q = Question(number: number, paragraphs: [], lines: LineRange(line.number, line.number))
                doc.questions.append(q)
                // Only numbers outside the headings' set are ever looked up here.
                if !allQuestionNumbers.contains(number) { created.insert(number) }
                let index = doc.questions.count - 1
                if first == nil {
                    first = index
                    switchBlock(to: .question(index), line: line.number)
                }
                doc.items.append(.question(index))
                listItems = []
                pending.append(index)
                highestPrinted = max(highestPrinted, number.value)
            }
        case .answer:
            var numbers = h.ranges.isEmpty ? h.numbers : resolveRanges(h, line: line.number)
            if h.numbers.isEmpty {
                numbers = pending.map { doc.questions[$0].number }
                if numbers.isEmpty {
                    doc.diagnostics.append(Diagnostic(line: line.number, severity: .warning, .answerWithoutQuestion, h.title))
                }
            }
            adoptSuffixes(numbers)
            inferMissingQuestions(numbers, line: line.number, known: allQuestionNumbers)
            doc.answers.append(Answer(questions: numbers, heading: h.title, paragraphs: ParagraphList(),
                                      lines: LineRange(line.number, line.number), storage: storage))
            let index = doc.answers.count - 1
            switchBlock(to: .answer(index), line: line.number)
            doc.items.append(.answer(index))
            pending = []
            listItems = []
        case .notice:
            // "Mededeling van … (ontvangen …)" before any question is header metadata too.
            if doc.questions.isEmpty && doc.answers.isEmpty && !h.rest.isEmpty {
                if !headerText.isEmpty { headerText.append(0x20) }
                headerText.append(contentsOf: h.rest.utf8)
            }
            doc.notices.append(Notice(paragraphs: [], lines: LineRange(line.number, line.number)))
            let index = doc.notices.count - 1
            switchBlock(to: .notice(index), line: line.number)
            doc.items.append(.notice(index))
        }
        if !h.rest.isEmpty {
            // The rest is the line's tail: a narrower view of its bytes, marks and all.
            var rest = line
            rest.narrow(to: (line.byteCount - h.rest.utf8.count)..<line.byteCount)
            markNotes(&rest)
            blockLines.append(rest)
        }
    }

    /// An answer heading's ranges against the questions the document has.
    private mutating func resolveRanges(_ h: Heading, line: Int) -> [QuestionNumber] {
        let resolved = AnswerRanges.resolve(h, printed: highestPrinted,
                                            highest: max(maxQuestionNumber?.value ?? 0, highestPrinted))
        for beyond in resolved.beyond {
            doc.diagnostics.append(AnswerRanges.diagnostic(line: line, heading: h.title, beyond: beyond))
        }
        if resolved.cut {
            doc.diagnostics.append(Diagnostic(line: line, severity: .warning, .rangeCut, h.title, String(AnswerRanges.limit)))
        }
        return resolved.numbers
    }

    /// Sub-numbered series print `Vraag 2` but answer `Antwoord 2l`: the question takes
    /// the answer's letter, so `2l` and `2m` stay distinct questions.
    private mutating func adoptSuffixes(_ numbers: [QuestionNumber]) {
        for n in numbers where !n.suffix.isEmpty {
            if pending.contains(where: { doc.questions[$0].number == n }) { continue }
            if let q = pending.first(where: { doc.questions[$0].number == QuestionNumber(n.value) }) {
                doc.questions[q].number = n
            }
        }
    }

    /// An answer to a question whose heading is missing (lost at a page break) while later
    /// questions exist: keep the question, empty, so the structure stays whole.
    private mutating func inferMissingQuestions(_ numbers: [QuestionNumber], line: Int, known: QuestionNumberSet) {
        guard let maxKnown = maxQuestionNumber else { return }
        for n in numbers where !known.contains(n) && n.suffix.isEmpty && n < maxKnown {
            if created.contains(n) { continue }
            created.insert(n)
            doc.questions.append(Question(number: n, paragraphs: [], lines: LineRange(line, line)))
            doc.items.append(.question(doc.questions.count - 1))
            doc.diagnostics.append(Diagnostic(line: line, severity: .warning, .questionHeadingMissing, n.description))
        }
    }

    private func acceptsNumberedQuestion(_ n: QuestionNumber, rest: String, next: SourceLine?, previousBlank: Bool) -> Bool {
        let expected = (doc.questions.last?.number.value ?? 0) + 1
        guard n.value == expected else { return false }
        switch block {
        case .question:
            // Questions in a run share one answer (`Antwoord vraag 4-7:`), so the next
            // question may follow the last one's text directly; only in the `N. text`
            // form, and only where that text ended a sentence (or a blank line came
            // between), so a wrapped line that happens to start with the number stays text.
            guard !rest.isEmpty, previousBlank || lastTextEndsSentence else { return false }
            // A list item that ends in `;` or `,` goes on with the next item, also where
            // blank lines stand between every paragraph (text converted from a PDF).
            if lastTextContinuesList { return false }
            // The question's own list that reached n-1 claims "n." too, unless a blank
            // line came between (lists in a question are set tight).
            if listItems.contains(n.value - 1) && !previousBlank { return false }
        case .answer:
            // A list inside the answer that reached n-1 claims "n." too, unless the line
            // is a question of its own after a blank line, or the list had its item n
            // already (a list does not count the same number twice; PDF text prints the
            // next question straight after the list, wrapped).
            if listItems.contains(n.value - 1) && !listItems.contains(n.value)
                && !(rest.utf8.last == 0x3F && previousBlank) { return false }
        default: break
        }
        if rest.isEmpty, let next, next.isBlank || HeadingParser.parse(next, text: false) != nil { return false }
        return true
    }

    /// pypdf carries a marker that ends a line onto the next, where it runs into the
    /// next question's number: `13. Welke …` is note 1's marker and question 3. The
    /// number is split when it is not the next question's but ends in it, and the digits
    /// before are a note's label. nil otherwise.
    private func markerBeforeNumber(_ n: QuestionNumber) -> (label: Int, question: QuestionNumber)? {
        let expected = (doc.questions.last?.number.value ?? 0) + 1
        guard n.value != expected, n.suffix.isEmpty else { return nil }
        var power = 10
        while power <= expected { power *= 10 }
        let label = n.value / power
        guard n.value % power == expected, label >= 1, label <= pdfNotes.labels.count else { return nil }
        return (label, QuestionNumber(expected))
    }

    /// Adds a reference to note `label` at the end of the current block's last text line.
    private mutating func citeAtBlockEnd(_ label: Int) {
        guard let k = blockLines.lastIndex(where: { !$0.isBlank }) else { return }
        let id = NoteID(.footnote, String(label))
        let bytes = blockLines[k].withBytes { Array($0) }
        blockLines[k].replaceText(with: bytes, marks: blockLines[k].marks + [.noteRef(id, at: bytes.count)])
    }

    /// The current block's last text line ends in `?`, `.`, `!` or `:`.
    private var lastTextEndsSentence: Bool {
        guard let last = blockLines.last(where: { !$0.isBlank }) else { return true }
        if last.endsWithNoteRef { return true }
        return last.withBytes { b in b.last.map { $0 == 0x3F || $0 == 0x2E || $0 == 0x21 || $0 == 0x3A } ?? true }
    }

    /// The current block's last text line ends in `;` or `,` (a note marker after it
    /// aside): an item of a list that goes on.
    private var lastTextContinuesList: Bool { lastTextEnds { $0 == 0x3B || $0 == 0x2C } }

    /// The current block's last text line ends in `:` or `;`: a list's next item follows.
    private var lastTextOpensList: Bool { lastTextEnds { $0 == 0x3A || $0 == 0x3B } }

    private func lastTextEnds(_ test: (UInt8) -> Bool) -> Bool {
        guard let last = blockLines.last(where: { !$0.isBlank }) else { return false }
        return last.withBytes { b in b.last.map(test) ?? false }
    }

    // MARK: blocks

    /// Drops the blank lines a page break left inside a paragraph, so the joiner sees one
    /// paragraph; the notes and furniture between were already taken out of the stream.
    private mutating func glueAcrossPageBreak(_ line: SourceLine) {
        if line.pageBreak { afterPageBreak = true }
        guard afterPageBreak, !line.isBlank else { return }
        afterPageBreak = false
        guard let lastText = blockLines.lastIndex(where: { !$0.isBlank }), lastText < blockLines.count - 1 else { return }
        // A note reference opening the line belongs to the text before it, not to a
        // sentence carried on.
        let glue = !line.startsWithNoteRef && blockLines[lastText].withBytes { previous in
            line.withBytes { ParagraphJoiner.continuesAcrossPage(previous, $0) }
        }
        guard glue else { return }
        blockLines.removeSubrange((lastText + 1)...)
        pageJoins += 1
    }

    private mutating func switchBlock(to next: Block, line: Int) {
        if case .preamble = block { blockLines += headerLines.flush() }
        var last = blockLines.last { !$0.isBlank }?.number
        var bodies: [ScannedNote] = []
        // The block's paragraphs are written one after another into the storage, so the
        // block refers to them as one range.
        let firstParagraph = storage.paragraphCount
        ParagraphJoiner.join(blockLines) { text, marks, first, end in
            let out = InlineParser.parse(bytes: text, marks: marks, into: storage)
            for body in out.bodies {
                var note = ScannedNote(id: body.id, text: body.text, line: first)
                store(&note)
                bodies.append(note)
            }
            last = max(last ?? end, end)
        }
        scanned += bodies
        let paragraphs = ParagraphList(storage: storage, range: firstParagraph..<storage.paragraphCount)
        switch block {
        case .preamble:
            if !paragraphs.isEmpty { doc.items.append(.preamble(Array(paragraphs))) }
        case .closing:
            if !paragraphs.isEmpty { doc.items.append(.closing(Array(paragraphs))) }
        case .question(let k):
            doc.questions[k].paragraphs = paragraphs
            if let last { doc.questions[k].lines.last = max(doc.questions[k].lines.first, last) }
        case .answer(let k):
            doc.answers[k].paragraphs = paragraphs
            if let last { doc.answers[k].lines.last = max(doc.answers[k].lines.first, last) }
        case .notice(let k):
            doc.notices[k].paragraphs = paragraphs
            if let last { doc.notices[k].lines.last = max(doc.notices[k].lines.first, last) }
        }
        blockLines.removeAll(keepingCapacity: true)
        block = next
    }

    private mutating func addFootnotes() {
        // A table, not a `Set<NoteID>`: the first set of a type costs the runtime a search
        // through every protocol conformance in the binary (a visible share of opening).
        var seen = NoteIDTable()
        doc.footnotes.reserveCapacity(typedLines.count + scanned.count)
        // Most notes cite one URL or none: room for one each, not an array doubled past it.
        storage.reserve(noteLinks: typedLines.count + scanned.count)
        for (k, line) in typedLines.enumerated() {
            let id = TypedNotes.List.id(k)
            seen[id] = 0
            let range = k < typedTexts.count ? typedTexts[k].range : storage.appendText("")
            doc.footnotes.append(Footnote(id: id, stored: range, links: links(in: range), line: Int(line), storage: storage))
        }
        typedLines = []
        typedTexts = []
        for note in scanned {
            if seen[note.id] != nil {
                doc.diagnostics.append(Diagnostic(line: note.line, severity: .warning, .secondNoteBody, note.id.description))
                continue
            }
            seen[note.id] = 0
            if let range = note.stored?.range {
                doc.footnotes.append(Footnote(id: note.id, stored: range, links: links(in: range, marked: note.links),
                                              line: note.line, storage: storage))
            } else {
                doc.footnotes.append(Footnote(id: note.id, text: note.text, urls: URLScanner.urls(in: note.text),
                                              line: note.line, storage: storage))
            }
        }
    }

    /// The URLs of a note body stored at `range`, where each is printed: those the reader
    /// marked as links, and those the text spells out (in order of where they stand).
    private func links(in range: Range<UInt32>, marked: [NoteLink] = []) -> [NoteLink] {
        let found = URLScanner.links(in: storage.withBytes(range) { Array($0) })
            .map { NoteLink(range: $0.range, url: $0.url) }
        guard !marked.isEmpty else { return found }
        let outside = found.filter { f in !marked.contains { m in m.range.map { $0.overlaps(f.range!) } ?? false } }
        return (marked + outside).sorted { ($0.range?.lowerBound ?? Int.max) < ($1.range?.lowerBound ?? Int.max) }
    }

    /// The typed endnotes' texts, written into the storage as the main pass reaches the
    /// list, when most of the input has been let go of (their memory is reused for these).
    private mutating func storeTypedTexts(_ lines: [SourceLine], from start: Int) {
        let storage = storage
        var texts = Array(repeating: ByteRange(start: 0, end: 0), count: typedLines.count)
        _ = TypedNotes.findList(lines, from: start) { k, bytes in
            guard k < texts.count else { return }
            texts[k] = ByteRange(bytes.withByteText { storage.reserveContiguous($0.count); return storage.appendBytes($0) })
        }
        typedTexts = texts
    }

    /// Moves a note body found at the end of a paragraph (Word's ` [N: …]`) into the
    /// storage as soon as it is found, so the bodies are not held as `String`s until the
    /// footnotes are built at the end of the parse, where memory peaks.
    private func store(_ note: inout ScannedNote) {
        note.stored = ByteRange(storage.appendText(note.text))
        note.text = ""
    }
}
