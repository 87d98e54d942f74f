import Foundation
import Testing

/// A Word hyperlink shown as its own words ("de brief van 3 mei"), through the commands:
/// the export lists it with its words and URL, `show` and the browser into a pipe write
/// the URL after the words, search finds the words.
@Suite("Word links with their own words on the command line")
struct CLIWordLinkTests {
    static func withFile<R>(_ body: (String) throws -> R) throws -> R {
        let setup = try FakeBrowser(documentName: "links.docx", bytes: TmuxWordTests.linkedDocx())
        defer { setup.remove() }
        return try body(setup.document)
    }

    @Test func exportListsTheLinkWithItsWordsAndURL() throws {
        try Self.withFile { file in
            let r = try Binary.run(["export", file])
            #expect(r.status == 0, "\(r.stderr)")
            let question = try #require((try CLI.json(r)["questions"] as? [[String: Any]])?.first)
            let links = try #require(question["links"] as? [[String: String]])
            #expect(links.contains(["text": "de brief van 3 mei", "url": TmuxWordTests.letterURL]))
            #expect(links.contains(["text": TmuxWordTests.textURL, "url": TmuxWordTests.textURL]))
            #expect((question["text"] as? String)?.contains("Zie ook de brief van 3 mei.") == true)
        }
    }

    @Test func showAndThePipeWriteTheURLAfterTheWords() throws {
        try Self.withFile { file in
            let shown = try Binary.run(["show", file, "1"], environment: ["COLUMNS": "120"])
            #expect(shown.status == 0, "\(shown.stderr)")
            #expect(shown.stdout.contains("Zie ook de brief van 3 mei <\(TmuxWordTests.letterURL)>."), "\(shown.stdout)")
            let piped = try Binary.run([file], environment: ["COLUMNS": "120"])
            #expect(piped.status == 0, "\(piped.stderr)")
            #expect(piped.stdout.contains("Zie ook de brief van 3 mei <\(TmuxWordTests.letterURL)>."), "\(piped.stdout)")
        }
    }

    @Test func searchFindsTheWords() throws {
        try Self.withFile { file in
            let r = try Binary.run(["search", "\"brief van 3 mei\"", file], environment: ["LC_ALL": "C.UTF-8"])
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stdout.contains(":Vraag 1: "), "\(r.stdout)")
        }
    }
}
