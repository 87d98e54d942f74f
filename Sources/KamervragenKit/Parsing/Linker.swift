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
        var firstWith: [QuestionNumber: Int] = [:]
        firstWith.reserveCapacity(doc.questions.count)
        var copies: [QuestionNumber: [Int]] = [:]
        for i in doc.questions.indices {
            let number = doc.questions[i].number
            if let e = firstWith[number] {
                doc.diagnostics.append(Diagnostic(line: doc.questions[i].lines.first, severity: .warning,
                    message: "question \(number) appears twice (also at line \(doc.questions[e].lines.first))"))
                copies[number, default: [e]].append(i)
            } else {
                firstWith[number] = i
            }
        }
        for a in doc.answers.indices {
            let questions = doc.answers[a].questions
            let line = doc.answers[a].lines.first
            // Answers name a handful of numbers: a linear look-back costs less than a set,
            // which is kept for long (hostile) lists so the pass stays linear.
            let small = questions.count <= 16
            var seen = Set<QuestionNumber>()
            for (k, n) in questions.enumerated() {
                if small ? questions[..<k].contains(n) : !seen.insert(n).inserted { continue }
                guard let first = firstWith[n] else {
                    doc.diagnostics.append(Diagnostic(line: line, severity: .warning,
                        message: "'\(doc.answers[a].heading)' names question \(n), which is not in the document"))
                    continue
                }
                // With duplicate numbers, answer the latest copy printed before this answer.
                let target = copies[n].map { latest($0, before: line, in: doc.questions) } ?? first
                if let previous = doc.questions[target].answer {
                    doc.diagnostics.append(Diagnostic(line: line, severity: .warning,
                        message: "question \(n) is answered twice (also in '\(doc.answers[previous].heading)')"))
                    // Keep the links consistent: the question points at one answer only.
                    doc.answers[previous].questions.removeAll { $0 == n }
                }
                doc.questions[target].answer = a
            }
            doc.answers[a].questions = doc.answers[a].questions.filter { n in
                guard let first = firstWith[n] else { return true }
                if let all = copies[n] { return all.contains { doc.questions[$0].answer == a } }
                return doc.questions[first].answer == a
            }
        }
        // Dedupe within an answer while keeping order.
        for a in doc.answers.indices where doc.answers[a].questions.count > 1 {
            if doc.answers[a].questions.count <= 16 {
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
            doc.diagnostics.append(Diagnostic(line: doc.questions[i].lines.first, severity: severity,
                message: "question \(doc.questions[i].number) is not answered in this document"))
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
                let missing = v == highest + 2 ? "question \(highest + 1) is" : "questions \(highest + 1)–\(v - 1) are"
                doc.diagnostics.append(Diagnostic(line: doc.questions[i].lines.first, severity: .warning,
                    message: "\(missing) missing before question \(doc.questions[i].number)"))
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

    private static func checkNotes(_ doc: inout Document) {
        var cited: [NoteID: Int] = [:]
        cited.reserveCapacity(doc.footnotes.count)
        func visit(_ paragraphs: some Sequence<Paragraph>, line: Int) {
            // Note references read in place: `noteRefs` built an array per paragraph. The
            // defaulted subscript inserts the first line only, with one hash lookup instead of two.
            for p in paragraphs {
                p.forEachNoteRef { cited[$0, default: line] += 0 }
            }
        }
        for item in doc.items {
            switch item {
            case .preamble(let ps), .closing(let ps): visit(ps, line: 1)
            case .question(let i): visit(doc.questions[i].paragraphs, line: doc.questions[i].lines.first)
            case .answer(let i): visit(doc.answers[i].paragraphs, line: doc.answers[i].lines.first)
            case .notice(let i): visit(doc.notices[i].paragraphs, line: doc.notices[i].lines.first)
            }
        }
        var ids = Set<NoteID>(minimumCapacity: doc.footnotes.count)
        for note in doc.footnotes { ids.insert(note.id) }
        // Only markers without a note are sorted (usually none), not every cited note.
        for (id, line) in cited.lazy.filter({ !ids.contains($0.key) }).sorted(by: { $0.value < $1.value }) {
            doc.diagnostics.append(Diagnostic(line: line, severity: .warning, message: "marker for \(id) has no note text"))
        }
        for note in doc.footnotes where cited[note.id] == nil {
            doc.diagnostics.append(Diagnostic(line: note.line, severity: .note, message: "\(note.id) is never cited"))
        }
    }
}
