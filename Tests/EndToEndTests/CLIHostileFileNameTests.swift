import Foundation
import Testing

/// A file name is chosen by whoever sent the file, so it is as hostile as the contents:
/// an OSC sequence in it ("ESC ] 0 ; x BEL" retitles the window) must reach stderr as
/// visible stand-ins, never as bytes the terminal acts on.
@Suite("hostile file names in error messages")
struct CLIHostileFileNameTests {
    static let hostile = "evil\u{1B}]0;x\u{07}.txt"
    static let commands: [[String]] = [["outline"], ["export"], ["show", "#", "1"], ["browse"]]

    static func args(_ command: [String], _ path: String) -> [String] {
        command.count == 1 ? command + [path] : [command[0], path, command[2]]
    }

    /// Exactly one error line, with no ESC, BEL or other C0 control byte in it, that still
    /// shows the reader which file it was (with ␛ and ␇ where the controls were).
    static func expectSafeLine(_ r: Binary.Result, code: Int32, sourceLocation: SourceLocation = #_sourceLocation) {
        CLI.expectNoCrash(r, sourceLocation: sourceLocation)
        #expect(r.status == code, "exit \(r.status), stderr: \(r.stderr.debugDescription)", sourceLocation: sourceLocation)
        let bytes = Array(r.stderr.utf8)
        #expect(!bytes.contains(0x1B), "ESC on stderr: \(r.stderr.debugDescription)", sourceLocation: sourceLocation)
        #expect(!bytes.contains(0x07), "BEL on stderr: \(r.stderr.debugDescription)", sourceLocation: sourceLocation)
        #expect(bytes.dropLast().allSatisfy { $0 >= 0x20 && $0 != 0x7F }, "control byte on stderr: \(r.stderr.debugDescription)", sourceLocation: sourceLocation)
        #expect(bytes.last == 0x0A && bytes.filter { $0 == 0x0A }.count == 1, "not one line: \(r.stderr.debugDescription)", sourceLocation: sourceLocation)
        #expect(r.stderr.hasPrefix("kamervragen: "), sourceLocation: sourceLocation)
        #expect(r.stderr.contains("evil\u{241B}]0;x\u{2407}.txt"), "file not named: \(r.stderr.debugDescription)", sourceLocation: sourceLocation)
        #expect(r.stdout.isEmpty, sourceLocation: sourceLocation)
    }

    @Test(arguments: commands)
    func emptyFileWithHostileName(_ command: [String]) throws {
        let path = try CLI.scratchFile(Self.hostile, [])
        Self.expectSafeLine(try Binary.run(Self.args(command, path)), code: 65)
    }

    @Test(arguments: commands)
    func missingFileWithHostileName(_ command: [String]) throws {
        let path = "/nonexistent/kamervragen/" + Self.hostile
        Self.expectSafeLine(try Binary.run(Self.args(command, path)), code: 66)
    }

    @Test func hostileNameInAPDFErrorToo() throws {
        // Not a PDF inside: the conversion's failure message names the file as well.
        let path = try CLI.scratchFile("evil\u{1B}]0;x\u{07}.pdf", Array("%PDF-1.4\nnot really\n".utf8))
        let r = try Binary.run(["outline", path])
        CLI.expectNoCrash(r)
        #expect(r.status != 0)
        #expect(!r.stderr.utf8.contains(0x1B) && !r.stderr.utf8.contains(0x07), "\(r.stderr.debugDescription)")
        #expect(r.stderr.contains("\u{241B}]0;x\u{2407}"), "\(r.stderr.debugDescription)")
    }
}
