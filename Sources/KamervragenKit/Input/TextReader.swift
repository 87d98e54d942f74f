/// Plain text (UTF-8, or Windows-1252 from old Word exports): lines and nothing beside
/// them. Every note convention in such text is written as text, which the grammar reads.
enum TextReader: DocumentReader {
    /// The fallback: any bytes the other readers do not claim are read as text (and
    /// refused here when they are binary).
    static func recognises(_ bytes: [UInt8]) -> Bool { true }

    static func read(_ bytes: consuming [UInt8], source: String) throws(LoadError) -> SourceText {
        // Consumed: the bytes are freed as soon as they are split into lines.
        let (lines, diagnostics) = try TextDecoding.lines(from: consume bytes, source: source)
        return SourceText(source: source, lines: lines, diagnostics: diagnostics)
    }
}
