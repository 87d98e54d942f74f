import Foundation
import Testing

/// The binary on forms a newcomer tried (issue 11): Notepad's "Unicode" text opens, a web
/// page gets a hint rather than a bare "no questions found", a long title is wrapped in a pipe.
struct CLIFormHintTests {
    static let text = "Vraag 1\nWat vindt u van het creëren van banen?\n\nAntwoord op vraag 1\nJa.\n"

    static func utf16LE(_ s: String) -> [UInt8] {
        [0xFF, 0xFE] + s.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    }

    @Test func utf16WithAByteOrderMarkIsReadNotRefusedAsBinary() throws {
        let file = try CLI.scratchFile("notepad.txt", Self.utf16LE(Self.text))
        let r = try Binary.run([file], environment: ["COLUMNS": "80"])
        CLI.expectNoCrash(r)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Wat vindt u van het creëren van banen?"))
        #expect(r.stderr.isEmpty)
        let show = try Binary.run(["show", file, "1"])
        #expect(show.status == 0)
        #expect(show.stdout.contains("creëren"))
    }

    @Test func anHTMLPageSaysSoInItsOneLineError() throws {
        let page = "<!DOCTYPE html>\n<html><head><title>Vragen</title></head><body><p>Zie hieronder.</p></body></html>\n"
        let file = try CLI.scratchFile("pagina.html", text: page)
        let r = try Binary.run([file], environment: ["LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""])
        CLI.expectOneLineError(r, code: 65, naming: file)
        #expect(r.stderr.contains("looks like a web page (HTML)"))
        let dutch = try Binary.run([file], environment: ["LANG": "nl_NL.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""])
        CLI.expectOneLineError(dutch, code: 65, naming: file)
        #expect(dutch.stderr.contains("webpagina (HTML)"))
    }

    @Test func aLongTitleIsWrappedInAPipe() throws {
        let subject = "het bericht dat " + String(repeating: "de zorgverzekeraars en de gemeenten ", count: 4) + "niet samenwerken"
        let file = try CLI.scratchFile("titel.txt", text: "Vragen van het lid Jansen aan de minister over \(subject) (ingezonden 1 maart 2024)\n\n" + Self.text)
        let r = try Binary.run([file], environment: ["COLUMNS": "50"])
        #expect(r.status == 0)
        let lines = r.stdout.components(separatedBy: "\n")
        #expect(lines[0].hasPrefix("Het bericht dat"))
        #expect(lines.allSatisfy { $0.count <= 50 }, "\(r.stdout)")
    }
}
