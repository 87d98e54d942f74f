import KamervragenKit

/// Walks the document in source order and lays it out as blocks.
struct ContentBuilder {
    let document: Document
    var sources: [BlockSource] = []
    var metadataLines: [String] = []
    var questionHeading: [Int]
    var answerHeading: [Int]
    /// The first question with each number: `Document.questionIndex` searches linearly,
    /// which made building a many-question document quadratic. A table rather than a
    /// dictionary: the first `[QuestionNumber: Int]` costs a search through every protocol
    /// conformance in the binary, on the way to the first screen.
    private(set) var questionOfNumber = QuestionNumberTable()

    init(document: Document) {
        self.document = document
        questionOfNumber.reserve(upTo: document.questions.count)
        for (i, q) in document.questions.enumerated() where questionOfNumber[q.number] == nil {
            questionOfNumber[q.number] = i
        }
        questionHeading = Array(repeating: 0, count: document.questions.count)
        answerHeading = Array(repeating: 0, count: document.answers.count)
        // Word numbers footnotes and endnotes apart; only when both occur do endnote
        // markers need a letter to stay distinguishable.
        // Two flags rather than a set per paragraph: this looks at every run of the document.
        var footnotes = false, endnotes = false
        func see(_ kind: NoteKind) { if kind == .footnote { footnotes = true } else { endnotes = true } }
        for note in document.footnotes { see(note.id.kind) }
        func scan(_ paragraphs: ParagraphList) {
            for p in paragraphs where !(footnotes && endnotes) {
                p.forEachRun { kind, _ in
                    if kind == .footnoteRef { footnotes = true } else if kind == .endnoteRef { endnotes = true }
                }
            }
        }
        for q in document.questions { scan(q.paragraphs) }
        for a in document.answers { scan(a.paragraphs) }
        self.bothKinds = footnotes && endnotes
    }

    private(set) var bothKinds: Bool

    func label(_ id: NoteID) -> String { Labels.note(id, both: bothKinds) }

    /// A note as "[1] text", its URLs as links; shared with the notes pane.
    static func noteBlock(_ note: Footnote, label: String, owner: Owner, spaceBefore: Bool) -> Block {
        var b = Block(owner: owner, spaceBefore: spaceBefore)
        b.append(label, role: .noteMarker)
        b.append(" ", role: .text)
        // A note without URLs is its text as stored.
        if note.urlCount == 0 {
            note.withTextUTF8 { b.append(utf8: $0, role: .text) }
            return b
        }
        // The model says where each URL is shown; one not printed in the text follows it.
        let links = note.links
        var unshown: [String] = []
        note.withTextUTF8 { text in
            var at = 0
            for link in links {
                guard let r = link.range, r.lowerBound >= at, r.upperBound <= text.count else { unshown.append(link.url); continue }
                b.append(utf8: text.extracting(at..<r.lowerBound), role: .text)
                b.append(utf8: text.extracting(r), role: .url, link: .url(link.url))
                at = r.upperBound
            }
            b.append(utf8: text.extracting(from: at), role: .text)
        }
        for url in unshown {
            b.append(" ", role: .text)
            b.append(url, role: .url, link: .url(url))
        }
        return b
    }

    /// Walks the items in source order and lists the blocks they become, without making
    /// them: a block's characters are made when it is shown, measured or searched
    /// (`block(_:)`), so opening a document costs a few bytes per paragraph instead of
    /// several per character.
    mutating func build() {
        appendMetadata()
        // Every question and answer must be reachable even if a parser left it out of
        // `items`: those are appended after the items, in order.
        var items = document.items
        // Flags by index rather than `Set<Int>`: the first `Set` of a type costs the runtime
        // a search through every conformance in the binary, on the way to the first screen.
        var seenQuestions = [Bool](repeating: false, count: document.questions.count)
        var seenAnswers = [Bool](repeating: false, count: document.answers.count)
        for item in items {
            if case .question(let i) = item, seenQuestions.indices.contains(i) { seenQuestions[i] = true }
            if case .answer(let j) = item, seenAnswers.indices.contains(j) { seenAnswers[j] = true }
        }
        items += document.questions.indices.filter { !seenQuestions[$0] }.map { Document.Item.question($0) }
        items += document.answers.indices.filter { !seenAnswers[$0] }.map { Document.Item.answer($0) }
        var placedQuestions = [Bool](repeating: false, count: document.questions.count)
        var placedAnswers = [Bool](repeating: false, count: document.answers.count)
        for (k, item) in items.enumerated() {
            switch item {
            case .question(let i):
                guard placedQuestions.indices.contains(i), !placedQuestions[i] else { continue }
                placedQuestions[i] = true
            case .answer(let j):
                guard placedAnswers.indices.contains(j), !placedAnswers[j] else { continue }
                placedAnswers[j] = true
            case .notice(let k):
                guard document.notices.indices.contains(k) else { continue }
            default: break
            }
            switch item {
            case .preamble(let paragraphs): appendParagraphs(paragraphs, .preamble, item: k)
            case .question(let i): appendQuestion(i)
            case .answer(let j): appendAnswer(j)
            case .notice(let n): appendParagraphs(document.notices[n].paragraphs, .notice, item: n)
            case .closing(let paragraphs): appendParagraphs(paragraphs, .closing, item: k)
            }
        }
        appendNotes()
    }

    private mutating func add(_ kind: BlockSource.Kind, item: Int = 0, part: Int = 0, size: Int, spaceBefore: Bool) {
        sources.append(BlockSource(kind: kind, spaceBefore: spaceBefore && !sources.isEmpty, item: Int32(item), part: Int32(part),
                                   size: Int32(clamping: size)))
    }

    private mutating func appendMetadata() {
        let lines = Labels.header(document.metadata)
        for (k, line) in lines.enumerated() where !line.isEmpty {
            metadataLines.append(line)
            add(.metadata, item: k, size: line.utf8.count, spaceBefore: false)
        }
    }

    /// A paragraph that shows nothing (every character hidden) makes no block. Nearly
    /// every paragraph has a printable ASCII character among its first bytes, or a note or
    /// URL run, which settles it; only the others are made to see.
    private mutating func appendParagraphs(_ paragraphs: some Collection<Paragraph>, _ kind: BlockSource.Kind, item: Int, firstSpaced: Bool = true) {
        for (n, p) in paragraphs.enumerated() {
            guard shows(p, kind: kind) else { continue }
            add(kind, item: item, part: n, size: p.withPlainUTF8 { $0.count }, spaceBefore: n > 0 || firstSpaced)
        }
    }

    private func shows(_ p: Paragraph, kind: BlockSource.Kind) -> Bool {
        var printable = false
        p.forEachRun { run, bytes in
            guard !printable else { return }
            if run != .text { printable = true; return }
            for b in bytes where b >= 0x20 && b < 0x7F { printable = true; return }
        }
        if printable { return true }
        var b = Block(owner: .preamble, spaceBefore: false)
        BlockMaker(document: document, bothKinds: bothKinds, language: .english).appendRuns(of: p, role: .text, to: &b)
        return !b.isEmpty
    }

    private mutating func appendQuestion(_ i: Int) {
        questionHeading[i] = sources.count
        add(.questionHeading, item: i, size: 12, spaceBefore: true)
        appendParagraphs(document.questions[i].paragraphs, .questionParagraph, item: i, firstSpaced: false)
        add(.answerLink, item: i, size: 30, spaceBefore: false)
    }

    private mutating func appendAnswer(_ j: Int) {
        answerHeading[j] = sources.count
        add(.answerHeading, item: j, size: 30, spaceBefore: true)
        var covered = 0
        document.answers[j].forEachQuestion { if questionOfNumber[$0] != nil { covered += 1 } }
        if covered > 1 { add(.covers, item: j, size: 14 + 12 * covered, spaceBefore: false) }
        appendParagraphs(document.answers[j].paragraphs, .answerParagraph, item: j, firstSpaced: false)
    }

    private mutating func appendNotes() {
        guard !document.footnotes.isEmpty else { return }
        add(.notesHeading, size: 5, spaceBefore: true)
        for (k, note) in document.footnotes.enumerated() { add(.note, item: k, size: 8 + note.withTextUTF8 { $0.count }, spaceBefore: false) }
    }
}

/// What one block is made from: enough to make it again at any time, in sixteen bytes.
struct BlockSource: Sendable {
    enum Kind: UInt8, Sendable {
        case metadata, preamble, closing
        case questionHeading, questionParagraph, answerLink
        case answerHeading, covers, answerParagraph
        case notice, notesHeading, note
    }

    var kind: Kind
    var spaceBefore: Bool
    /// The question, answer, notice, note, metadata line or item (preamble, closing).
    var item: Int32
    /// The paragraph within it.
    var part: Int32
    /// About how many characters the block holds (its text's UTF-8 length): for
    /// estimating its lines before it is wrapped, and the size of a step of idle work.
    var size: Int32

    var owner: Owner {
        switch kind {
        case .metadata: .metadata
        case .preamble: .preamble
        case .closing: .closing
        case .questionHeading, .questionParagraph, .answerLink: .question(Int(item))
        case .answerHeading, .covers, .answerParagraph: .answer(Int(item))
        case .notice: .notice(Int(item))
        case .notesHeading, .note: .notes
        }
    }
}

/// Makes the block a `BlockSource` names: what the content builder used to append, one
/// block at a time.
struct BlockMaker {
    let document: Document
    let bothKinds: Bool
    /// The reader's language, for the program's words among the document's.
    let language: Language
    var metadataLines: [String] = []
    var questionOfNumber = QuestionNumberTable()
    /// A link's URL written after its words (see `Content.init`).
    var linkTargetsShown = false

    func label(_ id: NoteID) -> String { Labels.note(id, both: bothKinds) }

    func make(_ source: BlockSource) -> Block {
        var b = Block(owner: source.owner, spaceBefore: source.spaceBefore)
        let item = Int(source.item), part = Int(source.part)
        switch source.kind {
        case .metadata:
            b.append(metadataLines[item], role: .metadata)
        case .preamble, .closing:
            if case .preamble(let ps) = document.items[item] { appendRuns(of: ps[part], role: .text, to: &b) }
            if case .closing(let ps) = document.items[item] { appendRuns(of: ps[part], role: .text, to: &b) }
        case .questionHeading:
            b.append(Labels.question(document.questions[item]), role: .questionHeading)
        case .questionParagraph:
            appendRuns(of: document.questions[item].paragraphs[part], role: .text, to: &b)
        case .answerLink:
            if let j = document.questions[item].answer, document.answers.indices.contains(j) {
                b.append("→ ", role: .dim)
                b.append(Labels.answer(document.answers[j]), role: .answerLink, link: .answer(j))
            } else {
                b.append("→ " + Labels.unanswered(language), role: .dim)
            }
        case .answerHeading:
            let a = document.answers[item]
            if a.headingIsEmpty {
                b.append(Labels.answer(a), role: .answerHeading)
            } else {
                a.withHeadingUTF8 { b.append(utf8: $0, role: .answerHeading) }
            }
        case .covers:
            var covered: [Int] = []
            document.answers[item].forEachQuestion { if let qi = questionOfNumber[$0] { covered.append(qi) } }
            b.append(Labels.covers(language), role: .dim)
            for (n, qi) in covered.enumerated() {
                if n > 0 { b.append(n == covered.count - 1 ? Labels.lastJoin(language) : ", ", role: .dim) }
                b.append(Labels.question(document.questions[qi]), role: .answerLink, link: .question(qi))
            }
        case .answerParagraph:
            appendRuns(of: document.answers[item].paragraphs[part], role: .text, to: &b)
        case .notice:
            appendRuns(of: document.notices[item].paragraphs[part], role: .notice, to: &b)
        case .notesHeading:
            b.append(Labels.notes(language), role: .paneTitle)
        case .note:
            let note = document.footnotes[item]
            b = ContentBuilder.noteBlock(note, label: label(note.id), owner: .notes, spaceBefore: source.spaceBefore)
        }
        return b
    }

    /// Runs are read from the document's text storage in place; only URLs and note
    /// labels, which become link targets, are made into `String`s. A link is drawn as
    /// its words and leads to its URL, so the grid's link target is always the URL.
    func appendRuns(of p: Paragraph, role: Role, to b: inout Block) {
        p.forEachRunAndTarget { kind, bytes, target in
            switch kind {
            case .text: b.append(utf8: bytes, role: role)
            case .footnoteRef, .endnoteRef:
                let id = NoteID(kind == .footnoteRef ? .footnote : .endnote, bytes.string)
                b.append(label(id), role: .noteMarker, link: .note(id))
            case .url: b.append(utf8: bytes, role: .url, link: .url(bytes.string))
            case .link:
                let url = target.string
                b.append(utf8: bytes, role: .url, link: .url(url))
                if linkTargetsShown {
                    // Styled as a URL (no link of its own) so that a wrap breaks it where a URL breaks.
                    b.append(" <", role: role)
                    b.append(url, role: .url)
                    b.append(">", role: role)
                }
            }
        }
    }
}
