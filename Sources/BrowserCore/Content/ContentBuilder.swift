import KamervragenKit

/// Walks the document in source order and lays it out as blocks.
struct ContentBuilder {
    let document: Document
    var blocks: [Block] = []
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
        for item in items {
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
            case .preamble(let paragraphs): appendParagraphs(paragraphs, owner: .preamble, role: .text)
            case .question(let i): appendQuestion(i)
            case .answer(let j): appendAnswer(j)
            case .notice(let k): appendParagraphs(document.notices[k].paragraphs, owner: .notice(k), role: .notice)
            case .closing(let paragraphs): appendParagraphs(paragraphs, owner: .closing, role: .text)
            }
        }
        appendNotes()
    }

    private mutating func add(_ block: Block) {
        var b = block
        if blocks.isEmpty { b.spaceBefore = false }
        blocks.append(b)
    }

    private mutating func appendMetadata() {
        for line in Labels.header(document.metadata) {
            var b = Block(owner: .metadata, spaceBefore: false)
            b.append(line, role: .metadata)
            add(b)
        }
    }

    /// Runs are read from the document's text storage in place; only URLs and note
    /// labels, which become link targets, are made into `String`s.
    private mutating func appendParagraphs(_ paragraphs: some Sequence<Paragraph>, owner: Owner, role: Role, firstSpaced: Bool = true) {
        for (n, p) in paragraphs.enumerated() {
            var b = Block(owner: owner, spaceBefore: n > 0 || firstSpaced)
            p.forEachRun { kind, bytes in
                switch kind {
                case .text: b.append(utf8: bytes, role: role)
                case .footnoteRef, .endnoteRef:
                    let id = NoteID(kind == .footnoteRef ? .footnote : .endnote, String(decoding: bytes, as: UTF8.self))
                    b.append(label(id), role: .noteMarker, link: .note(id))
                case .url: b.append(utf8: bytes, role: .url, link: .url(String(decoding: bytes, as: UTF8.self)))
                }
            }
            if !b.isEmpty { add(b) }
        }
    }

    private mutating func appendQuestion(_ i: Int) {
        let q = document.questions[i]
        var heading = Block(owner: .question(i), spaceBefore: true)
        heading.append(Labels.question(q), role: .questionHeading)
        questionHeading[i] = blocks.count
        add(heading)
        appendParagraphs(q.paragraphs, owner: .question(i), role: .text, firstSpaced: false)
        var link = Block(owner: .question(i), spaceBefore: false)
        if let j = q.answer, document.answers.indices.contains(j) {
            link.append("→ ", role: .dim)
            link.append(Labels.answer(document.answers[j]), role: .answerLink, link: .answer(j))
        } else {
            link.append("→ " + Labels.unanswered, role: .dim)
        }
        add(link)
    }

    private mutating func appendAnswer(_ j: Int) {
        let a = document.answers[j]
        var heading = Block(owner: .answer(j), spaceBefore: true)
        if a.headingIsEmpty {
            heading.append(Labels.answer(a), role: .answerHeading)
        } else {
            a.withHeadingUTF8 { heading.append(utf8: $0, role: .answerHeading) }
        }
        answerHeading[j] = blocks.count
        add(heading)
        var covered: [Int] = []
        a.forEachQuestion { if let qi = questionOfNumber[$0] { covered.append(qi) } }
        if covered.count > 1 {
            var covers = Block(owner: .answer(j), spaceBefore: false)
            covers.append(Labels.covers, role: .dim)
            for (n, qi) in covered.enumerated() {
                if n > 0 { covers.append(n == covered.count - 1 ? " en " : ", ", role: .dim) }
                covers.append(Labels.question(document.questions[qi]), role: .answerLink, link: .question(qi))
            }
            add(covers)
        }
        appendParagraphs(a.paragraphs, owner: .answer(j), role: .text, firstSpaced: false)
    }

    private mutating func appendNotes() {
        guard !document.footnotes.isEmpty else { return }
        var heading = Block(owner: .notes, spaceBefore: true)
        heading.append(Labels.notes, role: .paneTitle)
        add(heading)
        for note in document.footnotes {
            add(Self.noteBlock(note, label: label(note.id), owner: .notes, spaceBefore: false))
        }
    }

    /// A note as "[1] text", its URLs as links; shared with the notes pane.
    static func noteBlock(_ note: Footnote, label: String, owner: Owner, spaceBefore: Bool) -> Block {
        var b = Block(owner: owner, spaceBefore: spaceBefore)
        b.append(label, role: .noteMarker)
        b.append(" ", role: .text)
        // A note without URLs is its text as stored; otherwise the finder needs strings,
        // made once here (the model keeps the note as bytes).
        if note.urlCount == 0 {
            note.withTextUTF8 { b.append(utf8: $0, role: .text) }
            return b
        }
        let text = note.text, urls = note.urls
        let finder = URLFinder(text: text, urls: urls)
        var rest = text[...]
        // The URLs are known from the model; find them in the text only to style them.
        while let (url, range) = finder.earliest(in: rest) {
            b.append(rest[..<range.lowerBound], role: .text)
            b.append(url, role: .url, link: .url(url))
            rest = rest[range.upperBound...]
        }
        b.append(rest, role: .text)
        for url in urls where !finder.contains(url) {
            b.append(" ", role: .text)
            b.append(url, role: .url, link: .url(url))
        }
        return b
    }
}
