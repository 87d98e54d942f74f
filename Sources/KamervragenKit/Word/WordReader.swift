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

    private static func walk(_ word: WordPackage) throws(PackageError) -> WordContent {
        let package = word.package
        let styles = try WordStyles(package: package, part: word.part("styles"))
        let numbering = WordNumbering(package: package, part: word.part("numbering"), styles: styles)
        var labels = NoteLabels()
        labels.unreadSettings = word.part("settings").map { (package, $0) }
        let main = WordWalker(styles: styles, numbering: numbering, relationships: word.relationships,
                              labels: labels, notesPart: false)
        try package.parse(word.mainPart, into: main)
        main.finish()
        if let failure = main.numberingState.failure ?? main.noteLabels.failure { throw failure }
        var content = WordContent()
        content.lines = main.lines
        // The note parts: bodies by Word's ids, listed by the labels the text gave them.
        var bodies: [NoteKind: [String: [WordLine]]] = [:]
        var carried = main.numberingState
        for (kind, type) in [(NoteKind.footnote, "footnotes"), (.endnote, "endnotes")] {
            guard let part = word.part(type) else { continue }
            let walker = WordWalker(styles: styles, numbering: carried, relationships: try package.relationships(of: part),
                                    labels: main.noteLabels, notesPart: true)
            try package.parse(part, into: walker)
            walker.finish()
            carried = walker.numberingState
            if let failure = carried.failure { throw failure }
            for n in walker.notes where n.kind == kind { bodies[kind, default: [:]][n.wordID] = n.lines }
        }
        // Headers are page furniture, never shown; their text is read for the cover
        // letter's facts when the letter itself does not print them (a malformed header
        // refuses the file then, as a malformed numbering part does when it is needed).
        let headers = word.relationships.all(ofTypeEndingWith: "header").filter { !$0.external }.map(\.target)
        content.headerLines = { () throws(PackageError) -> [String] in
            var lines: [String] = []
            for header in headers {
                let walker = WordWalker(styles: styles, numbering: WordNumbering(), relationships: try package.relationships(of: header),
                                        labels: NoteLabels(), notesPart: true)
                try package.parse(header, into: walker)
                lines += walker.lines.map(\.string)
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
    /// (document variables, revision ids: 30 KB in the ministries' template) is not read.
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
