import Foundation
import Testing

/// Load errors in the user's language (issue 11): the same one line, naming the file first
/// and with the same exit status, in Dutch for a Dutch locale and in English otherwise.
struct CLILoadErrorLanguageTests {
    static let english = ["LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""]
    static let dutch = ["LANG": "nl_NL.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""]

    /// Each case: how to make the file, its exit status, and a part of each language's line.
    static func cases() throws -> [(path: String, code: Int32, english: String, dutch: String)] {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("kv-ontbreekt-\(UUID().uuidString).txt").path
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kv-map-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return [
            (missing, 66, "no such file", "bestand bestaat niet"),
            (folder, 66, "is a directory", "is een map"),
            (try CLI.scratchFile("leeg.txt", text: ""), 65, "empty file", "leeg bestand"),
            (try CLI.scratchFile("binair.bin", [0, 1, 2, 0, 0xFF, 0, 7]), 65, "binary file, not a text document", "binair bestand, geen tekstdocument"),
            (try CLI.scratchFile("niets.txt", text: "Een brief zonder vragen.\n"), 65,
             "no questions, answers or notice found", "geen vragen, antwoorden of mededeling gevonden"),
        ]
    }

    @Test func loadErrorsFollowTheLocale() throws {
        for c in try Self.cases() {
            // Browsing a folder opens it as a library; the commands that read one
            // document refuse it.
            let commands: [[String]] = c.english == "is a directory" ? [["outline"], ["export"]] : [["outline"], ["export"], []]
            for command in commands {
                let en = try Binary.run(command + [c.path], environment: Self.english)
                CLI.expectOneLineError(en, code: c.code, naming: c.path)
                #expect(en.stderr.contains(c.english), "\(command) \(c.path): \(en.stderr)")
                let nl = try Binary.run(command + [c.path], environment: Self.dutch)
                CLI.expectOneLineError(nl, code: c.code, naming: c.path)
                #expect(nl.stderr.contains(c.dutch), "\(command) \(c.path): \(nl.stderr)")
                #expect(!nl.stderr.contains(c.english))
            }
        }
    }
}
