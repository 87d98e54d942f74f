/// The JSON export of a `Document`: the contract in docs/user-guide.md.
///
/// Key order is fixed (the contract's order, then the added fields) so that output is
/// diffable between runs and versions. Added fields, beyond the contract:
/// `lines` on questions, answers and notices, `notes`, `urls` and `links` on questions and
/// answers, `line`, `citedBy` and `links` on footnotes. Metadata always carries every key, `null` when the
/// document does not say, so `jq .metadata.received` never needs `// empty` guards.
public enum DocumentExport {
    public static func json(_ document: Document) -> String {
        var out: [UInt8] = []
        write(document) { chunk in out.append(chunk) }
        return String(decoding: out, as: UTF8.self)
    }

    /// The whole document as one JSON tree; `write` produces the same text without it.
    public static func value(_ doc: Document) -> JSONValue {
        let cites = NoteCitations(doc)
        return .object([
            ("questions", .array(doc.questions.map(question))),
            ("answers", .array(doc.answers.map(answer))),
            ("footnotes", .array(doc.footnotes.map { footnote($0, in: doc, cites: cites) })),
            ("notices", .array(doc.notices.map(notice))),
            ("metadata", metadata(doc.metadata)),
            ("diagnostics", .array(doc.diagnostics.map(diagnostic))),
        ])
    }

    /// The bytes `flush` is handed at a time, about: the output is written as it is made,
    /// one question, answer or note after the other, so memory holds the document and one
    /// chunk instead of a tree of the whole export and its text (several times the input).
    public static let chunkSize = 1 << 16

    /// Writes the JSON of `value(doc)` (a newline at the end) in chunks of about
    /// `chunkSize` bytes, each lent for the call (a `Span` cannot outlive it). What `flush`
    /// throws ends the export.
    public static func write<E: Error>(_ doc: Document, flush: (Span<UInt8>) throws(E) -> Void) throws(E) {
        let cites = NoteCitations(doc)
        try withoutActuallyEscaping(flush) { (flush) throws(E) in
            var out = JSONWriter.Stream<E>(chunkSize: chunkSize, flush: flush)
            try out.openObject()
            try out.member("questions", doc.questions) { question($0) }
            try out.member("answers", doc.answers) { answer($0) }
            try out.member("footnotes", doc.footnotes) { footnote($0, in: doc, cites: cites) }
            try out.member("notices", doc.notices) { notice($0) }
            try out.member("metadata", metadata(doc.metadata))
            try out.member("diagnostics", doc.diagnostics) { diagnostic($0) }
            try out.closeObject()
        }
    }

    static func question(_ q: Question) -> JSONValue {
        .object([
            ("number", .string(q.number.description)),
            ("text", .string(PlainText.text(of: q.paragraphs))),
            ("answer", .int(q.answer)),
            ("lines", lines(q.lines)),
            ("notes", notes(PlainText.noteRefs(of: q.paragraphs))),
            ("urls", .array(PlainText.urls(of: q.paragraphs).map { .string($0) })),
            ("links", links(PlainText.links(of: q.paragraphs))),
        ])
    }

    static func answer(_ a: Answer) -> JSONValue {
        .object([
            ("questions", .array(a.questions.map { .string($0.description) })),
            ("heading", .string(a.heading)),
            ("text", .string(PlainText.text(of: a.paragraphs))),
            ("lines", lines(a.lines)),
            ("notes", notes(PlainText.noteRefs(of: a.paragraphs))),
            ("urls", .array(PlainText.urls(of: a.paragraphs).map { .string($0) })),
            ("links", links(PlainText.links(of: a.paragraphs))),
        ])
    }

    static func footnote(_ f: Footnote, in doc: Document, cites: NoteCitations) -> JSONValue {
        .object([
            ("id", .string(f.id.label)),
            ("kind", .string(f.id.kind.rawValue)),
            ("text", .string(PlainText.normalised(f.text))),
            ("urls", .array(f.urls.map { .string($0) })),
            ("line", .int(f.line)),
            ("citedBy", .object([
                ("questions", .array(cites.questions(citing: f.id).map { .string(doc.questions[$0].number.description) })),
                ("answers", .array(cites.answers(citing: f.id).map { .int($0) })),
            ])),
            ("links", noteLinks(f)),
        ])
    }

    /// `[{text, url}]`: each link with the words that show it.
    static func links(_ links: [(text: String, url: String)]) -> JSONValue {
        .array(links.map { .object([("text", .string($0.text)), ("url", .string($0.url))]) })
    }

    /// A note's links as `[{text, url}]`, `text` null for a URL its text does not show.
    static func noteLinks(_ f: Footnote) -> JSONValue {
        let links = f.links
        guard !links.isEmpty else { return .array([]) }
        let text = Array(f.text.utf8)
        return .array(links.map { link in
            let shown = link.range.flatMap { r in
                r.upperBound <= text.count ? PlainText.normalised(String(decoding: text[r], as: UTF8.self)) : nil
            }
            return .object([("text", .string(shown)), ("url", .string(link.url))])
        })
    }

    static func notice(_ n: Notice) -> JSONValue {
        .object([
            ("text", .string(PlainText.text(of: n.paragraphs))),
            ("lines", lines(n.lines)),
        ])
    }

    static func metadata(_ m: Metadata) -> JSONValue {
        .object([
            ("aanhangsel", .string(m.aanhangsel)),
            ("publicationID", .string(m.publicationID)),
            ("caseNumber", .string(m.caseNumber)),
            ("askedBy", .string(m.askedBy)),
            ("askedTo", .string(m.askedTo)),
            ("subject", .string(m.subject)),
            ("submitted", .string(m.submitted?.description)),
            ("answeredBy", .string(m.answeredBy)),
            ("received", .string(m.received?.description)),
            ("session", .string(m.session)),
            ("askers", .array(m.askers.map { .object([("name", .string($0.name)), ("party", .string($0.party))]) })),
            ("reference", .string(m.reference)),
            ("ourReference", .string(m.ourReference)),
        ])
    }

    static func diagnostic(_ d: Diagnostic) -> JSONValue {
        .object([
            ("line", .int(d.line)),
            ("severity", .string(d.severity.rawValue)),
            ("code", .string(d.code)),
            ("message", .string(d.message)),
        ])
    }

    static func lines(_ r: LineRange) -> JSONValue {
        .object([("first", .int(r.first)), ("last", .int(r.last))])
    }

    static func notes(_ ids: [NoteID]) -> JSONValue {
        .array(ids.map { .object([("id", .string($0.label)), ("kind", .string($0.kind.rawValue))]) })
    }
}

/// Which questions and answers cite each note, computed once per document rather than
/// once per note (a document with thousands of notes would otherwise be quadratic).
struct NoteCitations {
    private var byQuestion: [NoteID: [Int]] = [:]
    private var byAnswer: [NoteID: [Int]] = [:]

    init(_ doc: Document) {
        for (i, q) in doc.questions.enumerated() {
            for id in PlainText.noteRefs(of: q.paragraphs) { byQuestion[id, default: []].append(i) }
        }
        for (i, a) in doc.answers.enumerated() {
            for id in PlainText.noteRefs(of: a.paragraphs) { byAnswer[id, default: []].append(i) }
        }
    }

    func questions(citing id: NoteID) -> [Int] { byQuestion[id] ?? [] }
    func answers(citing id: NoteID) -> [Int] { byAnswer[id] ?? [] }
}
