import KamervragenKit

extension LibraryBrowser {
    public func render() -> ScreenGrid {
        if showing == .reader, let reader { return reader.render() }
        var canvas = Canvas(rows: rows, columns: columns)
        guard rows > 0, columns > 0 else { return canvas.grid }
        if let scroll = helpScroll {
            renderHelp(&canvas, scroll: scroll)
        } else if showing == .hits, let hits {
            renderHits(&canvas, hits)
        } else {
            renderDocuments(&canvas)
        }
        return canvas.grid
    }

    private typealias V = Catalogue.LibraryView

    private func renderTitle(_ canvas: inout Canvas, left: String, right: String) {
        guard titleRows > 0 else { return }
        canvas.fill(row: 0, role: .titleBar)
        let rightWidth = DisplayWidth.of(right)
        let room = right.isEmpty || columns < rightWidth + 12 ? columns - 1 : columns - rightWidth - 3
        canvas.write(Canvas.truncated(left, to: room), role: .titleBar, row: 0, column: min(1, columns - 1))
        if room < columns - 1 { canvas.write(right, role: .titleBar, row: 0, column: columns - rightWidth - 1) }
    }

    /// The status line: the prompt while one is open, else a message or the hint on the
    /// left and the position on the right.
    private func renderStatus(_ canvas: inout Canvas, hint: String, position: String) {
        guard statusRows > 0 else { return }
        let row = rows - 1
        canvas.fill(row: row, role: .statusBar)
        if let p = prompt {
            let label = p.kind == .filter ? V.filterPrompt.text(in: language) : "/"
            var shown = label + p.text
            // The end of a long query stays visible: that is where the cursor is.
            while DisplayWidth.of(shown) > columns - 1, !shown.isEmpty { shown.removeFirst() }
            let end = canvas.write(shown, role: .prompt, row: row, column: 0)
            canvas.grid.cursor = (row, min(end, max(0, columns - 1)))
            return
        }
        let positionWidth = DisplayWidth.of(position)
        let right = columns > positionWidth + 1 ? columns - positionWidth - 1 : columns
        if right < columns { canvas.write(position, role: .statusBar, row: row, column: right) }
        let limit = right < columns ? max(0, right - 1) : columns
        if let message {
            canvas.write(Canvas.truncated(message.text, to: limit), role: message.role, row: row, column: 0, limit: limit)
        } else {
            canvas.write(Canvas.truncated(hint, to: limit), role: .statusBar, row: row, column: 0, limit: limit)
        }
    }

    // MARK: The documents

    private func renderDocuments(_ canvas: inout Canvas) {
        let total = list.documents.count
        let title = total == 1 ? V.titleOne.text(in: language) : V.title.text(String(total), in: language)
        var right = ""
        if !list.filter.isEmpty {
            right = V.filterPrompt.text(in: language) + list.filter + " · " + V.shownOf.text(String(list.shown.count), String(total), in: language)
        }
        renderTitle(&canvas, left: title, right: right)
        let layout = ListLayout(width: columns, numberWidth: list.numberWidth, language: language)
        if headerRows > 0 {
            let row = titleRows
            canvas.fill(row: row, role: .metadata)
            for (column, x, width) in layout.cells {
                var heading = column.title.text(in: language)
                if column == list.column { heading += list.descending ? " ↓" : " ↑" }
                canvas.write(Canvas.truncated(heading, to: width), role: .metadata, row: row, column: x, limit: x + width)
            }
        }
        let first = titleRows + headerRows
        for n in 0..<bodyRows {
            let k = list.scroll + n
            guard k < list.shown.count else { break }
            let d = list.documents[list.shown[k]]
            let selected = k == list.selected
            let role: Role = selected ? .selectedLink : .text
            if selected { canvas.fill(row: first + n, role: role) }
            for (column, x, width) in layout.cells {
                let text = ListLayout.text(of: d, column)
                let cut = Canvas.truncated(SafeText.line(text), to: width)
                // Numbers and counts align right, as in a spreadsheet.
                let pad = column == .questions || column == .number ? max(0, width - DisplayWidth.of(cut)) : 0
                canvas.write(cut, role: role, row: first + n, column: x + pad, limit: x + width)
            }
        }
        if list.shown.isEmpty, bodyRows > 0 {
            let text = total == 0 ? V.empty.text(in: language) : V.noneMatch.text(list.filter, in: language)
            canvas.write(Canvas.truncated(text, to: columns), role: .dim, row: first, column: 0)
        }
        let position = list.shown.isEmpty ? "" : "\(list.selected + 1)/\(list.shown.count)"
        renderStatus(&canvas, hint: V.listHint.text(in: language), position: position)
    }

    // MARK: The hits

    private func renderHits(_ canvas: inout Canvas, _ h: HitList) {
        let r = h.results
        let query = "/" + r.query
        let title = !r.isComplete
            ? Catalogue.Ranking.provisionalTitle.text(query, String(r.hits.count), String(r.documents.count), String(r.total), in: language)
            : r.total > r.hits.count
            ? V.searchTitleCapped.text(query, String(r.hits.count), String(r.documents.count), String(r.total), in: language)
            : V.searchTitle.text(query, String(r.total), String(r.documents.count), in: language)
        renderTitle(&canvas, left: title, right: "")
        let first = titleRows
        for n in 0..<bodyRows {
            let k = h.scroll + n
            guard k < h.lines.count else { break }
            let row = first + n
            switch h.lines[k] {
            case .document(let d):
                let doc = r.documents[d]
                var parts = [doc.date, doc.number.isEmpty ? "" : "nr. " + doc.number, doc.subject.isEmpty ? doc.fileName : doc.subject]
                parts.removeAll { $0.isEmpty }
                canvas.write(Canvas.truncated(SafeText.line(parts.joined(separator: "  ")), to: columns),
                             role: .questionHeading, row: row, column: 0)
            case .hit(let i):
                renderHit(&canvas, h, i, row: row, labelWidth: h.labelWidth)
            }
        }
        renderStatus(&canvas, hint: V.hitsHint.text(in: language), position: "\(h.current + 1)/\(h.count)")
    }

    private func renderHit(_ canvas: inout Canvas, _ h: HitList, _ i: Int, row: Int, labelWidth: Int) {
        let current = i == h.current
        let base: Role = current ? .selectedLink : .text
        if current { canvas.fill(row: row, role: base) }
        let hit = h.results.hits[i]
        let label = Canvas.truncated(hit.label, to: labelWidth)
        var x = canvas.write("  " + label, role: current ? .selectedLink : .dim, row: row, column: 0)
        x = max(x, 2 + labelWidth) + 2
        guard x < columns else { return }
        if hit.isGone {
            // In the snippet's place: the label column would cut it short.
            canvas.write(Canvas.truncated(V.hitGone.text(in: language), to: columns - x), role: current ? .selectedLink : .dim,
                         row: row, column: x)
            return
        }
        guard let snippet = h.snippets[i] else { return }
        let (text, matches) = Self.fit(snippet, width: columns - x)
        var next = 0
        for (ci, ch) in text.enumerated() {
            while next < matches.count, matches[next].upperBound <= ci { next += 1 }
            let inMatch = next < matches.count && matches[next].contains(ci)
            let role: Role = inMatch ? (current ? .currentMatch : .searchMatch) : base
            x = canvas.write(String(ch), role: role, row: row, column: x)
            if x >= columns { break }
        }
    }

    /// A snippet cut to `width` cells with its first match in view: when the match would
    /// fall past the first third, the start is dropped (an ellipsis in its place).
    static func fit(_ s: LibrarySnippet, width: Int) -> (String, [Range<Int>]) {
        let characters = Array(SafeText.line(s.text))
        guard let m = s.matches.first, width > 8 else { return (String(characters), s.matches) }
        var used = 0
        for ch in characters[..<min(m.lowerBound, characters.count)] { used += DisplayWidth.of(ch) }
        guard used > width / 3 else { return (String(characters), s.matches) }
        // Drop characters until the match starts about a quarter of the way in.
        var drop = 0
        var dropped = 0
        while drop < m.lowerBound, used - dropped > width / 4 {
            dropped += DisplayWidth.of(characters[drop])
            drop += 1
        }
        let kept = "…" + String(characters[drop...])
        let shift = drop - 1
        let matches = s.matches.compactMap { r -> Range<Int>? in
            let lower = r.lowerBound - shift, upper = r.upperBound - shift
            return upper > 1 ? max(1, lower)..<upper : nil
        }
        return (kept, matches)
    }

    // MARK: Help

    private func renderHelp(_ canvas: inout Canvas, scroll: Int) {
        let lines = helpLines
        for n in 0..<max(0, rows - statusRows) {
            let k = scroll + n
            guard k < lines.count else { break }
            canvas.write(lines[k], role: k == 0 ? .titleBar : .text, row: n, column: 0)
        }
        renderStatus(&canvas, hint: V.keyHelp.text(in: language) + " · q", position: "")
    }
}

/// Where each column of the list goes at a width: the date and the counts fixed, the
/// names and the subject sharing the rest; the narrower the screen, the fewer columns.
struct ListLayout {
    var cells: [(LibraryColumn, Int, Int)] = []

    init(width: Int, numberWidth widest: Int, language: Language) {
        let numberWidth = min(10, max(DisplayWidth.of(LibraryColumn.number.title.text(in: language)) + 2, widest))
        let countWidth = max(DisplayWidth.of(LibraryColumn.questions.title.text(in: language)) + 2, 5)
        var columns: [(LibraryColumn, Int)] = []
        if width >= 24 { columns.append((.date, 10)) }
        if width >= 40 { columns.append((.number, numberWidth)) }
        // The flexible columns get what is left after the fixed ones and a space each.
        let fixed = columns.reduce(0) { $0 + $1.1 + 1 } + (width >= 40 ? countWidth + 1 : 0)
        let flexible = max(1, width - fixed - (width >= 70 ? 2 : width >= 50 ? 1 : 0))
        if width >= 70 {
            let askers = flexible * 3 / 10, answerer = flexible / 4
            columns += [(.askers, askers), (.answerer, answerer), (.subject, flexible - askers - answerer)]
        } else if width >= 50 {
            let askers = flexible * 2 / 5
            columns += [(.askers, askers), (.subject, flexible - askers)]
        } else {
            columns.append((.subject, flexible))
        }
        if width >= 40 { columns.append((.questions, countWidth)) }
        var x = 0
        for (c, w) in columns {
            cells.append((c, x, w))
            x += w + 1
        }
    }

    static func text(of d: LibraryRow, _ column: LibraryColumn) -> String {
        switch column {
        case .date: d.date
        case .number: d.number
        case .askers: d.askers
        case .answerer: d.answerer
        case .subject: d.subject.isEmpty ? d.fileName : d.subject
        case .questions: "\(d.answered)/\(d.questions)"
        }
    }
}
