extension Browser {
    /// Rows of the help and contents screens between their title and status lines.
    var helpRows: Int { max(0, rows - chromeRows.title - chromeRows.status) }
    var contentsRows: Int { helpRows }

    /// How far the help can scroll: its last line at the bottom of the screen.
    var helpMaxScroll: Int { max(0, KeyTable.helpLines(width: columns).count - max(1, helpRows)) }

    /// Brings back into range whatever a key or a new size may have left outside it, so
    /// every frame starts from a state the renderer can draw as it is: the top line within
    /// the document, the help and contents scrolled to something that exists with the
    /// contents' selected row in view, and a selected link only while it is on screen.
    /// Runs after every key and every resize; the storms check these same rules.
    mutating func settle() {
        // The top line is the anchor's line, held within `0...maxTop`; its screen (and the
        // end's, when the screen reaches it) is measured now, so the frame is drawn from
        // exact line numbers. A place restored from the history or the search prompt's
        // origin may lie among lines still estimated (a resize makes them all estimates
        // again on a large document), and measuring them while drawing renumbered the
        // lines under the frame: it showed other lines than the state said, and the
        // search highlight landed beside its match.
        if mode == .reading { _ = layout.prepareScreen(top: layout.line(for: anchor), rows: max(1, textRows)) }
        if let f = focusBlock, !content.blocks.indices.contains(f) { focusBlock = nil }
        switch mode {
        case .reading:
            break
        case .help(let scroll):
            mode = .help(scroll: min(max(0, scroll), helpMaxScroll))
        case .contents(let selected, let scroll):
            let last = max(0, document.questions.count - 1)
            let sel = min(max(0, selected), last)
            let page = max(1, contentsRows)
            var s = min(max(0, scroll), max(0, last - page + 1))
            if sel < s { s = sel }
            if sel >= s + page { s = sel - page + 1 }
            mode = .contents(selected: sel, scroll: s)
        }
        // A link scrolled off screen (or out of a closed or squeezed-out notes pane) is
        // no longer selected: Enter and `o` must never act on something the reader
        // cannot see.
        if let s = selection, !selectableLinks.contains(s) { selection = nil }
    }
}
