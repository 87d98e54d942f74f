import KamervragenKit

/// The document as wrapped plain text for a pipe (as `man` does): the same blocks the
/// reader shows, so questions carry their answer links and combined answers their
/// questions, but never an escape code — control characters become visible stand-ins.
public func plainTextDump(of document: Document, width: Int) -> String {
    let content = Content(document: document)
    var out = ""
    let w = max(1, width)
    if document.metadata.title != nil {
        // Wrapped like the text: a long title would otherwise run past the width that
        // every other line keeps to.
        var title = Block(owner: .metadata, spaceBefore: false)
        title.append(content.title, role: .text)
        Layout.wrap(title, width: w) { start, end in out += title.text(start..<end) + "\n" }
        out += "\n"
    }
    for (index, block) in content.blocks.enumerated() {
        if block.spaceBefore && index > 0 { out += "\n" }
        Layout.wrap(block, width: w) { start, end in
            var line = block.text(start..<end)
            while line.last == " " { line.removeLast() }
            out += line + "\n"
        }
    }
    return out
}
