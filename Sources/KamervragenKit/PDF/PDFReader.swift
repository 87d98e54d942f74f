/// Opens the typeset "Aanhangsel van de Handelingen" PDFs: `pdftotext -bbox-layout`
/// gives word boxes, `TypesetText` turns them back into the plain text the parser reads,
/// and the publication facts read off the page furniture fill the metadata the text
/// itself no longer carries.
public enum PDFReader: DocumentReader {
    /// PDFs are recognised by their bytes, never by the file name.
    public static func isPDF(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: Array("%PDF-".utf8))
    }

    static func recognises(_ bytes: [UInt8]) -> Bool { isPDF(bytes) }

    static var nothingFoundPlace: String { Catalogue.Load.inPDFText.text() }

    static func read(_ bytes: consuming [UInt8], source: String) throws(LoadError) -> SourceText {
        try read(bytes, source: source, settings: .fromEnvironment())
    }

    static func read(_ bytes: [UInt8], source: String, settings: Pdftotext.Settings) throws(LoadError) -> SourceText {
        try read(bboxLayout: try Pdftotext.bboxLayout(of: bytes, source: source, settings: settings), source: source)
    }

    /// Everything after pdftotext, for callers that hold its output already (tests, the
    /// pdf-bbox fuzz target), so they run exactly what a PDF file goes through.
    static func read(bboxLayout xhtml: [UInt8], source: String) throws(LoadError) -> SourceText {
        let converted = try convert(bboxLayout: xhtml, source: source)
        var facts = Metadata()
        facts.publicationID = converted.facts.publicationID
        facts.aanhangsel = converted.facts.aanhangsel
        facts.session = converted.facts.session
        return SourceText(source: source, lines: converted.lines, notes: converted.sourceNotes, facts: facts)
    }

    /// The document as Word text through Apache POI prints it (note markers as
    /// `[footnoteRef:N]`, bodies ` [N: …]` after the paragraph citing them): the same
    /// document as a text file, for the benchmark that compares opening the two. The
    /// reader never parses this; it hands the parser lines and marks.
    package static func poiText(bytes: [UInt8], source: String) throws(LoadError) -> String {
        try read(bytes, source: source).poiText
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
                throw LoadError(.badData, path: source, Catalogue.Load.pdfWithoutPages.text())
            }
            throw LoadError(.helperFailed, path: source, Catalogue.Load.pdftotextNoPages.text())
        }
        if pages.allSatisfy({ $0.lines.isEmpty }) {
            throw LoadError(.badData, path: source, Catalogue.Load.noTextLayer.text())
        }
        return TypesetText(pages: pages)
    }
}

extension SourceText {
    /// The lines as Word text through Apache POI prints them: each note reference as
    /// `[footnoteRef:N]` where it stands, each note body ` [N: …]` after the line of the
    /// same number. For comparing a reader's output with text, never for parsing.
    var poiText: String {
        var out = ""
        var notes = self.notes[...]
        for line in lines {
            out += MarkedText(bytes: line.withBytes(Array.init), marks: line.marks).poiText
            while let note = notes.first, note.line == line.number, !line.isBlank {
                out += " [\(note.id.label): \(note.text.text)]"
                notes = notes.dropFirst()
            }
            out += "\n"
        }
        return out
    }
}

extension MarkedText {
    /// The text with each note reference written as POI writes it (`[footnoteRef:N]`).
    var poiText: String {
        var out = ""
        var at = 0
        for mark in marks {
            guard case .noteRef(let id) = mark.kind else { continue }
            out += bytes[at..<Int(mark.offset)].string + "[\(id.kind == .footnote ? "footnoteRef" : "endnoteRef"):\(id.label)]"
            at = Int(mark.offset)
        }
        return out + bytes[at...].string
    }
}
