import KamervragenKit

/// What wrapping reads of a block, made without the block, for counting its lines.
///
/// A small document is measured whole before its first screen (its line numbers and
/// percentage are exact from the start), but only the first screenful's blocks are shown.
/// Making each of the others (codes, roles, links, note labels and URLs as strings) only
/// to count its lines was most of the measuring. Nearly every paragraph is printable
/// ASCII and the accented letters, dashes and quotes of Dutch text, and no URL: each of
/// its characters is one cell wide and breakable only at a space, which the UTF-8 says
/// without decoding. For such a block this gives the cell bytes `Block` would hold (width
/// and break flag; the role bits, which wrapping reads only to find URLs, left at zero);
/// for any other block nil, and the block is made and wrapped as before.
extension BlockMaker {
    func plainCells(_ source: BlockSource) -> [UInt8]? {
        var cells: [UInt8] = []
        cells.reserveCapacity(Int(source.size) + 8)
        let item = Int(source.item), part = Int(source.part)
        let plain: Bool
        switch source.kind {
        case .questionParagraph:
            plain = appendPlainCells(of: document.questions[item].paragraphs[part], to: &cells)
        case .answerParagraph:
            plain = appendPlainCells(of: document.answers[item].paragraphs[part], to: &cells)
        case .notice:
            plain = appendPlainCells(of: document.notices[item].paragraphs[part], to: &cells)
        case .preamble, .closing:
            switch document.items[item] {
            case .preamble(let ps), .closing(let ps): plain = appendPlainCells(of: ps[part], to: &cells)
            default: plain = false
            }
        case .note:
            // As `ContentBuilder.noteBlock`: the label, a space, the text, when it has no URL.
            let note = document.footnotes[item]
            if note.urlCount == 0, appendLabelCells(note.id.kind, note.id.label.utf8, to: &cells) {
                cells.append(Block.cell(width: 1, role: .text, breaks: true))
                plain = note.withTextUTF8 { Self.appendPlainCells($0, to: &cells) }
            } else {
                plain = false
            }
        case .metadata, .questionHeading, .answerLink, .answerHeading, .covers, .notesHeading:
            // A line or two of the program's words: made as before.
            plain = false
        }
        return plain ? cells : nil
    }

    /// The runs of `p` as `appendRuns` would lay them out; false at a URL or a link
    /// (wrapping treats those apart) or at a character that is not plain.
    private func appendPlainCells(of p: Paragraph, to cells: inout [UInt8]) -> Bool {
        var plain = true
        p.forEachRun { kind, bytes in
            guard plain else { return }
            switch kind {
            case .text: plain = Self.appendPlainCells(bytes, to: &cells)
            case .footnoteRef, .endnoteRef:
                plain = appendLabelCells(kind == .footnoteRef ? .footnote : .endnote, bytes, to: &cells)
            case .url, .link: plain = false
            }
        }
        return plain
    }

    /// A note marker as `label(_:)` writes it (`[1]`, `[e1]`) from its label's UTF-8,
    /// when that is printable ASCII: no string is made for it.
    private func appendLabelCells(_ kind: NoteKind, _ label: some Collection<UInt8>, to cells: inout [UInt8]) -> Bool {
        let plain = Block.cell(width: 1, role: .text)
        cells.append(plain)
        if kind == .endnote && bothKinds { cells.append(plain) }
        for b in label {
            guard b >= 0x20, b < 0x7F else { return false }
            cells.append(Block.cell(width: 1, role: .text, breaks: b == 0x20))
        }
        cells.append(plain)
        return true
    }

    /// One cell per character, when every character of `bytes` is printable ASCII or one
    /// of `Block.plainScalar`'s: what `Block.append(utf8:)` gives such text, where a space
    /// is the only break. Written in loops the compiler vectorises where it can: this
    /// passes over nearly every byte of a small document before its first screen.
    static func appendPlainCells(_ bytes: ByteText, to cells: inout [UInt8]) -> Bool {
        let plain = Block.cell(width: 1, role: .text), space = Block.cell(width: 1, role: .text, breaks: true)
        return bytes.withUnsafeBuffer { input in
            let n = input.count
            guard n > 0 else { return true }
            // All printable ASCII (most runs): a byte is a cell.
            var low: UInt8 = 0xFF, high: UInt8 = 0
            for b in input {
                low = min(low, b)
                high = max(high, b)
            }
            if low >= 0x20 && high < 0x7F {
                cells.appendMarkingSpaces(bytes, plain: plain, space: space)
                return true
            }
            // Else character by character; there are at most as many as bytes.
            let at = cells.count
            cells.append(contentsOf: repeatElement(plain, count: n))
            var written = 0
            let ok = cells.withUnsafeMutableBufferPointer { out -> Bool in
                var k = 0
                while k < n {
                    let b = input[k]
                    if b >= 0x20 && b < 0x7F {
                        if b == 0x20 { out[at + written] = space }
                        k += 1
                    } else if b >= 0x80, let (_, length) = Block.plainScalar(bytes, at: k) {
                        k += length
                    } else {
                        return false
                    }
                    written += 1
                }
                return true
            }
            cells.removeLast(n - written)
            return ok
        }
    }
}
