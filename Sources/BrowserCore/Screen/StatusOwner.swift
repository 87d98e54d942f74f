extension Browser {
    /// What the status line names. Mostly the owner of the top line, but at the end of a
    /// document the screen cannot scroll the notes up to the top: there the reader is
    /// reading the notes while the top line is still in the last answer, so once the notes
    /// fill at least half of the text rows the status line says it is in the notes.
    /// Only the status line: `a`, `]` and `[` keep working from the top line.
    var statusOwner: Owner? {
        let owner = currentOwner
        guard maxTop > 0, top == maxTop, owner != .notes else { return owner }
        if let f = focusBlock, visibleLines.contains(line(ofBlock: f)) { return owner }
        let middle = top + (textRows - 1) / 2
        for li in visibleLines where li <= middle {
            let line = layout.lines[li]
            let b = Int(line.block)
            if content.sources[b].owner == .notes, b == 0 || content.sources[b - 1].owner != .notes { return .notes }
        }
        return owner
    }
}
