/// Turns decoded text into a `Document`.
///
/// PROVISIONAL: a first cut that understands the seed's heading style only; the real
/// parser replaces it.
public enum DocumentParser {
    public static func parse(_ text: String, source: String) -> Document {
        var doc = Document(source: source)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
        enum Current { case none, question(Int), answer(Int) }
        var current = Current.none
        var paragraphs: [String] = []
        var start = 1
        var typedNotes: [(String, String, Int)] = []
        func flush(_ end: Int) {
            let paras = paragraphs.map { parseInline($0, doc: &doc, line: start) }
            switch current {
            case .none: if !paras.isEmpty { doc.items.append(.preamble(paras)) }
            case .question(let i): doc.questions[i].paragraphs = paras; doc.questions[i].lines = LineRange(start, end)
            case .answer(let i): doc.answers[i].paragraphs = paras; doc.answers[i].lines = LineRange(start, end)
            }
            paragraphs = []
        }
        for (index, raw) in lines.enumerated() {
            let n = index + 1
            let line = raw.trimmingSpaces
            let words = line.split(separator: " ")
            if words.first == "Vraag", words.count == 2, let q = QuestionNumber(words[1]) {
                flush(n - 1); start = n
                doc.questions.append(Question(number: q, paragraphs: [], lines: LineRange(n, n)))
                doc.items.append(.question(doc.questions.count - 1))
                current = .question(doc.questions.count - 1)
            } else if words.first == "Antwoord" {
                flush(n - 1); start = n
                let nums = words.compactMap { QuestionNumber($0) }
                doc.answers.append(Answer(questions: nums, heading: line, paragraphs: [], lines: LineRange(n, n)))
                doc.items.append(.answer(doc.answers.count - 1))
                current = .answer(doc.answers.count - 1)
            } else if let close = line.firstIndex(of: ")"), let label = Int(line[..<close]), line.count > 3 {
                typedNotes.append((String(label), String(line[line.index(after: close)...]).trimmingSpaces, n))
            } else if !line.isEmpty {
                paragraphs.append(line)
            }
        }
        flush(lines.count)
        for (label, body, line) in typedNotes {
            doc.footnotes.append(Footnote(id: NoteID(.endnote, label), text: body, urls: [], line: line))
        }
        for (ai, answer) in doc.answers.enumerated() {
            for q in answer.questions { if let qi = doc.questionIndex(q) { doc.questions[qi].answer = ai } }
        }
        return doc
    }

    private static func parseInline(_ text: String, doc: inout Document, line: Int) -> Paragraph {
        var runs: [Inline] = []
        var rest = Substring(text)
        while let r = rest.range(of: "[footnoteRef:") {
            runs.append(.text(String(rest[..<r.lowerBound])))
            rest = rest[r.upperBound...]
            guard let close = rest.firstIndex(of: "]") else { break }
            runs.append(.noteRef(NoteID(.footnote, String(rest[..<close]))))
            rest = rest[rest.index(after: close)...]
        }
        if let body = rest.range(of: " [1:") {
            let note = rest[body.upperBound...].dropLast(rest.hasSuffix("] ") ? 2 : 1)
            doc.footnotes.append(Footnote(id: NoteID(.footnote, "1"), text: note.trimmingSpaces, urls: [], line: line))
            rest = rest[..<body.lowerBound]
        }
        runs.append(.text(String(rest)))
        return Paragraph(runs.filter { $0 != .text("") })
    }
}

extension StringProtocol {
    /// Trims ASCII spaces, tabs and no-break spaces (Foundation-free).
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{A0}" || $0 == "\r" }
        guard let a = firstIndex(where: { !isSpace($0) }), let b = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[a...b])
    }
}

extension Substring {
    func range(of needle: String) -> Range<Index>? {
        var i = startIndex
        while i < endIndex {
            if self[i...].hasPrefix(needle) { return i..<index(i, offsetBy: needle.count) }
            i = index(after: i)
        }
        return nil
    }
}
