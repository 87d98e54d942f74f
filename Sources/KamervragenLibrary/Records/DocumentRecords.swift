import KamervragenKit

/// A parsed `Document` turned into what the index stores: the list row and one passage
/// per question, answer, note and notice, in reading order. Preamble and closing text
/// (cover, signature) are not passages: no reader wants to land there.
package enum DocumentRecords {
    package static func make(_ document: Document, path: String) -> IndexedDocument {
        let m = document.metadata
        var row = LibraryDocument(path: path)
        row.number = m.aanhangsel
        row.caseNumber = m.caseNumber
        row.session = m.session
        row.sent = m.submitted
        row.received = m.received
        row.publicationID = PublicationID.of(metadata: m, path: path)
        if let by = m.askedBy {
            let askers = Askers(by)
            row.askers = askers.display
            row.parties = askers.parties
        }
        row.askedTo = m.askedTo
        row.answeredBy = m.answeredBy
        row.subject = m.subject.map { s in s.first.map { $0.uppercased() + s.dropFirst() } ?? s }
        row.questions = document.questions.count
        row.answered = document.questions.reduce(0) { $0 + ($1.answer == nil ? 0 : 1) }
        row.notes = document.footnotes.count
        return IndexedDocument(row: row, passages: passages(of: document))
    }

    static func passages(of document: Document) -> [Passage] {
        var out: [Passage] = []
        out.reserveCapacity(document.questions.count + document.answers.count + document.footnotes.count)
        func add(_ kind: PassageKind, _ item: Int, _ label: String, _ text: String) {
            let normalised = IndexText.normalised(text)
            guard normalised.contains(where: { !$0.isWhitespace }) else { return }
            out.append(Passage(kind: kind, item: item, position: out.count, label: label, text: normalised))
        }
        // Reading order is the document's items; a question or answer the parser left out
        // of them still gets its passage, after the rest (as the reader places it).
        var seenQuestion = [Bool](repeating: false, count: document.questions.count)
        var seenAnswer = [Bool](repeating: false, count: document.answers.count)
        var seenNotice = [Bool](repeating: false, count: document.notices.count)
        func question(_ i: Int) {
            guard seenQuestion.indices.contains(i), !seenQuestion[i] else { return }
            seenQuestion[i] = true
            add(.question, i, PartNames.question(document.questions[i].number), document.questions[i].plainText)
        }
        func answer(_ j: Int) {
            guard seenAnswer.indices.contains(j), !seenAnswer[j] else { return }
            seenAnswer[j] = true
            add(.answer, j, answerLabel(document.answers[j]), document.answers[j].plainText)
        }
        func notice(_ k: Int) {
            guard seenNotice.indices.contains(k), !seenNotice[k] else { return }
            seenNotice[k] = true
            add(.notice, k, PartNames.notice, document.notices[k].plainText)
        }
        for item in document.items {
            switch item {
            case .question(let i): question(i)
            case .answer(let j): answer(j)
            case .notice(let k): notice(k)
            case .preamble, .closing: break
            }
        }
        for i in document.questions.indices { question(i) }
        for j in document.answers.indices { answer(j) }
        for k in document.notices.indices { notice(k) }
        for (n, note) in document.footnotes.enumerated() {
            add(.note, n, noteLabel(note.id), note.text)
        }
        return out
    }

    /// As the reader names an answer: by the numbers it covers, not its heading as written.
    package static func answerLabel(_ answer: Answer) -> String { PartNames.answer(answer) }

    /// What the index stores for a note: a stable Dutch form, which `label(_:in:)` turns
    /// into the reader's language when a hit is printed.
    package static func noteLabel(_ id: NoteID) -> String {
        id.kind == .endnote ? "Eindnoot \(id.label)" : "Noot \(id.label)"
    }

    /// A stored label as shown in `language`: a note's is the program's word and is
    /// translated; a question's or answer's is the document's (`PartNames`) and stays.
    package static func label(_ stored: String, kind: PassageKind, in language: Language) -> String {
        guard kind == .note else { return stored }
        if stored.hasPrefix("Eindnoot ") { return Catalogue.Parts.endnote.text(String(stored.dropFirst(9)), in: language) }
        if stored.hasPrefix("Noot ") { return Catalogue.Parts.note.text(String(stored.dropFirst(5)), in: language) }
        return stored
    }
}
