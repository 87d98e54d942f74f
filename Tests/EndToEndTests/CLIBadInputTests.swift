import Foundation
import Testing
import TestSupport

/// DESIGN §7: bad input gets a clear one-line message with a sysexits code, or loads with
/// diagnostics; never a crash, never a hang. Each case runs every command that reads a file.
@Suite("bad input on the command line")
struct CLIBadInputTests {
    static let commands: [[String]] = [["outline"], ["export"], ["show", "#", "1"]]

    /// Builds the argument list for `command` with `path` in the file position.
    static func args(_ command: [String], _ path: String) -> [String] {
        command.count == 1 ? command + [path] : [command[0], path, command[2]]
    }

    @Test(arguments: commands)
    func emptyFileIsBadData(_ command: [String]) throws {
        let path = try CLI.scratchFile("empty.txt", [])
        CLI.expectOneLineError(try Binary.run(Self.args(command, path)), code: 65, naming: path)
    }

    @Test(arguments: commands)
    func missingFileCannotBeOpened(_ command: [String]) throws {
        let path = "/nonexistent/kamervragen/\(UUID().uuidString).txt"
        CLI.expectOneLineError(try Binary.run(Self.args(command, path)), code: 66, naming: path)
    }

    @Test(arguments: commands)
    func directoryCannotBeOpened(_ command: [String]) throws {
        let path = FileManager.default.temporaryDirectory.path
        CLI.expectOneLineError(try Binary.run(Self.args(command, path)), code: 66, naming: path)
    }

    @Test(arguments: commands)
    func binaryIsBadData(_ command: [String]) throws {
        CLI.expectOneLineError(try Binary.run(Self.args(command, "/bin/ls")), code: 65, naming: "/bin/ls")
    }

    @Test func invalidUTF8LoadsAsWindows1252WithADiagnostic() throws {
        // "creëren" and "€" as Windows-1252 bytes (0xEB, 0x80): not valid UTF-8.
        let bytes = Array("Vraag 1\nHoe cre".utf8) + [0xEB] + Array("ren we dat?\nAntwoord 1\nMet beleid van ".utf8) + [0x80] + Array(" 5.\n".utf8)
        let path = try CLI.scratchFile("cp1252.txt", bytes)
        let r = try Binary.run(["export", path])
        CLI.expectNoCrash(r)
        #expect(r.status == 0, "\(r.stderr)")
        let root = try CLI.json(r)
        let questions = try #require(root["questions"] as? [[String: Any]])
        #expect((questions.first?["text"] as? String)?.contains("creëren") == true)
        #expect(((root["answers"] as? [[String: Any]])?.first?["text"] as? String)?.contains("€") == true)
        #expect((root["diagnostics"] as? [Any])?.isEmpty == false)
    }

    @Test func fiftyMegabyteSingleLineNeitherCrashesNorHangs() throws {
        let unit = Array("Het kabinet neemt de zorgen serieus en werkt aan een aanpak die slachtoffers beschermt. ".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(50_000_000 + unit.count)
        while bytes.count < 50_000_000 { bytes += unit }
        let path = try CLI.scratchFile("oneline.txt", bytes)
        for command in [["outline"], ["export"]] {
            let r = try Binary.run(Self.args(command, path), timeout: 180)
            CLI.expectNoCrash(r)
            if r.status == 0 {
                // Loaded: then the lack of any question must be said.
                let root = try CLI.json(r)
                #expect((root["questions"] as? [Any])?.isEmpty == true)
                #expect((root["diagnostics"] as? [Any])?.isEmpty == false)
            } else {
                CLI.expectOneLineError(r, code: 65, naming: path)
            }
        }
    }

    @Test func textWithoutHeadingsSaysSo() throws {
        let path = try CLI.scratchFile("prose.txt", text: "Geachte voorzitter,\n\nHierbij zend ik u een brief.\n\nHoogachtend,\nDe minister\n")
        CLI.expectOneLineError(try Binary.run(["outline", path]), code: 65, naming: path)
        CLI.expectOneLineError(try Binary.run(["show", path, "1"]), code: 65, naming: path)
        let r = try Binary.run(["export", path])
        CLI.expectNoCrash(r)
        if r.status == 0 {
            let root = try CLI.json(r)
            #expect((root["questions"] as? [Any])?.isEmpty == true)
            #expect((root["diagnostics"] as? [Any])?.isEmpty == false, "no questions, and no diagnostic saying so")
        } else {
            CLI.expectOneLineError(r, code: 65, naming: path)
        }
    }

    @Test func duplicatedNumbersLoadWithADiagnostic() throws {
        let path = try CLI.scratchFile("dup.txt", text: "Vraag 1\nEerste?\nAntwoord 1\nJa.\nVraag 1\nNog een eerste?\nAntwoord 1\nNee.\nVraag 2\nTweede?\nAntwoord 2\nMisschien.\n")
        let r = try Binary.run(["export", path])
        CLI.expectNoCrash(r)
        #expect(r.status == 0)
        let root = try CLI.json(r)
        #expect((root["questions"] as? [[String: Any]])?.count == 3)
        let diagnostics = try #require(root["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.contains { ($0["line"] as? Int) == 5 }, "no diagnostic on the second 'Vraag 1' (line 5): \(diagnostics)")
        let outline = try Binary.run(["outline", path])
        #expect(outline.status == 0)
        #expect(outline.stdout.split(separator: "\n").count == 3)
    }

    @Test func missingNumbersLoadWithADiagnosticAndShowListsTheRealOnes() throws {
        let path = try CLI.scratchFile("gap.txt", text: "Vraag 1\nWaarom?\nAntwoord 1\nDaarom.\nVraag 3\nEn dit?\nAntwoord op vraag 2\nOnbekend.\n")
        let r = try Binary.run(["export", path])
        CLI.expectNoCrash(r)
        #expect(r.status == 0)
        let root = try CLI.json(r)
        let questions = try #require(root["questions"] as? [[String: Any]])
        // The parser may keep a placeholder for the question the answer names; 1 and 3
        // must be there, and 3 stays unanswered: "Antwoord op vraag 2" is not its answer.
        let three = try #require(questions.first { $0["number"] as? String == "3" })
        #expect(questions.contains { $0["number"] as? String == "1" })
        #expect(three["answer"] is NSNull)
        #expect((root["diagnostics"] as? [Any])?.isEmpty == false)
        let show = try Binary.run(["show", path, "7"])
        CLI.expectOneLineError(show, code: 64, naming: path)
        #expect(show.stderr.contains("no question 7"))
        #expect(show.stderr.contains("1") && show.stderr.contains("3"))
    }

    @Test func randomBytesNeverCrash() throws {
        var generator = SeededRandom(seed: 2024)
        for round in 0..<8 {
            let count = Int.random(in: 1...20_000, using: &generator)
            let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let path = try CLI.scratchFile("random-\(round).bin", bytes)
            let r = try Binary.run(["export", path], timeout: 60)
            CLI.expectNoCrash(r)
            #expect([0, 65].contains(r.status), "round \(round): exit \(r.status)")
        }
    }
}

/// A small deterministic generator (SplitMix64) so a failing round can be replayed.
