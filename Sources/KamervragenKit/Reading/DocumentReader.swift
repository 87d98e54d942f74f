/// A reader: the bytes of one file format to the reader boundary (`SourceText`).
///
/// How a new reader plugs in (docs/architecture.md says more): a type in a folder of its
/// own that conforms to this protocol, and an entry in `DocumentLoader.readers`. The
/// loader asks each listed reader in turn whether the bytes are its format; plain text is
/// the fallback, so a reader recognises its format by content, never by file name.
protocol DocumentReader: SendableMetatype {
    /// Whether `bytes` are this reader's format: a cheap test of the first bytes.
    static func recognises(_ bytes: [UInt8]) -> Bool

    /// The document's lines, notes and facts. Errors are one `LoadError` each (bad data,
    /// a missing or failing helper program), never a trap.
    static func read(_ bytes: consuming [UInt8], source: String) throws(LoadError) -> SourceText
}

extension DocumentReader {
    /// Where the loader says it looked when the bytes hold no question, answer or notice
    /// ("no questions, answers or notice found" + this).
    static var nothingFoundPlace: String { "" }
}
