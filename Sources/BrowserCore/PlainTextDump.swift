import KamervragenKit

/// The document as wrapped plain text for a pipe (as `man` does): the same blocks the
/// reader shows, so questions carry their answer links and combined answers their
/// questions, but never an escape code — control characters become visible stand-ins.
public func plainTextDump(of document: Document, width: Int) -> String {
    let content = Content(document: document)
    var out = ""
    if document.metadata.title != nil { out += SafeText.sanitized(content.title) + "\n\n" }
    let w = max(1, width)
    for index in 0..<content.count {
        let block = content.makeBlock(index)
        if block.spaceBefore && index > 0 { out += "\n" }
        Layout.wrap(block, width: w) { start, end in
            var line = block.text(start..<end)
            while line.last == " " { line.removeLast() }
            out += line + "\n"
        }
    }
    return out
}
