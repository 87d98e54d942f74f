import KamervragenKit

extension Browser {
    func renderHelp(_ canvas: inout Canvas, scroll: Int) {
        let first = chromeRows.title
        if first > 0 { renderTitle(&canvas, Catalogue.Keys.helpTitle.text(in: language)) }
        let lines = KeyTable.helpLines(width: columns, language: language)
        let titles = KeyTable.sectionTitles(in: language)
        for (row, text) in lines.dropFirst(scroll).prefix(helpRows).enumerated() {
            let isSection = titles.contains(text) || row + scroll == 0
            canvas.write(text, role: isSection ? .questionHeading : .text, row: first + row, column: 0)
        }
        if chromeRows.status > 0 {
            canvas.fill(row: rows - 1, role: .statusBar)
            if let message {
                canvas.write(Canvas.truncated(message.text, to: columns), role: message.role, row: rows - 1, column: 0)
            } else {
                canvas.write(Catalogue.Keys.helpStatus.text(in: language), role: .statusBar, row: rows - 1, column: 0)
            }
        }
    }

    /// One line per question: number, where it is answered, its opening words. `short`
    /// abbreviates the answer so a narrow screen still shows some of the question. The
    /// words stop after `limit` characters: the line is cut to the screen's width anyway,
    /// and a long question made into one line for every row of every frame was most of
    /// what drawing the contents cost.
    static func contentsLine(_ document: Document, _ i: Int, short: Bool = false, limit: Int = .max,
                             language: Language = .english) -> String {
        let q = document.questions[i]
        var s = Labels.question(q)
        if let j = q.answer, document.answers.indices.contains(j) {
            let a = document.answers[j]
            s += " → " + ((short ? Labels.shortAnswer(a) : nil) ?? Labels.answer(a))
        } else {
            s += " → " + (short ? Labels.unansweredShort(language) : Labels.unanswered(language))
        }
        var words = ""
        var space = false, count = 0
        for ch in q.plainText {
            if ch == " " || ch == "\n" { space = !words.isEmpty; continue }
            if space { words.append(" "); space = false; count += 1 }
            words.append(ch)
            count += 1
            if count > limit { break }
        }
        if !words.isEmpty { s += " · " + words }
        return s
    }

    func renderContents(_ canvas: inout Canvas, selected: Int, scroll: Int) {
        let first = chromeRows.title
        if first > 0 { renderTitle(&canvas, "\(Labels.contents(language)) · \(content.title)") }
        let height = contentsRows
        for (row, i) in document.questions.indices.dropFirst(scroll).prefix(height).enumerated() {
            let text = Canvas.truncated(Browser.contentsLine(document, i, short: columns < 60, limit: columns, language: language), to: columns)
            if i == selected { canvas.fill(row: first + row, role: .selectedLink) }
            let answered = document.questions[i].answer != nil
            canvas.write(text, role: i == selected ? .selectedLink : (answered ? .text : .dim), row: first + row, column: 0)
        }
        if document.questions.isEmpty, height > 0 {
            canvas.write(Catalogue.Reader.noQuestionsFound.text(in: language), role: .dim, row: first, column: 0)
        }
        if chromeRows.status > 0 {
            canvas.fill(row: rows - 1, role: .statusBar)
            let where_ = document.questions.isEmpty ? "" : "\(selected + 1)/\(document.questions.count) · "
            if message == nil, let count {
                canvas.write(Canvas.truncated(Catalogue.Reader.contentsCountPrompt.text(String(count), in: language), to: columns), role: .prompt, row: rows - 1, column: 0)
            } else {
                let text = message?.text ?? Catalogue.Reader.contentsStatus.text(where_, in: language)
                canvas.write(Canvas.truncated(text, to: columns), role: message?.role ?? .statusBar, row: rows - 1, column: 0)
            }
        }
    }
}
