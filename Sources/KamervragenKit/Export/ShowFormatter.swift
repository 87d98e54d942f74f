/// The `show` command's text: a question, the answer it gets, and the notes they cite.
///
/// For a combined answer every question it covers is printed (in document order), since
/// the answer reads as a reply to all of them together. Every line is terminal-safe and
/// at most `width` columns.
public enum ShowFormatter {
    /// `language` is that of the program's words; the document's, headings included, are printed as written.
    public static func text(question index: Int, in doc: Document, width: Int, language: Language = .english) -> String {
        let c = Catalogue.Commands.self
        let q = doc.questions[index]
        var blocks: [String] = []
        var cited: [NoteID] = []
        func cite(_ paragraphs: ParagraphList) {
            for id in PlainText.noteRefs(of: paragraphs) where !cited.contains(id) { cited.append(id) }
        }

        var shown = [index]
        if let ai = q.answer, doc.answers.indices.contains(ai) {
            shown = doc.questionIndices(ofAnswer: ai)
            if !shown.contains(index) { shown.append(index) }
            shown.sort()
        }
        for qi in shown {
            let other = doc.questions[qi]
            var heading = PartNames.question(other.number)
            if qi != index { heading += c.sameAnswer.text(in: language) }
            blocks.append(block(heading: heading, paragraphs: other.paragraphs, empty: Catalogue.Parts.noOwnText.text(in: language), width: width))
            cite(other.paragraphs)
        }
        if let ai = q.answer, doc.answers.indices.contains(ai) {
            let a = doc.answers[ai]
            let heading = a.heading.isEmpty ? PartNames.bareAnswer : PlainText.normalised(a.heading)
            blocks.append(block(heading: heading, paragraphs: a.paragraphs, empty: c.emptyAnswer.text(in: language), width: width))
            cite(a.paragraphs)
        } else {
            blocks.append("→ " + Catalogue.Parts.unanswered.text(in: language))
        }
        if !cited.isEmpty {
            var lines = [Catalogue.Parts.notes.text(in: language)]
            for id in cited {
                let label = (id.kind == .footnote ? c.footnoteMarker : c.endnoteMarker).text(id.label, in: language)
                guard let note = doc.footnote(id) else {
                    lines += TextWrapper.wrap(SafeText.line("\(label) \(c.noteTextMissing.text(in: language))"), width: width, indent: "  ", continuation: "    ")
                    continue
                }
                let body = SafeText.line(PlainText.normalised(note.text))
                lines += TextWrapper.wrap("\(SafeText.line(label)) \(body)", width: width, indent: "  ", continuation: "    ")
                for url in note.urls where !body.contains(url) {
                    lines += TextWrapper.wrap(SafeText.line(url), width: width, indent: "    ")
                }
            }
            blocks.append(lines.joined(separator: "\n"))
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    static func block(heading: String, paragraphs: ParagraphList, empty: String, width: Int) -> String {
        var lines = TextWrapper.wrap(SafeText.line(heading), width: width)
        // A link shown as other words keeps its address beside them: on paper there is
        // nothing to select to see where it leads.
        let texts = paragraphs.map { PlainText.withLinkTargets($0) }.filter { !$0.isEmpty }
        if texts.isEmpty { lines += TextWrapper.wrap(empty, width: width, indent: "  ") }
        for (i, t) in texts.enumerated() {
            if i > 0 { lines.append("") }
            lines += TextWrapper.wrap(SafeText.line(t), width: width, indent: "  ")
        }
        return lines.joined(separator: "\n")
    }

    /// The valid numbers for an error message, in numeric order: "1–9" when they run
    /// without gaps, otherwise a list (shortened past twenty).
    public static func validNumbers(_ doc: Document, language: Language = .english) -> String {
        let c = Catalogue.Commands.self
        // Sorted and without repeats: the message is a menu, not the document order.
        let numbers = Array(Set(doc.questions.map(\.number))).sorted()
        guard let first = numbers.first, let last = numbers.last else { return c.documentHasNoQuestions.text(in: language) }
        let contiguous = numbers.allSatisfy { $0.suffix.isEmpty }
            && numbers.enumerated().allSatisfy { $0.element.value == first.value + $0.offset }
        if contiguous {
            return numbers.count == 1 ? c.onlyQuestion.text(first.description, in: language)
                : c.questionRange.text(first.description, last.description, in: language)
        }
        let names = numbers.map(\.description)
        let shown = names.count > 20 ? names.prefix(20).joined(separator: ", ") + ", …" : names.joined(separator: ", ")
        return c.questionList.text(SafeText.line(shown), in: language)
    }
}
