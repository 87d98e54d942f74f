/// Links questions and answers both ways and reports what does not fit: unanswered
/// questions, answers to questions that do not exist, numbers used twice, note markers
/// without a note and notes nobody cites. Runs after parsing, in time linear in the
/// document (dictionaries, no nested scans).
enum Linker {
    static func link(_ doc: inout Document) {
        reportGaps(&doc)
        // The first question with each number; later copies (rare) in `copies`, so the
        // common case holds no array per question. Fields are read by index: iterating
        // the questions copied each one (retains of its strings and paragraphs).
        var firstWith = QuestionNumberTable()
        firstWith.reserve(upTo: doc.questions.count)
        var copies: [QuestionNumber: [Int]] = [:]
        for i in doc.questions.indices {
            let number = doc.questions[i].number
            if let e = firstWith[number] {
                doc.diagnostics.append(Diagnostic(line: doc.questions[i].lines.first, severity: .warning, .questionTwice,
                    number.description, String(doc.questions[e].lines.first)))
                copies[number, default: [e]].append(i)
            } else {
                firstWith[number] = i
            }
        }
        // Answers whose list names a number twice; only those are deduplicated below.
        var repeated: [Int] = []
        for a in doc.answers.indices {
            let count = doc.answers[a].questionCount
            // Answers name a handful of numbers: a linear look-back costs less than a set,
            // which is kept for long (hostile) lists so the pass stays linear.
            let small = count <= 16
            var seen = Set<QuestionNumber>()
            var hadRepeat = false
            let answer = doc.answers[a]
            let line = answer.lines.first
            // Read in place (`question(_:)`): `questions` builds an array on every get,
            // and most answers name one number.
            for k in 0..<count {
                let n = answer.question(k)
                if small ? (0..<k).contains(where: { answer.question($0) == n }) : !seen.insert(n).inserted {
                    hadRepeat = true
                    continue
                }
                guard let first = firstWith[n] else {
                    doc.diagnostics.append(Diagnostic(line: line, severity: .warning, .namesAbsentQuestion, answer.heading, n.description))
                    continue
                }
                // With duplicate numbers, answer the latest copy printed before this answer.
                let target = (copies.isEmpty ? nil : copies[n]).map { latest($0, before: line, in: doc.questions) } ?? first
                if let previous = doc.questions[target].answer {
                    doc.diagnostics.append(Diagnostic(line: line, severity: .warning, .answeredTwice,
                        n.description, doc.answers[previous].heading))
                    // Keep the links consistent: the question points at one answer only.
                    doc.answers[previous].questions.removeAll { $0 == n }
                }
                doc.questions[target].answer = a
            }
            if hadRepeat { repeated.append(a) }
            // Without duplicate question numbers every number just linked points at this
            // answer, so the filter would keep them all.
            guard !copies.isEmpty else { continue }
            doc.answers[a].questions = doc.answers[a].questions.filter { n in
                guard let first = firstWith[n] else { return true }
                if let all = copies[n] { return all.contains { doc.questions[$0].answer == a } }
                return doc.questions[first].answer == a
            }
        }
        // Dedupe within an answer while keeping order.
        for a in repeated where doc.answers[a].questionCount > 1 {
            if doc.answers[a].questionCount <= 16 {
                var kept: [QuestionNumber] = []
                for n in doc.answers[a].questions where !kept.contains(n) { kept.append(n) }
                doc.answers[a].questions = kept
            } else {
                var seen = Set<QuestionNumber>()
                doc.answers[a].questions = doc.answers[a].questions.filter { seen.insert($0).inserted }
            }
        }
        let severity: Diagnostic.Severity = doc.answers.isEmpty && !doc.notices.isEmpty ? .note : .warning
        for i in doc.questions.indices where doc.questions[i].answer == nil {
            doc.diagnostics.append(Diagnostic(line: doc.questions[i].lines.first, severity: severity, .notAnswered,
                doc.questions[i].number.description))
        }
        checkNotes(&doc)
    }

    /// Numbers that jump ahead (1, 2, 4) usually mean a heading was lost or mistyped.
    /// Sub-numbered series (2l, 3l, 2m) go back down and are not gaps.
    private static func reportGaps(_ doc: inout Document) {
        var highest = 0
        for i in doc.questions.indices {
            let v = doc.questions[i].number.value
            if v > highest + 1 {
                let line = doc.questions[i].lines.first, number = doc.questions[i].number.description
                doc.diagnostics.append(v == highest + 2
                    ? Diagnostic(line: line, severity: .warning, .questionMissing, String(highest + 1), number)
                    : Diagnostic(line: line, severity: .warning, .questionsMissing, String(highest + 1), String(v - 1), number))
            }
            highest = max(highest, v)
        }
    }

    /// Binary search: the indices are in document order, so their lines rise.
    private static func latest(_ targets: [Int], before line: Int, in questions: [Question]) -> Int {
        var lo = 0
        var hi = targets.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if questions[targets[mid]].lines.first <= line { lo = mid + 1 } else { hi = mid }
        }
        return lo == 0 ? targets[0] : targets[lo - 1]
    }

    /// Where each note is first cited, found with one table lookup per marker: the note
    /// ids index the footnotes once, and only markers without a note (usually none) go
    /// to a dictionary of their own.
    private static func checkNotes(_ doc: inout Document) {
        var noteIndex = NoteIDTable()
        for k in doc.footnotes.indices where noteIndex[doc.footnotes[k].id] == nil {
            noteIndex[doc.footnotes[k].id] = k
        }
        var citations = Citations(noteIndex: noteIndex, notes: doc.footnotes.count)
        for item in doc.items {
            switch item {
            case .preamble(let ps), .closing(let ps): citations.visit(ps, line: 1)
            case .question(let i): citations.visit(doc.questions[i].paragraphs, line: doc.questions[i].lines.first)
            case .answer(let i): citations.visit(doc.answers[i].paragraphs, line: doc.answers[i].lines.first)
            case .notice(let i): citations.visit(doc.notices[i].paragraphs, line: doc.notices[i].lines.first)
            }
        }
        let citedAt = citations.citedAt, unknown = citations.unknown, unknownOrder = citations.unknownOrder
        // By line; markers first cited on the same line keep the order they were met in.
        let missing = unknownOrder.enumerated().sorted { a, b in
            let la = unknown[a.element]!, lb = unknown[b.element]!
            return la != lb ? la < lb : a.offset < b.offset
        }
        for (_, id) in missing {
            doc.diagnostics.append(Diagnostic(line: unknown[id]!, severity: .warning, .markerWithoutNote, id.description))
        }
        for note in doc.footnotes where citedAt[noteIndex[note.id]!] < 0 {
            doc.diagnostics.append(Diagnostic(line: note.line, severity: .note, .neverCited, note.id.description))
        }
    }

    /// Where each note is first cited. A struct with a mutating method rather than a local
    /// function over local variables: variables captured by a closure are boxed, and each
    /// access to them went through the runtime's dynamic exclusivity check; `self` passed
    /// `inout` is checked at compile time.
    private struct Citations {
        let noteIndex: NoteIDTable
        /// By first footnote with the id: the line of its first citation, or -1.
        var citedAt: [Int]
        var unknown: [NoteID: Int] = [:]
        var unknownOrder: [NoteID] = []

        init(noteIndex: NoteIDTable, notes: Int) {
            self.noteIndex = noteIndex
            citedAt = [Int](repeating: -1, count: notes)
        }

        mutating func visit(_ paragraphs: some Sequence<Paragraph>, line: Int) {
            // Note references read in place: `noteRefs` built an array per paragraph.
            for p in paragraphs {
                p.forEachNoteRef { id in
                    if let k = noteIndex[id] {
                        if citedAt[k] < 0 { citedAt[k] = line }
                    } else if unknown[id] == nil {
                        unknown[id] = line
                        unknownOrder.append(id)
                    }
                }
            }
        }
    }
}
