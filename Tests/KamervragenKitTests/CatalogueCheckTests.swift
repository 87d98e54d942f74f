import Foundation
import Testing

/// No program text outside the catalogue (issue 11): the check on the real sources, and
/// the check itself on planted source texts, so it is known to catch what it must.
@Suite struct CatalogueCheckTests {
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    @Test func theSourcesSayNothingOutsideTheCatalogue() throws {
        let findings = try CatalogueCheck.findings(underPackage: Self.packageRoot)
        #expect(findings.isEmpty, "text for the user outside Sources/KamervragenKit/Messages (put it in the catalogue, in Dutch and English): \(findings)")
    }

    @Test func theCheckSeesTheSourcesItMustCheck() throws {
        // A check that read no file would pass whatever the sources say.
        let browser = try String(contentsOf: Self.packageRoot.appendingPathComponent("Sources/BrowserCore/Key.swift"), encoding: .utf8)
        #expect(!CatalogueCheck.literals(in: browser).isEmpty)
    }

    @Test func aPlantedMessageIsFound() {
        let planted = """
            struct X {
                func f() {
                    message = ("this document has no notes", .message)
                    title = "Inhoud"
                    let s = "\\(count) · g or Enter: Vraag \\(count)"
                    let help = \"\"\"
                        Browse a document.
                        \"\"\"
                }
            }
            """
        let found = CatalogueCheck.findings(in: planted, file: "Sources/BrowserCore/X.swift")
        #expect(found.map(\.line) == [3, 4, 5, 6])
        #expect(found.first?.text == "this document has no notes")
    }

    @Test func whatIsNotASentenceIsAllowed() {
        let allowed = """
            // A comment may say "anything at all".
            /// So may "documentation".
            let key = Key.name == "Shift-Tab" ? "Esc" : "Ctrl-"
            let json = ("publicationID", .string(m.id))
            try out.member("diagnostics", doc.diagnostics)
            let term = getenv("TERM"); unsetenv("COLUMNS")
            switch argument {
            case "browse", "outline": true
            }
            if argument == "--max-size" { open("/dev/tty") }
            let text = Catalogue.Reader.noNotes.text(in: language)
            let mark = "\\u{FFFD}"
            let joined = "\\(a) · \\(b)"
            """
        #expect(CatalogueCheck.findings(in: allowed, file: "Sources/BrowserCore/X.swift").isEmpty,
                "\(CatalogueCheck.findings(in: allowed, file: "Sources/BrowserCore/X.swift"))")
    }

    @Test func anInterpolationIsScannedForLiteralsOfItsOwn() {
        let source = #"let s = "\(ok ? "" : "not answered")""#
        #expect(CatalogueCheck.findings(in: source, file: "Sources/kamervragen/X.swift").map(\.text) == ["not answered"])
    }
}
