/// Opens the typeset "Aanhangsel van de Handelingen" PDFs: `pdftotext -bbox-layout`
/// gives word boxes, `TypesetText` turns them back into the plain text the parser reads,
/// and the publication facts read off the page furniture fill the metadata the text
/// itself no longer carries.
public enum PDFReader {
    /// PDFs are recognised by their bytes, never by the file name.
    public static func isPDF(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: Array("%PDF-".utf8))
    }

    /// The PDF as parser-ready text (one paragraph per line, POI-style note markers).
    public static func text(bytes: [UInt8], source: String) throws(LoadError) -> String {
        try convert(bytes: bytes, source: source).text
    }

    static func convert(bytes: [UInt8], source: String, settings: Pdftotext.Settings = .fromEnvironment()) throws(LoadError) -> TypesetText {
        let xhtml = try Pdftotext.bboxLayout(of: bytes, source: source, settings: settings)
        return try convert(bboxLayout: xhtml, source: source)
    }

    /// Separate from running pdftotext so tests can feed recorded output.
    static func convert(bboxLayout xhtml: [UInt8], source: String) throws(LoadError) -> TypesetText {
        let pages = BBoxLayout.parse(xhtml)
        if pages.isEmpty {
            if xhtml.firstRange(of: Array("<doc".utf8)) != nil {
                throw LoadError(.badData, path: source, "the PDF has no pages")
            }
            throw LoadError(.helperFailed, path: source, "pdftotext printed no pages (not its -bbox-layout output)")
        }
        if pages.allSatisfy({ $0.lines.isEmpty }) {
            throw LoadError(.badData, path: source, "no text layer (scanned image?)")
        }
        return TypesetText(pages: pages)
    }
}
