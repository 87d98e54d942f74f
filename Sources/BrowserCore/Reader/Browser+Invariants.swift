import KamervragenKit

extension Browser {
    /// The rules every state keeps after any key and any resize, checked against the
    /// frame just rendered; an empty list when they all hold. The storms (the property
    /// tests of issue 9) call this after every step. Kept beside the state it reads, so
    /// the state stays internal, and checked from the document and the grid, not from
    /// the renderer's own bookkeeping: a highlighted cell must lie in a match that is
    /// found again in that cell's own text.
    /// The frame, drawn, and the rules checked against it, and one more: drawing leaves
    /// the screen where the state said it was. Drawing measures any line still estimated,
    /// and had it renumbered the lines on screen the frame would show other text than
    /// the state (the top line, the selection, the matches) describes.
    package func renderChecked() -> (grid: ScreenGrid, violations: [String]) {
        let (topBefore, countBefore) = (top, layout.count)
        let grid = render()
        var out: [String] = []
        if mode == .reading, top != topBefore {
            out.append("drawing moved the top line from \(topBefore) to \(top) (of \(countBefore) lines, then \(layout.count))")
        }
        return (grid, out + invariantViolations(of: grid))
    }

    package func invariantViolations(of grid: ScreenGrid) -> [String] {
        var out: [String] = []
        // The grid exactly fills the size.
        if grid.rows != rows || grid.columns != columns || grid.codes.count != rows * columns {
            out.append("grid \(grid.rows)×\(grid.columns) (\(grid.codes.count) cells) for a \(rows)×\(columns) screen")
            return out
        }
        for r in 0..<grid.rows {
            let base = r * grid.columns
            for c in 0..<grid.columns where grid.codes[base + c].isContinuation {
                if c == 0 || grid.codes[base + c - 1].isContinuation { out.append("continuation cell without a wide character at \(r),\(c)") }
            }
        }
        if let cursor = grid.cursor, !(0..<rows).contains(cursor.row) || !(0..<columns).contains(cursor.column) {
            out.append("cursor \(cursor) outside the grid")
        }
        // The position is inside the document.
        if top < 0 || top > maxTop { out.append("top \(top) outside 0...\(maxTop)") }
        for place in [here] + back + forward {
            if !content.blocks.isEmpty, !content.blocks.indices.contains(place.anchor.block) { out.append("anchor \(place.anchor) outside the document") }
            if let f = place.focusBlock, !content.blocks.indices.contains(f) { out.append("focus block \(f) outside the document") }
            if let q = place.cameFromQuestion, !document.questions.indices.contains(q) { out.append("question \(q) outside the document") }
        }
        switch mode {
        case .reading:
            break
        case .help(let scroll):
            if scroll < 0 || scroll > helpMaxScroll { out.append("help scrolled to \(scroll) of \(helpMaxScroll)") }
        case .contents(let selected, let scroll):
            let count = document.questions.count
            if count > 0, !(0..<count).contains(selected) { out.append("contents row \(selected) of \(count) selected") }
            if contentsRows > 0, count > 0, !(scroll...(scroll + contentsRows - 1)).contains(selected) {
                out.append("contents row \(selected) off screen (scroll \(scroll), \(contentsRows) rows)")
            }
        }
        if let p = prompt, p.stack.count != p.text.count { out.append("prompt '\(p.text)' holds \(p.stack.count) result sets") }
        // While a query is typed, what is highlighted is what it finds (before the first
        // letter, the last search stays highlighted, as in less).
        if let p = prompt, !p.text.isEmpty, let s = search, s.query != SearchQuery(p.text) {
            out.append("search for '\(s.query.text)' under the prompt '\(p.text)'")
        }
        if let s = search, let c = s.current, !(0..<s.count).contains(c) { out.append("current match \(c) of \(s.count)") }
        // The selection is a link on screen, or there is none.
        if let s = selection, !selectableLinks.contains(s) { out.append("selection \(s) is not a link on screen") }
        guard mode == .reading else { return out }
        out += cellViolations(grid)
        return out
    }

    /// What each text and pane cell shows, checked against the selection and the search.
    private func cellViolations(_ grid: ScreenGrid) -> [String] {
        var out: [String] = []
        let selectedRange: Range<Int>? = selection.flatMap { s in
            guard s.pane == nil, content.blocks.indices.contains(s.block), content.blocks[s.block].links.indices.contains(s.link) else { return nil }
            return content.blocks[s.block].links[s.link].range
        }
        var verified: [Hit: Bool] = [:]
        let firstRow = chromeRows.title
        for (row, li) in visibleLines.enumerated() {
            let line = layout.lines[li]
            let b = Int(line.block)
            let block = content.blocks[b]
            var col = 0
            let lineHits = search.map { hits($0, block: b, characters: Int(line.start)..<Int(line.end)) } ?? []
            for ci in Int(line.start)..<Int(line.end) where !line.isBlank {
                let w = block.width(at: ci)
                defer { col += w }
                guard col + w <= columns else { break }
                let cell = grid.codes[(firstRow + row) * grid.columns + col]
                switch cell.role {
                case .selectedLink:
                    if selection?.block != b || selectedRange?.contains(ci) != true {
                        out.append("cell \(firstRow + row),\(col) drawn as selected outside the selected link")
                    }
                case .searchMatch, .currentMatch:
                    guard let s = search else { out.append("cell \(firstRow + row),\(col) highlighted with no search"); break }
                    let hits = lineHits
                    guard let h = hits.firstIndex(where: { Int($0.start) <= ci && ci < Int($0.end) }) else {
                        out.append("cell \(firstRow + row),\(col) highlighted outside every match")
                        break
                    }
                    let key = hits[h]
                    if verified[key] == nil {
                        // The hit's own characters, folded as a query is, hold the query.
                        let text = block.text(Int(hits[h].start)..<Int(hits[h].end))
                        verified[key] = SearchFolding.fold(text, caseSensitive: s.query.isCaseSensitive).firstRange(of: s.query.units) != nil
                    }
                    if verified[key] == false {
                        out.append("highlight at \(firstRow + row),\(col) is not a match of '\(s.query.text)'")
                    }
                default:
                    break
                }
            }
        }
        if paneRows > 0 {
            let pane = notesPaneLayout
            let first = rows - chromeRows.status - paneRows + 1
            let paneSelected: (NoteID, Range<Int>)? = selection.flatMap { s in
                guard let note = s.pane, let entry = pane.blocks.first(where: { $0.note == note }),
                      entry.block.links.indices.contains(s.link) else { return nil }
                return (note, entry.block.links[s.link].range)
            }
            for (row, line) in pane.lines.dropFirst(pane.start).prefix(paneRows - 1).enumerated() {
                var col = 0
                for ci in line.start..<line.end {
                    let w = line.block.width(at: ci)
                    defer { col += w }
                    guard col + w <= columns else { break }
                    if grid.codes[(first + row) * grid.columns + col].role == .selectedLink,
                       paneSelected?.0 != line.note || paneSelected?.1.contains(ci) != true {
                        out.append("pane cell \(first + row),\(col) drawn as selected outside the selected link")
                    }
                }
            }
        }
        return out
    }
}
