import Foundation
import Testing

/// Diagnostics for people follow the locale; the export's are a contract for scripts: a
/// stable English `message` and a stable `code`, whatever the locale.
struct CLIDiagnosticsLanguageTests {
    static let dutch = ["LANG": "nl_NL.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""]
    static let english = ["LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""]

    static func unanswered() throws -> String {
        try CLI.scratchFile("onbeantwoord.txt", text: "Vraag 1\nWaarom?\n\nAntwoord op vraag 1\nDaarom.\n\nVraag 2\nEn nu?\n")
    }

    @Test func outlineDiagnosticsAreInTheUsersLanguage() throws {
        let file = try Self.unanswered()
        let nl = try Binary.run(["outline", "--diagnostics", file], environment: Self.dutch)
        #expect(nl.status == 0)
        #expect(nl.stderr.contains(":7: warning: vraag 2 wordt in dit document niet beantwoord"), "\(nl.stderr)")
        #expect(nl.stdout.contains("→ niet beantwoord"))
        let en = try Binary.run(["outline", "--diagnostics", file], environment: Self.english)
        #expect(en.stderr.contains(":7: warning: question 2 is not answered in this document"), "\(en.stderr)")
        #expect(en.stdout.contains("→ not answered"))
    }

    @Test func theExportKeepsItsDiagnosticsInEnglishWithACode() throws {
        let file = try Self.unanswered()
        let nl = try Binary.run(["export", file], environment: Self.dutch)
        let en = try Binary.run(["export", file], environment: Self.english)
        #expect(nl.status == 0)
        #expect(nl.stdout == en.stdout)
        let json = try JSONSerialization.jsonObject(with: Data(nl.stdout.utf8)) as? [String: Any]
        let diagnostics = try #require(json?["diagnostics"] as? [[String: Any]])
        let d = try #require(diagnostics.first { $0["code"] as? String == "notAnswered" })
        #expect(d["message"] as? String == "question 2 is not answered in this document")
        #expect(d["line"] as? Int == 7)
    }
}
