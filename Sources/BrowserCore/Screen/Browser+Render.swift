import KamervragenKit

extension Browser {
    public func render() -> ScreenGrid {
        var canvas = Canvas(rows: rows, columns: columns)
        guard rows > 0, columns > 0 else { return canvas.grid }
        switch mode {
        case .help(let scroll): renderHelp(&canvas, scroll: scroll)
        case .contents(let selected, let scroll): renderContents(&canvas, selected: selected, scroll: scroll)
        case .reading:
            if chromeRows.title > 0 { renderTitle(&canvas, content.title) }
            renderText(&canvas)
            if paneRows > 0 { renderNotesPane(&canvas) }
            renderStatus(&canvas)
        }
        return canvas.grid
    }

    func renderTitle(_ canvas: inout Canvas, _ title: String) {
        canvas.fill(row: 0, role: .titleBar)
        canvas.write(Canvas.truncated(title, to: columns - 1), role: .titleBar, row: 0, column: min(1, columns - 1))
    }

    private func renderText(_ canvas: inout Canvas) {
        let firstRow = chromeRows.title
        let current = search?.currentHit
        for (row, li) in visibleLines.enumerated() {
            let line = layout.lines[li]
            guard !line.isBlank else { continue }
            let b = Int(line.block)
            let block = content.blocks[b]
            let selected: Range<Int>? = selection.flatMap {
                $0.pane == nil && $0.block == b && block.links.indices.contains($0.link) ? block.links[$0.link].range : nil
            }
            // Only this line's matches, made into screen positions now that they show.
            let hits = search.map { s in self.hits(s, block: b, characters: Int(line.start)..<Int(line.end)) } ?? []
            if selected == nil && hits.isEmpty {
                // Every character in its own role: the line in one pass.
                canvas.put(block, characters: Int(line.start)..<Int(line.end), row: firstRow + row, column: 0)
            } else {
                var next = 0
                var col = 0
                for ci in Int(line.start)..<Int(line.end) {
                    var role = block.role(at: ci)
                    if let selected, selected.contains(ci) { role = .selectedLink }
                    while next < hits.count, Int(hits[next].end) <= ci { next += 1 }
                    if next < hits.count, Int(hits[next].start) <= ci {
                        role = hits[next] == current ? .currentMatch : .searchMatch
                    }
                    col = canvas.put(block, at: ci, role: role, row: firstRow + row, column: col)
                    if col >= columns { break }
                }
            }
            if !block.links.isEmpty {
                canvas.addLinks(of: block, characters: Int(line.start)..<Int(line.end), row: firstRow + row, column: 0)
            }
        }
    }

    private func renderNotesPane(_ canvas: inout Canvas) {
        let first = rows - chromeRows.status - paneRows
        canvas.fill(row: first, role: .paneBorder)
        let ids = notesForPane
        let title = Labels.notesPaneTitle(count: ids.count, language)
        let end = canvas.write(title, role: .paneTitle, row: first, column: 0)
        if end < columns {
            canvas.write(String(repeating: "─", count: columns - end), role: .paneBorder, row: first, column: end)
        }
        let pane = notesPaneLayout
        let height = paneRows - 1
        if pane.lines.isEmpty, height > 0 {
            canvas.write(Canvas.truncated(Catalogue.Reader.paneCloses.text(in: language), to: columns), role: .dim, row: first + 1, column: 0)
        }
        let selected: (note: NoteID, range: Range<Int>)? = selection.flatMap { s in
            guard let note = s.pane, let entry = pane.blocks.first(where: { $0.note == note }),
                  entry.block.links.indices.contains(s.link) else { return nil }
            return (note, entry.block.links[s.link].range)
        }
        for (row, line) in pane.lines.dropFirst(pane.start).prefix(height).enumerated() {
            var col = 0
            for ci in line.start..<line.end {
                var role = line.block.role(at: ci)
                if let selected, selected.note == line.note, selected.range.contains(ci) { role = .selectedLink }
                col = canvas.put(line.block, at: ci, role: role, row: first + 1 + row, column: col)
            }
            if !line.block.links.isEmpty {
                canvas.addLinks(of: line.block, characters: line.start..<line.end, row: first + 1 + row, column: 0)
            }
        }
    }

    private func renderStatus(_ canvas: inout Canvas) {
        let row = rows - 1
        canvas.fill(row: row, role: .statusBar)
        if let p = prompt {
            let count: String
            if p.text.isEmpty {
                count = ""
            } else if let position = search?.position {
                count = position
            } else if let s = search, !s.isCounted {
                count = "…"
            } else {
                count = Catalogue.Reader.noMatch.text(in: language)
            }
            let right = count.isEmpty ? columns : max(0, columns - DisplayWidth.of(count) - 1)
            if !count.isEmpty, columns > DisplayWidth.of(count) {
                canvas.write(count, role: .statusBar, row: row, column: right)
            }
            let promptText = (p.forward ? "/" : "?") + p.text
            // Keep the end of a long query visible: that is where the cursor is.
            let room = max(1, right - 1)
            var shown = promptText
            while DisplayWidth.of(shown) > room, !shown.isEmpty { shown.removeFirst() }
            let end = canvas.write(shown, role: .prompt, row: row, column: 0, limit: right)
            canvas.grid.cursor = (row, min(end, max(0, columns - 1)))
            return
        }
        let right = statusRight
        let rightColumn = statusRightColumn(right)
        if rightColumn < columns { canvas.write(right, role: .statusBar, row: row, column: rightColumn) }
        let limit = statusMessageWidth
        if let message {
            canvas.write(Canvas.truncated(message.text, to: limit), role: message.role, row: row, column: 0, limit: limit)
        } else if let count {
            // The number waits for the key that uses it: g or Enter (that question) or a
            // movement key (that many lines), so the prompt offers both, as it is read.
            canvas.write(Canvas.truncated(Catalogue.Reader.countPrompt.text(String(count), in: language), to: limit),
                         role: .prompt, row: row, column: 0, limit: limit)
        } else {
            canvas.write(statusLeft(fitting: limit), role: .statusBar, row: row, column: 0, limit: limit)
        }
    }

    /// Where the reader is, in the document's own terms: the longest wording that fits.
    func statusLeft(fitting width: Int) -> String {
        let options = statusLeftOptions
        return options.first { DisplayWidth.of($0) <= width } ?? Canvas.truncated(options.last ?? "", to: width)
    }

    /// From most to least explicit; narrow terminals get the shorter forms.
    var statusLeftOptions: [String] {
        let total = document.questions.count
        switch statusOwner {
        case .question(let i):
            let q = document.questions[i]
            let position = Labels.question(q, of: total)
            if let j = q.answer, document.answers.indices.contains(j) {
                let label = Labels.answer(document.answers[j])
                return ["\(position) · \(Labels.answered(in: label, language))", "\(position) → \(label)", position]
            }
            return ["\(position) · \(Labels.unanswered(language))", "\(position) · \(Labels.unansweredAdjective(language))", position]
        case .answer(let j):
            let label = Labels.answer(document.answers[j])
            if let i = currentQuestion {
                let position = Labels.question(document.questions[i], of: total)
                return ["\(label) · \(position)", label, "\(Labels.bareAnswer) · \(position)"]
            }
            return [label]
        case .notice: return [Labels.notice]
        case .notes: return [Labels.notes(language)]
        case .metadata, .preamble:
            // The title is on the line above; say what lies ahead instead.
            guard total > 0 else { return [content.title] }
            let answered = content.answeredCount
            let intro = Labels.introduction(language), count = Labels.questionCount(total, language)
            return ["\(intro) · \(count), \(Labels.answeredCount(answered, language))", "\(intro) · \(count)", intro]
        case .closing, nil: return [content.title]
        }
    }

    /// Where the right-hand part of the status line starts; `columns` when it does not fit.
    func statusRightColumn(_ right: String) -> Int {
        let rightWidth = DisplayWidth.of(right)
        return columns > rightWidth + 1 ? columns - rightWidth - 1 : columns
    }

    /// The cells the left-hand part of the status line (position or message) may use.
    var statusMessageWidth: Int {
        let rightColumn = statusRightColumn(statusRight)
        return rightColumn < columns ? max(0, rightColumn - 1) : columns
    }

    /// The match count and how far through the document the bottom of the screen is.
    var statusRight: String {
        var parts: [String] = []
        if let position = search?.position { parts.append(position) }
        let total = layout.count
        let bottom = min(total, top + textRows)
        parts.append(total == 0 || bottom >= total ? "100%" : "\(bottom * 100 / total)%")
        return Labels.join(parts, separator: " · ")
    }
}
