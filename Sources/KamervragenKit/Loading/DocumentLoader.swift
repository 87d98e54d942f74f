/// The one entry point from a path (or `-`) to a `Document`: read the bytes, let the
/// reader that recognises them turn them into the reader boundary's form, parse that.
public enum DocumentLoader {
    /// The readers asked in turn, before plain text (which takes whatever is left).
    static let readers: [any DocumentReader.Type] = [PDFReader.self]

    /// Reads and parses `path`; `-` reads standard input.
    public static func load(path: String) throws(LoadError) -> Document {
        let bytes = try FileBytes.read(path: path)
        return try parse(bytes: consume bytes, source: path)
    }

    /// Parses bytes already in memory (tests, standard input). The bytes are consumed so
    /// they can be freed as soon as they are split into lines.
    public static func parse(bytes: consuming [UInt8], source: String) throws(LoadError) -> Document {
        let reader: any DocumentReader.Type = readers.first { $0.recognises(bytes) } ?? TextReader.self
        return try parse(try reader.read(bytes, source: source), nothingFoundIn: reader.nothingFoundPlace)
    }

    /// The parse of a reader's output, refused when it holds no Kamervragen at all (a
    /// Kamerstuk, a letter) rather than shown empty.
    static func parse(_ text: consuming SourceText, nothingFoundIn place: String) throws(LoadError) -> Document {
        let source = text.source
        let doc = DocumentParser.parse(text)
        if doc.isEmpty { throw LoadError.nothingFound(in: doc, path: source, where: place) }
        return doc
    }
}

extension DocumentParser {
    /// Parses text already decoded (tests, tools).
    public static func parse(_ text: String, source: String) -> Document {
        parse(SourceText(source: source, lines: LineSplitter.split(text)))
    }
}

extension PDFReader {
    public static func document(bytes: [UInt8], source: String) throws(LoadError) -> Document {
        try document(bytes: bytes, source: source, settings: .fromEnvironment())
    }

    static func document(bytes: [UInt8], source: String, settings: Pdftotext.Settings) throws(LoadError) -> Document {
        try DocumentLoader.parse(try read(bytes, source: source, settings: settings), nothingFoundIn: nothingFoundPlace)
    }
}
