import Foundation
import Testing

/// docs/kamervragen.1, the man page, is generated from what `--help` is made of (the
/// binary's own description of its commands, `--experimental-dump-help`) and from the key
/// table (through docs/keys.md, which KeysDocTests keeps equal to it). This test makes it
/// again and fails when the committed page differs; `KAMERVRAGEN_RECORD=1` rewrites it.
struct ManPageTests {
    @Test func manPageMatchesTheHelpAndTheKeyTable() throws {
        let dump = try Binary.run(["--experimental-dump-help"], environment: ["LC_ALL": "C.UTF-8"])
        #expect(dump.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any]
        let root = try #require(json?["command"] as? [String: Any])
        let keys = try String(contentsOf: Binary.packageRoot.appendingPathComponent("docs/keys.md"), encoding: .utf8)
        let page = ManPage.make(root: root, keys: keys)
        let path = Binary.packageRoot.appendingPathComponent("docs/kamervragen.1")
        if ProcessInfo.processInfo.environment["KAMERVRAGEN_RECORD"] == "1" {
            try page.write(to: path, atomically: true, encoding: .utf8)
        }
        let committed = try String(contentsOf: path, encoding: .utf8)
        #expect(committed == page, "docs/kamervragen.1 is out of date: re-record with KAMERVRAGEN_RECORD=1")
        #expect(page.contains(".SH SYNOPSIS") && page.contains("outline") && page.contains("Ctrl\\-L"))
    }
}

/// roff for man(7), made from the dump of the commands and the key list's Markdown tables.
enum ManPage {
    static func make(root: [String: Any], keys: String) -> String {
        var out = ".TH KAMERVRAGEN 1\n.SH NAME\nkamervragen \\- \(escape(root["abstract"] as? String ?? ""))\n"
        out += ".SH SYNOPSIS\n.B kamervragen\n[\\fIFILE\\fR] [\\fB+\\fIN\\fR | \\fB+/\\fIpattern\\fR]\n.br\n.B kamervragen\n\\fIcommand\\fR [\\fIoptions\\fR]\n"
        out += ".SH DESCRIPTION\n\(escape(root["discussion"] as? String ?? ""))\n"
        out += ".SH COMMANDS\n"
        for command in root["subcommands"] as? [[String: Any]] ?? [] {
            guard let name = command["commandName"] as? String, name != "help" else { continue }
            out += ".TP\n.B \(name)\n\(escape(command["abstract"] as? String ?? ""))\n"
            if let discussion = command["discussion"] as? String, !discussion.isEmpty {
                out += ".IP\n\(escape(discussion))\n"
            }
            for argument in command["arguments"] as? [[String: Any]] ?? [] where argument["shouldDisplay"] as? Bool ?? true {
                let names = (argument["names"] as? [[String: Any]] ?? []).compactMap { n -> String? in
                    guard let name = n["name"] as? String else { return nil }
                    return (n["kind"] as? String) == "short" ? "-" + name : "--" + name
                }
                let value = argument["valueName"] as? String ?? ""
                let label = names.isEmpty ? "\\fI\(value)\\fR" : names.map { "\\fB\(escape($0))\\fR" }.joined(separator: ", ")
                    + ((argument["kind"] as? String) == "option" ? " \\fI\(value)\\fR" : "")
                out += ".RS\n.TP\n\(label)\n\(escape(argument["abstract"] as? String ?? ""))\n.RE\n"
            }
        }
        out += ".SH KEYS\n"
        for line in keys.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("## ") {
                out += ".SS \(escape(String(line.dropFirst(3))))\n"
            } else if line.hasPrefix("| `") {
                let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
                guard cells.count >= 2 else { continue }
                out += ".TP\n.B \(escape(cells[0].replacingOccurrences(of: "`", with: "")))\n\(escape(cells[1]))\n"
            }
        }
        out += ".SH EXIT STATUS\n0 success; 1 search found nothing; 64 usage; 65 bad data; 66 cannot open; 69 a helper program is missing; 70 internal error; 74 output could not be written.\n"
        out += ".SH ENVIRONMENT\n.TP\n.B LC_ALL, LC_MESSAGES, LANG\nDutch messages when the first that is set starts with nl, else English.\n"
        out += ".TP\n.B NO_COLOR\nNo colours.\n"
        out += ".TP\n.B KAMERVRAGEN_PALETTE\nlight, dark or auto: the colours when --palette is not given.\n"
        out += ".TP\n.B KAMERVRAGEN_HYPERLINKS\nyes or no: URLs as terminal hyperlinks (OSC 8); by default on inside tmux and in terminals known to show them.\n"
        out += ".TP\n.B KAMERVRAGEN_CLIPBOARD\nosc52, program or off: how c copies; by default OSC 52 where the terminal (or tmux with set-clipboard on) takes it, else wl-copy, xclip, xsel or pbcopy.\n"
        out += ".TP\n.B COLORFGBG\nWith the auto palette, a background of 7 or 15 (as in 0;15) means a light terminal.\n"
        out += ".TP\n.B XDG_CACHE_HOME\nWhere a library's index is kept (kamervragen/ under it).\n"
        out += ".SH SEE ALSO\n.BR less (1),\n.BR pdftotext (1)\n"
        return out
    }

    /// Text as roff reads it: backslashes doubled, a leading dot or quote kept literal.
    static func escape(_ text: String) -> String {
        var s = text.replacingOccurrences(of: "\\", with: "\\e").replacingOccurrences(of: "-", with: "\\-")
        s = s.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix(".") || line.hasPrefix("'") ? "\\&" + line : String(line)
        }.joined(separator: "\n")
        return s
    }
}
