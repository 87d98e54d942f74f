import Foundation
import Testing

@Suite("outline, show and export on the seed")
struct CLICommandTests {
    @Test func outlineListsEveryQuestionAndWhereItIsAnswered() throws {
        let r = try Binary.run(["outline", CLI.seed])
        CLI.expectNoCrash(r)
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 9)
        #expect(lines.map { $0.split(separator: " ").first.map(String.init) } == (1...9).map { String($0) })
        #expect(lines[2].hasSuffix("→ Antwoord op vragen 3 en 4"))
        #expect(lines[3].hasSuffix("→ Antwoord op vragen 3 en 4"))
        #expect(lines[0].hasSuffix("→ Antwoord op vraag 1"))
        #expect(lines[2].contains("Welke verklaring heeft u voor de"))
        #expect(lines.allSatisfy { $0.contains("…") || $0.count < 100 })
    }

    @Test func showPrintsACombinedAnswerWithBothQuestions() throws {
        let r = try Binary.run(["show", CLI.seed, "4"], environment: ["COLUMNS": "50"])
        CLI.expectNoCrash(r)
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty)
        let out = r.stdout
        let q3 = try #require(out.range(of: "Vraag 3"))
        let q4 = try #require(out.range(of: "Vraag 4"))
        let answer = try #require(out.range(of: "Antwoord op vragen 3 en 4"))
        #expect(q3.lowerBound < q4.lowerBound && q4.lowerBound < answer.lowerBound)
        #expect(out.contains("Criminelen ronselen"))
        #expect(!out.contains("Vraag 5"))
        for line in out.split(separator: "\n") { #expect(line.count <= 50, "\(line)") }
    }

    @Test func showWrapsToEightyColumnsByDefault() throws {
        let r = try Binary.run(["show", CLI.seed, "2"], environment: ["COLUMNS": ""])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count > 5)
        #expect(lines.allSatisfy { $0.count <= 80 })
        #expect(lines.contains { $0.count > 70 })
    }

    @Test func showPrintsTheNotesOfTheAnswer() throws {
        let r = try Binary.run(["show", CLI.seed, "7"], environment: ["LC_ALL": "C.UTF-8"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("Notes"))
        #expect(r.stdout.contains("[footnote 1] Aanwijzing mensenhandel (2022A002)"))
        let dutch = try Binary.run(["show", CLI.seed, "7"], environment: ["LC_ALL": "nl_NL.UTF-8"])
        #expect(dutch.stdout.contains("Noten"))
        #expect(dutch.stdout.contains("[voetnoot 1] Aanwijzing mensenhandel (2022A002)"))
        #expect(!r.stdout.contains("footnoteRef"))
    }

    @Test func showPrintsTheEndnoteOfTheQuestionWithItsURL() throws {
        let r = try Binary.run(["show", CLI.seed, "1"], environment: ["COLUMNS": "200", "LC_ALL": "nl_NL.UTF-8"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("[eindnoot 1] NOS, 17 oktober 2025"))
        #expect(r.stdout.contains("https://nos.nl/artikel/2586742-meer-meldingen-van-minderjarige-slachtoffers-van-criminele-uitbuiting"))
    }

    @Test(arguments: ["12", "0", "abc", "3x", ""])
    func showOfAnUnknownQuestionIsAUsageError(_ n: String) throws {
        let r = try Binary.run(["show", CLI.seed, n])
        CLI.expectOneLineError(r, code: 64, naming: CLI.seed)
        #expect(r.stderr.contains("no question"))
        #expect(r.stderr.contains("1–9"))
    }

    @Test func exportIsJSONWithTheContractShape() throws {
        let r = try Binary.run(["export", CLI.seed])
        CLI.expectNoCrash(r)
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty)
        let root = try CLI.json(r)
        #expect(Set(root.keys).isSuperset(of: ["questions", "answers", "footnotes", "notices", "metadata", "diagnostics"]))
        let questions = try #require(root["questions"] as? [[String: Any]])
        #expect(questions.map { $0["number"] as? String } == (1...9).map(String.init))
        let answers = try #require(root["answers"] as? [[String: Any]])
        let third = try #require(questions[2]["answer"] as? Int)
        #expect(answers[third]["questions"] as? [String] == ["3", "4"])
        #expect(questions[3]["answer"] as? Int == third)
        #expect(r.stdout.hasPrefix("{\n  \"questions\": [\n    {\n      \"number\": \"1\","))
    }

    @Test func exportFromStandardInputMatchesTheFile() throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: CLI.seed)))
        let fromFile = try Binary.run(["export", CLI.seed])
        let fromStdin = try Binary.run(["export", "-"], stdin: bytes)
        #expect(fromStdin.status == 0)
        #expect(fromStdin.stdout == fromFile.stdout)
    }

    @Test func helpListsTheCommands() throws {
        let r = try Binary.run(["--help"])
        #expect(r.status == 0)
        for word in ["outline", "show", "export", "--version"] { #expect(r.stdout.contains(word), "\(word)") }
        let sub = try Binary.run(["show", "--help"])
        #expect(sub.status == 0)
        #expect(sub.stdout.contains("question number"))
    }

    @Test func versionPrintsOneLine() throws {
        let r = try Binary.run(["--version"])
        #expect(r.status == 0)
        let version = r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(!version.isEmpty && !version.contains("\n"))
        #expect(version.first?.isNumber == true)
    }

    @Test func missingArgumentsAreUsageErrors() throws {
        for args in [["show", CLI.seed], ["export"], ["outline", CLI.seed, "extra"], ["export", "--no-such-flag", CLI.seed]] {
            let r = try Binary.run(args)
            CLI.expectNoCrash(r)
            #expect(r.status == 64, "\(args): \(r.status)")
            #expect(r.stdout.isEmpty)
        }
    }

    @Test func diagnosticsFlagPrintsDiagnosticsOnStandardError() throws {
        let path = try CLI.scratchFile("gap.txt", text: "Vraag 1\nWaarom?\nAntwoord 1\nDaarom.\nVraag 3\nEn dit?\nAntwoord op vraag 2\nOnbekend.\n")
        let quiet = try Binary.run(["outline", path])
        #expect(quiet.status == 0)
        #expect(quiet.stderr.isEmpty)
        let loud = try Binary.run(["outline", "--diagnostics", path])
        #expect(loud.status == 0)
        #expect(loud.stdout == quiet.stdout)
        let lines = loud.stderr.split(separator: "\n")
        #expect(!lines.isEmpty)
        #expect(lines.allSatisfy { $0.hasPrefix("\(path):") })
    }

    @Test func textFromTheDocumentCannotDriveTheTerminal() throws {
        // Enough ordinary text around the escapes that the file is still a text document
        // (a file that is mostly control bytes is rightly rejected as binary).
        let prose = String(repeating: "Het kabinet neemt de zorgen serieus en werkt aan een aanpak. ", count: 5)
        let hostile = "Vraag 1\nWat \u{1B}]0;pwned\u{07} is \u{1B}[2J dit\u{9B}31m? \(prose)\nAntwoord 1\nNiets \u{1B}[31m rood. \(prose)\n"
        let path = try CLI.scratchFile("hostile.txt", text: hostile)
        for args in [["outline", path], ["show", path, "1"]] {
            let r = try Binary.run(args)
            #expect(r.status == 0)
            #expect(!r.stdout.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) }, "\(args)")
            // The text around the escapes is still shown (the parser may drop the control
            // characters, or the sanitiser shows them as ␛ and friends).
            #expect(r.stdout.contains("pwned"), "\(args)")
        }
        let export = try Binary.run(["export", path])
        #expect(export.status == 0)
        let root = try CLI.json(export)
        let text = (root["questions"] as? [[String: Any]])?.first?["text"] as? String
        #expect(text?.contains("pwned") == true)
    }
}

@Suite("output errors")
struct CLIOutputTests {
    /// A full disk must not pass for success: EX_IOERR (74) and one line on stderr.
    @Test func writingToAFullDeviceIsAnIOError() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Binary.path)
        process.arguments = ["export", CLI.seed]
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
        let err = Pipe()
        process.standardError = err
        try process.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 74)
        #expect(message.hasPrefix("kamervragen: standard output:"))
        #expect(message.filter { $0 == "\n" }.count == 1)
    }
}

@Suite("standard input")
struct CLIStandardInputTests {
    @Test func outlineAndShowReadStandardInput() throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: CLI.seed)))
        let fromFile = try Binary.run(["outline", CLI.seed])
        let outline = try Binary.run(["outline", "-"], stdin: bytes)
        #expect(outline.status == 0)
        #expect(outline.stdout == fromFile.stdout)
        let show = try Binary.run(["show", "-", "3"], stdin: bytes)
        #expect(show.status == 0)
        #expect(show.stdout.contains("Antwoord op vragen 3 en 4"))
    }

    @Test func emptyStandardInputIsBadData() throws {
        CLI.expectOneLineError(try Binary.run(["export", "-"]), code: 65, naming: "-")
    }
}
