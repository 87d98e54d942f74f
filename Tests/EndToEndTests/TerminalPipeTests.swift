import Foundation
import Testing

/// Into a pipe the browse command prints text, as `man` does, and never an escape code.
struct TerminalPipeTests {
    @Test func theSeedIntoAPipeIsPlainTextWithoutEscapes() throws {
        let result = try Binary.run([Seed.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Wat is uw reactie op het bericht"))
        #expect(result.stdout.contains("Vraag 9") || result.stdout.contains("9"))
        #expect(!result.stdout.utf8.contains(0x1B))
        #expect(result.stderr.isEmpty)
    }

    /// No FILE and a pipe on standard input: the piped document, as `less` (the sample
    /// opens only with a terminal there: CLINoFileTests).
    @Test func noFileArgumentPrintsStandardInput() throws {
        let result = try Binary.run([], stdin: Array(try String(contentsOfFile: Seed.path, encoding: .utf8).utf8))
        #expect(result.status == 0)
        #expect(result.stdout.contains("Wat is uw reactie op het bericht"))
    }

    @Test func columnsSetsTheWrapWidth() throws {
        let result = try Binary.run([Seed.path], environment: ["COLUMNS": "40"])
        #expect(result.status == 0)
        let widths: [Int] = result.stdout.components(separatedBy: "\n").map { $0.count }
        #expect(widths.max() ?? 0 <= 40)
        #expect(widths.contains { $0 > 30 })
    }

    @Test func hostileTextIntoAPipeHasNoControlCharacters() throws {
        let file = try HostileDocument.write()
        defer { try? FileManager.default.removeItem(atPath: file) }
        let result = try Binary.run([file])
        #expect(result.status == 0)
        let controls = result.stdout.unicodeScalars.filter {
            ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F..<0xA0).contains($0.value)
        }
        #expect(controls.isEmpty)
        #expect(result.stdout.contains("ROOD"))
    }

    @Test func aMissingFileIsAOneLineErrorWithSysexitsCode() throws {
        let result = try Binary.run(["/nonexistent/kamervragen-test.txt"])
        #expect(result.status == 66)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains("/nonexistent/kamervragen-test.txt"))
    }
}

/// A small document whose text tries to drive the terminal: a title change (OSC), screen
/// clears, colours, leaving the alternate screen, a bell and an 8-bit CSI. Ordinary text
/// around them keeps the share of control bytes below the loader's "binary file" threshold,
/// as in a real document that had a few sequences slipped in.
enum HostileDocument {
    static let filler = String(
        repeating: "De minister beantwoordt de vragen van het lid zorgvuldig en volledig. ", count: 8)
    static let text =
        "Vraag 1\n"
        + "Wat vindt u van \u{1B}]0;PWNED\u{07} en \u{1B}[2J\u{1B}[31mROOD\u{1B}[0m en \u{1B}[?1049l en \u{9B}31mACHT?\n"
        + "\n"
        + "Antwoord op vraag 1\n"
        + "Dit is \u{1B}[H\u{1B}[2Jveilig\u{08}\u{08}\u{7F} en klaar. \(filler)\n"

    static func write() throws -> String {
        let path = NSTemporaryDirectory() + "kv-hostile-\(UInt64.random(in: 0...UInt64.max)).txt"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}
