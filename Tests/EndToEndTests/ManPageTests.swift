import Foundation
import Testing

/// docs/kamervragen.1 and docs/kamervragen.nl.1, the man pages, are generated from what
/// `--help` is made of (the binary's own description of its commands,
/// `--experimental-dump-help`, in the locale's language) and from the key table (through
/// docs/keys.md and docs/keys.nl.md, which KeysDocTests keeps equal to it). This test
/// makes them again and fails when a committed page differs; `KAMERVRAGEN_RECORD=1`
/// rewrites them.
struct ManPageTests {
    @Test(arguments: [ManPage.Words.english, .dutch])
    func manPageMatchesTheHelpAndTheKeyTable(_ words: ManPage.Words) throws {
        let dump = try Binary.run(["--experimental-dump-help"], environment: ["LC_ALL": words.locale])
        #expect(dump.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any]
        let root = try #require(json?["command"] as? [String: Any])
        let keys = try String(contentsOf: Binary.packageRoot.appendingPathComponent("docs/\(words.keys)"), encoding: .utf8)
        let page = ManPage.make(root: root, keys: keys, words: words)
        let path = Binary.packageRoot.appendingPathComponent("docs/\(words.page)")
        if ProcessInfo.processInfo.environment["KAMERVRAGEN_RECORD"] == "1" {
            try page.write(to: path, atomically: true, encoding: .utf8)
        }
        let committed = try String(contentsOf: path, encoding: .utf8)
        #expect(committed == page, "docs/\(words.page) is out of date: re-record with KAMERVRAGEN_RECORD=1")
        #expect(page.contains(".SH \(words.synopsis)") && page.contains("outline") && page.contains("Ctrl\\-L"))
    }

    /// The Dutch page says nothing in English: not the parser's stock help either.
    @Test func theDutchPageHasNoEnglishLeft() throws {
        let page = try String(contentsOf: Binary.packageRoot.appendingPathComponent("docs/kamervragen.nl.1"), encoding: .utf8)
        for english in ["Show the version.", "Show help information.", "Browse a document", ".SH NAME", "Moving", "standard input"] {
            #expect(!page.contains(english), "docs/kamervragen.nl.1 still says \(english)")
        }
        #expect(page.contains("Toon deze hulp.") && page.contains(".SH TOETSEN") && page.contains("Bewegen"))
    }
}

/// roff for man(7), made from the dump of the commands and the key list's Markdown tables.
enum ManPage {
    static func make(root: [String: Any], keys: String, words: Words) -> String {
        var out = ".TH KAMERVRAGEN 1\n.SH \(words.name)\nkamervragen \\- \(escape(root["abstract"] as? String ?? ""))\n"
        out += ".SH \(words.synopsis)\n.B kamervragen\n[\\fIFILE\\fR] [\\fB+\\fIN\\fR | \\fB+/\\fI\(words.pattern)\\fR]\n.br\n.B kamervragen\n\\fI\(words.command)\\fR [\\fI\(words.options)\\fR]\n"
        out += ".SH \(words.description)\n\(escape(root["discussion"] as? String ?? ""))\n"
        out += ".SH \(words.commands)\n"
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
        out += ".SH \(words.keysHeading)\n"
        for line in keys.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("## ") {
                out += ".SS \(escape(String(line.dropFirst(3))))\n"
            } else if line.hasPrefix("| `") {
                let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
                guard cells.count >= 2 else { continue }
                out += ".TP\n.B \(escape(cells[0].replacingOccurrences(of: "`", with: "")))\n\(escape(cells[1]))\n"
            }
        }
        out += ".SH \(words.exitStatusHeading)\n\(words.exitStatus)\n"
        out += ".SH \(words.environmentHeading)\n"
        for (name, text) in words.environment {
            out += ".TP\n.B \(name)\n\(text)\n"
        }
        out += ".SH \(words.seeAlso)\n.BR less (1),\n.BR pdftotext (1)\n"
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
