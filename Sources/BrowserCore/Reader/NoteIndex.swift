import KamervragenKit
import Synchronization

/// Where each note is in `document.footnotes`, and each note's block for the notes pane
/// once made. `Document.footnote(_:)` searches the list from the start, and the pane asked
/// it for every note on screen on every frame: on a 300×100 screen of the 10,000-note
/// question that was some four thousand searches through ten thousand notes per frame.
/// Built on first use (the first frame never needs it); shared by every copy of the
/// browser state, like `Content`.
final class NoteIndex: Sendable {
    private struct State {
        var position: [NoteID: Int]?
        var blocks: [Block?] = []
    }

    private let state = Mutex(State())

    /// The note's index in `document.footnotes` (the first, if a label repeats).
    func position(of id: NoteID, in document: Document) -> Int? {
        state.withLock { s in
            if s.position == nil {
                var table: [NoteID: Int] = [:]
                table.reserveCapacity(document.footnotes.count)
                for (i, note) in document.footnotes.enumerated() where table[note.id] == nil { table[note.id] = i }
                s.position = table
            }
            return s.position?[id]
        }
    }

    /// The pane's block for note `i`, made once: a note is laid out the same on every frame.
    func paneBlock(_ i: Int, of document: Document, label: String) -> Block {
        if let made = state.withLock({ s in s.blocks.indices.contains(i) ? s.blocks[i] : nil }) { return made }
        let block = ContentBuilder.noteBlock(document.footnotes[i], label: label, owner: .notes, spaceBefore: false)
        state.withLock { s in
            if s.blocks.count < document.footnotes.count {
                s.blocks.append(contentsOf: repeatElement(nil, count: document.footnotes.count - s.blocks.count))
            }
            s.blocks[i] = block
        }
        return block
    }
}

extension Block {
    /// The links whose first character lies in `range`. Links are added in reading order
    /// and never overlap, so a binary search finds the first: a question citing 10,000
    /// notes has 10,000 links in one block, and every line on screen asked about them all.
    func links(startingIn range: Range<Int>) -> Range<Int> {
        firstLink { $0.range.lowerBound >= range.lowerBound }..<firstLink { $0.range.lowerBound >= range.upperBound }
    }

    /// The links with a character in `range`.
    func links(overlapping range: Range<Int>) -> Range<Int> {
        firstLink { $0.range.upperBound > range.lowerBound }..<firstLink { $0.range.lowerBound >= range.upperBound }
    }

    /// The first link for which `isPast` holds (it holds for every later one too).
    private func firstLink(_ isPast: (Link) -> Bool) -> Int {
        var lo = 0, hi = links.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if isPast(links[mid]) { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }
}
