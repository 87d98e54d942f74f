/// The one entry point from a path (or `-`) to a `Document`.
public enum DocumentLoader {
    /// Reads and parses `path`; `-` reads standard input.
    public static func load(path: String) throws(LoadError) -> Document {
        let bytes = try FileBytes.read(path: path)
        return try parse(bytes: consume bytes, source: path)
    }

    /// Parses bytes already in memory (tests, standard input). The bytes are consumed so
    /// they can be freed as soon as they are split into lines.
    public static func parse(bytes: consuming [UInt8], source: String) throws(LoadError) -> Document {
        if PDFReader.isPDF(bytes) { return try PDFReader.document(bytes: bytes, source: source) }
        // Kept only for a file that opens with markup, to say so if nothing is found in it.
        let markup = HTMLSniffer.markupHead(copy bytes)
        let (lines, diagnostics) = try TextDecoding.lines(from: bytes, source: source)
        var doc = DocumentParser.parse(lines: consume lines, source: source)
        doc.diagnostics.insert(contentsOf: diagnostics, at: 0)
        if doc.isEmpty {
            if let markup, HTMLSniffer.looksLikeHTML(markup) {
                throw LoadError(.badData, path: source, Catalogue.Input.htmlNotText.text())
            }
            throw LoadError.nothingFound(in: doc, path: source)
        }
        return doc
    }
}


extension DocumentParser {
    /// Parses text already decoded (tests, the PDF reader's text).
    public static func parse(_ text: String, source: String) -> Document {
        parse(lines: LineSplitter.split(text), source: source)
    }
}

extension PDFReader {
    public static func document(bytes: [UInt8], source: String) throws(LoadError) -> Document {
        try document(bytes: bytes, source: source, settings: .fromEnvironment())
    }

    static func document(bytes: [UInt8], source: String, settings: Pdftotext.Settings) throws(LoadError) -> Document {
        let converted = try convert(bytes: bytes, source: source, settings: settings)
        var document = DocumentParser.parse(converted.text, source: source)
        // A PDF with text but no Kamervragen in it (a Kamerstuk, a letter) is refused
        // the way a text file without questions is, rather than shown empty.
        if document.isEmpty { throw LoadError.nothingFound(in: document, path: source, where: " in the PDF's text") }
        let facts = converted.facts
        if document.metadata.publicationID == nil { document.metadata.publicationID = facts.publicationID }
        if document.metadata.aanhangsel == nil { document.metadata.aanhangsel = facts.aanhangsel }
        if document.metadata.session == nil { document.metadata.session = facts.session }
        return document
    }
}
