/// A readable, stable text rendering of a parsed document, for snapshot tests and for
/// eyeballing what the parser understood (like swift-markdown's `debugDescription`).
extension Document {
    public var treeDump: String {
        var out = "Document \(source)\n"
        let m = metadata
        var meta: [String] = []
        if let v = m.aanhangsel { meta.append("aanhangsel=\(v)") }
        if let v = m.publicationID { meta.append("id=\(v)") }
        if let v = m.caseNumber { meta.append("case=\(v)") }
        if let v = m.session { meta.append("session=\(v)") }
        if let v = m.askedBy { meta.append("askedBy=\(v)") }
        if let v = m.askedTo { meta.append("askedTo=\(v)") }
        if let v = m.subject { meta.append("subject=\(v)") }
        if let v = m.submitted { meta.append("submitted=\(v)") }
        if let v = m.answeredBy { meta.append("answeredBy=\(v)") }
        if let v = m.received { meta.append("received=\(v)") }
        for line in meta { out += "├─ Metadata \(line)\n" }
        for item in items {
            switch item {
            case .preamble(let ps):
                out += "├─ Preamble\n"
                dump(ps, into: &out)
            case .question(let i):
                let q = questions[i]
                let a = q.answer.map { "answer #\($0)" } ?? "unanswered"
                out += "├─ Question \(q.number) lines \(q.lines) → \(a)\n"
                dump(q.paragraphs, into: &out)
            case .answer(let i):
                let a = answers[i]
                out += "├─ Answer #\(i) \"\(a.heading)\" covers [\(a.questions.map(\.description).joined(separator: ", "))] lines \(a.lines)\n"
                dump(a.paragraphs, into: &out)
            case .notice(let i):
                out += "├─ Notice lines \(notices[i].lines)\n"
                dump(notices[i].paragraphs, into: &out)
            case .closing(let ps):
                out += "├─ Closing\n"
                dump(ps, into: &out)
            }
        }
        for f in footnotes {
            out += "├─ Note \(f.id) line \(f.line): \(f.text)\n"
            for u in f.urls { out += "│    url \(u)\n" }
        }
        for d in diagnostics { out += "└─ Diagnostic \(d)\n" }
        return out
    }

    private func dump(_ paragraphs: some Sequence<Paragraph>, into out: inout String) {
        for p in paragraphs {
            var line = "│    ¶ "
            p.forEachRunAndTarget { kind, b, target in
                let s = String(decoding: b, as: UTF8.self)
                switch kind {
                case .text: line += s
                case .footnoteRef: line += "[^f\(s)]"
                case .endnoteRef: line += "[^e\(s)]"
                case .url: line += "<\(s)>"
                case .link: line += "[\(s)](<\(String(decoding: target, as: UTF8.self))>)"
                }
            }
            out += line + "\n"
        }
    }
}
