import OpenXMLPackage

/// Opens Word `.docx` files. `read(bytes:)` is a pure function of the bytes (no file, no
/// environment), so a fuzzer can call it directly; `read(_:source:)` is what the loader
/// calls: the reader boundary's form, or a refusal as a `LoadError` naming the file
/// (exit 65).
enum WordReader: DocumentReader {
    /// A ZIP archive or an OLE compound file, told by their first bytes: the reader then
    /// says whether it is a Word document, or what else it is.
    static func recognises(_ bytes: [UInt8]) -> Bool {
        WordDetection.kind(of: bytes) != nil
    }

    static func read(_ bytes: consuming [UInt8], source: String) throws(LoadError) -> SourceText {
        let content: WordContent
        do {
            content = try read(bytes: bytes)
        } catch {
            throw LoadError(.badData, path: source, error.message())
        }
        do {
            return try WordSourceText.make(content, source: source)
        } catch {
            throw LoadError(.badData, path: source, WordReadError.package(error).message())
        }
    }

    static var nothingFoundPlace: String { Catalogue.Load.inWordDocument.text() }

    /// Reads the package and walks its parts; every refusal is a `WordReadError`.
    static func read(bytes: [UInt8], zipLimits: ZipLimits = .standard,
                     xmlLimits: XMLLimits = .standard) throws(WordReadError) -> WordContent {
        switch WordDetection.kind(of: bytes) {
        case .binaryWord: throw .binaryWord
        case .encryptedOffice: throw .encrypted
        case .otherCompoundFile: throw .otherCompoundFile
        case .zipArchive, nil: break
        }
        let word = try WordPackage(bytes: bytes, zipLimits: zipLimits, xmlLimits: xmlLimits)
        do {
            return try walk(word)
        } catch {
            throw .package(error)
        }
    }

    /// The styles, the document, the notes; the numbering and the settings only when a
    /// paragraph asks for a label and a note is cited. The refusals keep that order: the
    /// styles', the document's, the numbering's and settings' when asked for, then each
    /// notes part's.
    private static func walk(_ word: WordPackage) throws(PackageError) -> WordContent {
        let package = word.package
        let limits = package.xmlLimits
        var styles = WordStyles()
        if let part = word.part("styles"), let xml = try package.bytes(of: part) {
            styles = try WordStyles.read(xml, part: part, limits: limits)
        }

        var labels = NoteLabels()
        labels.unreadSettings = word.part("settings").map { (package, $0) }
        var main = WordWalker(relationships: word.relationships, labels: labels, notesPart: false)
        var mainFailure: PackageError?
        do {
            if let xml = try package.bytes(of: word.mainPart) {
                // Without the fallbacks the walk skips; a slice the parser refuses is walked
                // again whole, so that a broken part is refused with its own line.
                var walked = false
                if let slice = WordFallbacks.cut(xml, maxDepth: limits.maxDepth) {
                    walked = (try? SAXParser.parse(slice, part: word.mainPart, into: main, limits: limits)) != nil
                    if !walked { main = WordWalker(relationships: word.relationships, labels: labels, notesPart: false) }
                }
                if !walked { try SAXParser.parse(xml, part: word.mainPart, into: main, limits: limits) }
            }
            main.finish()
        } catch {
            mainFailure = error
        }
        // The note parts: bodies by Word's ids, listed by the labels the text gave them.
        var noteWalks: [(kind: NoteKind, walk: Result<WordWalker, PackageError>)] = []
        if mainFailure == nil {
            for (kind, type) in [(NoteKind.footnote, "footnotes"), (.endnote, "endnotes")] {
                guard let part = word.part(type) else { continue }
                let walk = Result { () throws(PackageError) -> WordWalker in
                    let walker = WordWalker(relationships: try package.relationships(of: part), labels: main.noteLabels, notesPart: true)
                    try package.parse(part, into: walker)
                    walker.finish()
                    return walker
                }
                noteWalks.append((kind, walk))
                if case .failure = walk { break }
            }
        }

        if let mainFailure { throw mainFailure }
        var numbering = WordNumbering(package: package, part: word.part("numbering"), styles: styles)
        var content = WordContent()
        content.lines = main.resolve(styles: styles, numbering: &numbering).lines
        if let failure = numbering.failure ?? main.noteLabels.failure { throw failure }
        var bodies: [NoteKind: [String: [WordLine]]] = [:]
        for (kind, walk) in noteWalks {
            let walker = try walk.get()
            let resolved = walker.resolve(styles: styles, numbering: &numbering).notes
            if let failure = numbering.failure { throw failure }
            for (k, n) in walker.notes.enumerated() where n.kind == kind { bodies[kind, default: [:]][n.wordID] = resolved[k] }
        }
        // Headers are page furniture, never shown; their text is read for the cover
        // letter's facts when the letter itself does not print them (a malformed header
        // refuses the file then, as a malformed numbering part does when it is needed).
        let headers = word.relationships.all(ofTypeEndingWith: "header").filter { !$0.external }.map(\.target)
        content.headerLines = { () throws(PackageError) -> [String] in
            var lines: [String] = []
            for header in headers {
                let walker = WordWalker(relationships: try package.relationships(of: header), labels: NoteLabels(), notesPart: true)
                try package.parse(header, into: walker)
                var none = WordNumbering()
                lines += walker.resolve(styles: styles, numbering: &none).lines.map(\.string)
            }
            return lines
        }
        for cited in main.noteLabels.order {
            content.notes.append(WordNote(id: NoteID(cited.kind, cited.label), lines: bodies[cited.kind]?[cited.wordID] ?? []))
        }
        return content
    }
}

/// The note numbering the settings part sets (`w:footnotePr`, `w:endnotePr`).
enum NoteSettings {
    static func labels(package: OfficePackage, part: String?) throws(PackageError) -> NoteLabels {
        let reader = Reader()
        if let part { try package.parse(part, into: reader) }
        return reader.labels
    }

    /// Stops at the end of `w:endnotePr`, or of `w:compat` where there is none: the
    /// settings' schema puts the note properties before `w:compat`, and what follows it
    /// (document variables and revision ids, most of the part) is not read.
    private final class Reader: XMLHandler {
        enum Element: String, CaseIterable { case footnotePr, endnotePr, numFmt, numStart, compat }
        static let vocabulary = XMLVocabulary(Element.self)
        static let byIndex = Element.allCases
        var vocabulary: XMLVocabulary { Self.vocabulary }
        var labels = NoteLabels()
        private var kind: NoteKind?
        let stopsEarly = true
        private(set) var hasAllItNeeds = false

        func startElement(_ name: XMLName, attributes: XMLAttributes) {
            guard name.namespace == .wordprocessingML, let index = name.index else { return }
            switch Self.byIndex[index] {
            case .footnotePr: kind = .footnote
            case .endnotePr: kind = .endnote
            case .numFmt:
                guard let val = attributes.value(.wordprocessingML, "val") else { break }
                if kind == .footnote { labels.footnoteFormat = val } else if kind == .endnote { labels.endnoteFormat = val }
            case .numStart:
                guard let n = attributes.int(.wordprocessingML, "val") else { break }
                if kind == .footnote { labels.footnoteStart = n } else if kind == .endnote { labels.endnoteStart = n }
            case .compat: break
            }
        }

        func endElement(_ name: XMLName) {
            guard name.namespace == .wordprocessingML, let index = name.index else { return }
            let element = Self.byIndex[index]
            if element == .footnotePr || element == .endnotePr { kind = nil }
            if element == .endnotePr || element == .compat { hasAllItNeeds = true }
        }

        func text(_ bytes: [UInt8]) {}
    }
}
