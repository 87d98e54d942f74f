import KamervragenKit

/// The document as wrapped plain text for a pipe (as `man` does): the same blocks the
/// reader shows, so questions carry their answer links and combined answers their
/// questions, but never an escape code — control characters become visible stand-ins.
public func plainTextDump(of document: Document, width: Int, language: Language = .english) -> String {
    var out = ""
    plainTextDump(of: document, width: width, language: language) { out += $0 }
    return out
}

/// The same text handed to `write` a block at a time, so a large document is written as
/// it is made rather than held whole with its copies.
public func plainTextDump(of document: Document, width: Int, language: Language = .english, _ write: (String) -> Void) {
    // Nothing can be selected in a pipe: a link's URL is written beside its words.
    let content = Content(document: document, language: language, linkTargetsShown: true)
    let w = max(1, width)
    if document.metadata.title != nil {
        // Wrapped like the text: a long title would otherwise run past the width that
        // every other line keeps to.
        var title = Block(owner: .metadata, spaceBefore: false)
        title.append(content.title, role: .text)
        var out = ""
        Layout.wrap(title, width: w) { start, end in out += title.text(start..<end) + "\n" }
        write(out + "\n")
    }
    for index in 0..<content.count {
        let block = content.makeBlock(index)
        var out = block.spaceBefore && index > 0 ? "\n" : ""
        Layout.wrap(block, width: w) { start, end in
            var line = block.text(start..<end)
            while line.last == " " { line.removeLast() }
            out += line + "\n"
        }
        write(out)
    }
}
