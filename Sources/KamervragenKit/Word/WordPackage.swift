import OpenXMLPackage

/// The parts of a Word package the reader uses, found the way Word finds them: the main
/// part by its content type, every other part through the main part's relationships.
struct WordPackage {
    let package: OfficePackage
    let mainPart: String
    let relationships: Relationships

    /// The main part's content types: a document, a template, and their macro-enabled forms.
    static let mainContentTypes: Set<String> = [
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
        "application/vnd.ms-word.document.macroEnabled.main+xml",
        "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
    ]

    init(bytes: [UInt8], zipLimits: ZipLimits = .standard, xmlLimits: XMLLimits = .standard) throws(WordReadError) {
        do {
            package = try OfficePackage(bytes: bytes, zipLimits: zipLimits, xmlLimits: xmlLimits)
        } catch {
            throw .package(error)
        }
        let candidates = package.contentTypes.parts(ofType: Self.mainContentTypes)
        guard !candidates.isEmpty else {
            throw .notWordPackage
        }
        // Where the package's own relationships name the office document, that one wins.
        var main = candidates[0]
        if candidates.count > 1, let root = try? package.relationships(of: ""),
           let office = root.first(ofTypeEndingWith: "officeDocument"), !office.external,
           candidates.contains(office.target) {
            main = office.target
        }
        guard package.archive.entry(named: main) != nil else {
            throw .missingMainPart(main)
        }
        mainPart = main
        do {
            relationships = try package.relationships(of: main)
        } catch {
            throw .package(error)
        }
    }

    /// The part a relationship of the main part names, by the end of its type URI
    /// (`footnotes`, `endnotes`, `numbering`, `styles`, `settings`).
    func part(_ type: String) -> String? {
        guard let r = relationships.first(ofTypeEndingWith: type), !r.external else { return nil }
        return r.target
    }
}
