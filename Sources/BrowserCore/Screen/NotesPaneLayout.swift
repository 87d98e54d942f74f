import KamervragenKit

/// The notes pane wrapped to the screen width, and which of its lines show. Both the
/// renderer and Tab need it: Tab must know the pane's links, and a URL selected with Tab
/// must be scrolled into the pane or the reader would select something they cannot see.
struct NotesPaneLayout {
    struct Line {
        var note: NoteID
        var block: Block
        var start: Int
        var end: Int
    }

    var lines: [Line] = []
    /// The pane block of every note listed, in pane order.
    var blocks: [(note: NoteID, block: Block)] = []
    /// The first line shown.
    var start = 0
}

extension Browser {
    /// Lays the pane out now rather than once: the notes are few, and they change as the
    /// screen scrolls.
    var notesPaneLayout: NotesPaneLayout {
        var out = NotesPaneLayout()
        var focusLine = 0
        for (id, position) in notesForPane {
            if id == notes?.focus { focusLine = out.lines.count }
            // The focused note is only placed first in view, not highlighted: the one
            // highlight on screen is the selected link (issue 9 item 6: the pane kept
            // drawing its focus as selected after Tab had moved on to another link).
            let block = noteIndex.paneBlock(position, of: document, label: content.noteLabel(id))
            out.blocks.append((id, block))
            Layout.wrap(block, width: max(1, columns)) { s, e in out.lines.append(.init(note: id, block: block, start: s, end: e)) }
        }
        let height = max(0, paneRows - 1)
        var start = min(focusLine, max(0, out.lines.count - height))
        // A selected URL further down a long note than the pane is high: show its line.
        if let s = selection, let note = s.pane,
           let entry = out.blocks.first(where: { $0.note == note }), entry.block.links.indices.contains(s.link) {
            let at = entry.block.links[s.link].range.lowerBound
            if let line = out.lines.firstIndex(where: { $0.note == note && $0.start <= at && at < max($0.end, $0.start + 1) }) {
                if line < start { start = line }
                if line >= start + height { start = line - height + 1 }
            }
        }
        out.start = max(0, start)
        return out
    }
}
