import KamervragenKit

/// The whole document as display blocks, built once per document; a reference type so
/// that copying the browser state (a value) never copies the text.
final class Content: Sendable {
    let blocks: [Block]
    /// The heading block of each question and answer, for jumps.
    let questionHeading: [Int]
    let answerHeading: [Int]
    /// Search units of the whole document, blocks separated by a line break (which no
    /// typed query contains, so no match spans two blocks); prepared once so a keystroke
    /// only compares integers in one array.
    let searchIndex: SearchableText
    /// The index in `searchIndex`'s characters where each block starts.
    let blockCharacterStart: [Int]
    let title: String
    private let noteLabels: [NoteID: String]
    private let bothNoteKinds: Bool

    /// How a note's marker is shown: `[1]`, or `[e1]` for an endnote when both kinds occur.
    func noteLabel(_ id: NoteID) -> String { noteLabels[id] ?? ContentBuilder.label(id, both: bothNoteKinds) }
    /// For each answer, the indices of the questions it covers (looked up once: the
    /// status line asks on every frame).
    let answerQuestions: [[Int]]

    init(document: Document) {
        var builder = ContentBuilder(document: document)
        builder.build()
        blocks = builder.blocks
        questionHeading = builder.questionHeading
        answerHeading = builder.answerHeading
        noteLabels = builder.noteLabels
        bothNoteKinds = builder.bothKinds
        var indexOfNumber: [QuestionNumber: Int] = [:]
        for (i, q) in document.questions.enumerated() where indexOfNumber[q.number] == nil { indexOfNumber[q.number] = i }
        answerQuestions = document.answers.map { $0.questions.compactMap { indexOfNumber[$0] } }
        var starts: [Int] = []
        starts.reserveCapacity(blocks.count)
        var next = 0
        for b in blocks {
            starts.append(next)
            next += b.characters.count + 1
        }
        blockCharacterStart = starts
        searchIndex = SearchableText(segments: blocks.map(\.characters))
        let name = document.metadata.title ?? document.source
        title = name.isEmpty ? "kamervragen" : name
    }
}

/// Labels shared by the reader and the plain-text dump, so both say the same thing.
enum Labels {
    /// "3", "3 en 4", "1, 2 en 3": the Dutch way of listing numbers.
    static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " en " + items.last!
    }

    /// The answer as the reader should know it, from the numbers it covers rather than
    /// the heading as written (which may be a bare "Antwoord").
    static func answer(_ answer: Answer) -> String {
        let numbers = answer.questions.map(\.description)
        switch numbers.count {
        case 0: return answer.heading.isEmpty ? "Antwoord" : answer.heading
        case 1: return "Antwoord op vraag \(numbers[0])"
        default: return "Antwoord op vragen \(list(numbers))"
        }
    }

    static func question(_ question: Question) -> String { "Vraag \(question.number)" }

    /// "17 oktober 2024", as the documents themselves write dates.
    static func date(_ d: ISODate) -> String {
        let months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                      "september", "oktober", "november", "december"]
        guard (1...12).contains(d.month) else { return d.description }
        return "\(d.day) \(months[d.month - 1]) \(d.year)"
    }
}

/// Walks the document in source order and lays it out as blocks.
struct ContentBuilder {
    let document: Document
    var blocks: [Block] = []
    var questionHeading: [Int]
    var answerHeading: [Int]
    var noteLabels: [NoteID: String] = [:]

    init(document: Document) {
        self.document = document
        questionHeading = Array(repeating: 0, count: document.questions.count)
        answerHeading = Array(repeating: 0, count: document.answers.count)
        // Word numbers footnotes and endnotes apart; only when both occur do endnote
        // markers need a letter to stay distinguishable.
        var kinds = Set(document.footnotes.map(\.id.kind))
        for q in document.questions { for p in q.paragraphs { kinds.formUnion(p.noteRefs.map(\.kind)) } }
        for a in document.answers { for p in a.paragraphs { kinds.formUnion(p.noteRefs.map(\.kind)) } }
        let both = kinds.count > 1
        for note in document.footnotes { noteLabels[note.id] = Self.label(note.id, both: both) }
        self.bothKinds = both
    }

    private(set) var bothKinds: Bool

    static func label(_ id: NoteID, both: Bool) -> String {
        id.kind == .endnote && both ? "[e\(id.label)]" : "[\(id.label)]"
    }

    func label(_ id: NoteID) -> String { noteLabels[id] ?? Self.label(id, both: bothKinds) }

    mutating func build() {
        appendMetadata()
        // Every question and answer must be reachable even if a parser left it out of
        // `items`: those are appended after the items, in order.
        var items = document.items
        var seenQuestions = Set<Int>(), seenAnswers = Set<Int>()
        for item in items {
            if case .question(let i) = item { seenQuestions.insert(i) }
            if case .answer(let j) = item { seenAnswers.insert(j) }
        }
        items += document.questions.indices.filter { !seenQuestions.contains($0) }.map { Document.Item.question($0) }
        items += document.answers.indices.filter { !seenAnswers.contains($0) }.map { Document.Item.answer($0) }
        var placedQuestions = Set<Int>(), placedAnswers = Set<Int>()
        for item in items {
            switch item {
            case .question(let i):
                guard document.questions.indices.contains(i), placedQuestions.insert(i).inserted else { continue }
            case .answer(let j):
                guard document.answers.indices.contains(j), placedAnswers.insert(j).inserted else { continue }
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
        let m = document.metadata
        var lines: [String] = []
        let ids = [m.aanhangsel.map { "Aanhangsel \($0)" }, m.publicationID, m.caseNumber, m.session].compactMap { $0 }
        if !ids.isEmpty { lines.append(ids.joined(separator: " · ")) }
        if let by = m.askedBy {
            var s = "Vragen van \(by)"
            if let to = m.askedTo { s += " aan \(to)" }
            if let d = m.submitted { s += " (ingezonden \(Labels.date(d)))" }
            lines.append(s)
        }
        if let by = m.answeredBy {
            var s = "Antwoord van \(by)"
            if let d = m.received { s += " (ontvangen \(Labels.date(d)))" }
            lines.append(s)
        }
        for line in lines {
            var b = Block(owner: .metadata, spaceBefore: false)
            b.append(line, role: .metadata)
            add(b)
        }
    }

    private mutating func appendParagraphs(_ paragraphs: [Paragraph], owner: Owner, role: Role, firstSpaced: Bool = true) {
        for (n, p) in paragraphs.enumerated() {
            var b = Block(owner: owner, spaceBefore: n > 0 || firstSpaced)
            for run in p.runs {
                switch run {
                case .text(let s): b.append(s, role: role)
                case .noteRef(let id): b.append(label(id), role: .noteMarker, link: .note(id))
                case .url(let s): b.append(s, role: .url, link: .url(s))
                }
            }
            if !b.characters.isEmpty { add(b) }
        }
    }

    private mutating func appendQuestion(_ i: Int) {
        let q = document.questions[i]
        var heading = Block(owner: .question(i), spaceBefore: true)
        heading.isHeading = true
        heading.append(Labels.question(q), role: .questionHeading)
        questionHeading[i] = blocks.count
        add(heading)
        appendParagraphs(q.paragraphs, owner: .question(i), role: .text, firstSpaced: false)
        var link = Block(owner: .question(i), spaceBefore: false)
        if let j = q.answer, document.answers.indices.contains(j) {
            link.append("→ ", role: .dim)
            link.append(Labels.answer(document.answers[j]), role: .answerLink, link: .answer(j))
        } else {
            link.append("→ niet beantwoord", role: .dim)
        }
        add(link)
    }

    private mutating func appendAnswer(_ j: Int) {
        let a = document.answers[j]
        var heading = Block(owner: .answer(j), spaceBefore: true)
        heading.isHeading = true
        heading.append(a.heading.isEmpty ? Labels.answer(a) : a.heading, role: .answerHeading)
        answerHeading[j] = blocks.count
        add(heading)
        let covered = document.questionIndices(ofAnswer: j)
        if covered.count > 1 {
            var covers = Block(owner: .answer(j), spaceBefore: false)
            covers.append("← beantwoordt ", role: .dim)
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
        heading.isHeading = true
        heading.append("Noten", role: .paneTitle)
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
        var rest = Substring(note.text)
        // The URLs are known from the model; find them in the text only to style them.
        while let (url, range) = note.urls.lazy.compactMap({ u in rest.firstRange(of: u).map { (u, $0) } }).min(by: { $0.1.lowerBound < $1.1.lowerBound }) {
            b.append(rest[..<range.lowerBound], role: .text)
            b.append(url, role: .url, link: .url(url))
            rest = rest[range.upperBound...]
        }
        b.append(rest, role: .text)
        for url in note.urls where !note.text.contains(url) {
            b.append(" ", role: .text)
            b.append(url, role: .url, link: .url(url))
        }
        return b
    }
}
