import KamervragenKit

/// The document as wrapped plain text for a pipe (as `man` does), never any escape code.
/// PROVISIONAL: being built with the layout engine.
public func plainTextDump(of document: Document, width: Int) -> String {
    document.questions.map { "Vraag \($0.number)\n\($0.plainText)\n" }.joined(separator: "\n")
}
