import KamervragenKit

/// What every target does with a document it managed to parse: check the links the model
/// promises, then run it through every command's output, so a fuzzed document reaches the
/// export, outline and show code as a user's would.
public enum DocumentChecks {
    public static func exercise(_ doc: Document) {
        checkLinks(doc)
        _ = DocumentExport.json(doc)
        _ = OutlineFormatter.lines(doc)
        _ = ShowFormatter.validNumbers(doc)
        // The first and the last question, wide and at the narrowest width: wrapping and
        // the answer's other questions are where the show output has edge cases.
        for index in Set([doc.questions.startIndex, doc.questions.endIndex - 1]) where doc.questions.indices.contains(index) {
            _ = ShowFormatter.text(question: index, in: doc, width: 80)
            _ = ShowFormatter.text(question: index, in: doc, width: 1)
        }
    }

    /// Questions point at answers that cover them; `items` lists every question, answer
    /// and notice once, in order. The export, the browser and `show` index by these.
    public static func checkLinks(_ doc: Document) {
        for (i, q) in doc.questions.enumerated() {
            guard let a = q.answer else { continue }
            guard doc.answers.indices.contains(a) else { fuzzFailure("question \(i) points at answer \(a) of \(doc.answers.count)") }
            guard doc.answers[a].questions.contains(q.number) else { fuzzFailure("answer \(a) does not cover question \(q.number)") }
        }
        var next = (question: 0, answer: 0, notice: 0)
        for item in doc.items {
            switch item {
            case .question(let k):
                guard k == next.question else { fuzzFailure("item question \(k), expected \(next.question)") }
                next.question += 1
            case .answer(let k):
                guard k == next.answer else { fuzzFailure("item answer \(k), expected \(next.answer)") }
                next.answer += 1
            case .notice(let k):
                guard k == next.notice else { fuzzFailure("item notice \(k), expected \(next.notice)") }
                next.notice += 1
            default:
                break
            }
        }
        guard next == (doc.questions.count, doc.answers.count, doc.notices.count) else {
            fuzzFailure("items list \(next) of \(doc.questions.count) questions, \(doc.answers.count) answers, \(doc.notices.count) notices")
        }
    }
}
