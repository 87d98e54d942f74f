/// The one entry point from a path (or `-`) to a `Document`: read the bytes, let the
/// reader that recognises them turn them into the reader boundary's form, parse that.
public enum DocumentLoader {
    /// The readers asked in turn, before plain text (which takes whatever is left).
    static let readers: [any DocumentReader.Type] = [PDFReader.self, WordReader.self]

    /// Reads and parses `path`; `-` reads standard input. No more than `limits` allows is
    /// read (docs/reliability.md, "Input limits").
    public static func load(path: String, limits: InputLimits = InputLimits()) throws(LoadError) -> Document {
        let bytes = try FileBytes.read(path: path, maxSize: limits.maxSize, refusesEarly: refusesEarly)
        return try parse(bytes: consume bytes, source: path)
    }

    /// What a stream's first bytes already show: no reader claims them and the text reader
    /// would refuse them as binary, so reading `/dev/urandom` stops there rather than at the
    /// size limit. The same test the text reader makes (`TextDecoding.looksBinary`).
    static func refusesEarly(_ prefix: [UInt8]) -> LoadError? {
        if readers.contains(where: { $0.recognises(prefix) }) { return nil }
        return TextDecoding.looksBinary(prefix[...]) ? TextDecoding.binaryError("") : nil
    }

    /// Parses bytes already in memory (tests, standard input). The bytes are consumed so
    /// they can be freed as soon as they are split into lines.
    public static func parse(bytes: consuming [UInt8], source: String) throws(LoadError) -> Document {
        let reader: any DocumentReader.Type = readers.first { $0.recognises(bytes) } ?? TextReader.self
        // Kept only for a file that opens with markup, to say so if nothing is found in it.
        let markup = HTMLSniffer.markupHead(copy bytes)
        let text = try reader.read(consume bytes, source: source)
        return try parse(consume text, nothingFoundIn: reader.nothingFoundPlace, markup: markup)
    }

    /// The parse of a reader's output, refused when it holds no Kamervragen at all (a
    /// Kamerstuk, a letter) rather than shown empty; `markup`, the start of a file that
    /// opens with `<`, says whether that is because it is a web page.
    static func parse(_ text: consuming SourceText, nothingFoundIn place: String, markup: [UInt8]? = nil) throws(LoadError) -> Document {
        let source = text.source
        let doc = DocumentParser.parse(text)
        if doc.isEmpty {
            if let markup, HTMLSniffer.looksLikeHTML(markup) {
                throw LoadError(.badData, path: source, Catalogue.Input.htmlNotText.text())
            }
            throw LoadError.nothingFound(in: doc, path: source, where: place)
        }
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
