import Foundation

/// Finds text the program would say that is not in the message catalogue: string literals
/// with words in them in the sources that write to the screen, standard error or standard
/// output, outside `Messages/`. What is not a sentence for a person (a key name, an
/// environment variable, a JSON key, a path) is allowed by the rules and the short list
/// below, each with its reason.
enum CatalogueCheck {
    /// The folders whose text reaches the user.
    static let folders = [
        "Sources/BrowserCore", "Sources/CursesTerminal", "Sources/kamervragen",
        "Sources/KamervragenLibrary/Output", "Sources/KamervragenKit/Export",
        // The catalogue's own code (not its sections): `UsageText` rewrites the help.
        "Sources/KamervragenKit/Messages",
    ]

    /// Files whose literals are not said to the user, and why.
    static let allowedFiles: [String: String] = [
        "Reader/Browser+Invariants.swift": "broken-invariant reports for the tests and the storm, never shown",
        "kamervragen/SampleText.swift": "the bundled sample document's own text",
        "Output/ListFormatter.swift": "the TSV and JSON column names, a contract for scripts",
        "Style/ColorScheme.swift": "the palette as a table of colour names for the snapshots and docs/terminal.md, never shown",
        "Terminal/TerminalFeatures.swift": "terminal and clipboard program names matched against the environment, never shown",
        "Messages/Language.swift": "the locale variables' names and values, read from the environment, never shown",
    ]

    /// Literals that are not sentences, and why.
    static let allowedLiterals: [String: String] = [
        "Space": "key name", "Ctrl-": "key name", "PgUp": "key name", "PgDn": "key name",
        "Home": "key name", "End": "key name", "Enter": "key name", "Tab": "key name",
        "Shift-Tab": "key name", "Backspace": "key name", "Esc": "key name", "<N> Enter": "key name",
        "kamervragen": "the program's name", "kamervragen:": "the program's name before every error",
        "xdg-open": "a program run by name",
        "cup": "terminfo capability", "sgr0": "terminfo capability", "cnorm": "terminfo capability",
        "rmkx": "terminfo capability", "rmcup": "terminfo capability",
        "setaf": "terminfo capability", "setab": "terminfo capability", "bold": "terminfo capability",
        "dim": "terminfo capability", "smul": "terminfo capability", "rev": "terminfo capability",
        "tmux": "a program run by name", "show-options": "tmux's argument", "set-clipboard": "tmux's argument",
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/": "the base64 alphabet (OSC 52)",
        "utf-8": "codeset name", "utf8": "codeset name",
        "MB/s": "unit symbol",
        "null": "JSON literal", "true": "JSON literal", "false": "JSON literal",
        "0123456789abcdef": "hex digits",
        "max-size": "option name", "size": "option value name",
        "browse": "subcommand name", "outline": "subcommand name", "show": "subcommand name",
        "export": "subcommand name", "search": "subcommand name", "list": "subcommand name",
    ]

    struct Finding: Equatable, CustomStringConvertible {
        var file: String
        var line: Int
        var text: String
        var description: String { "\(file):\(line): \"\(text)\"" }
    }

    /// The findings in one source file's text.
    static func findings(in source: String, file: String) -> [Finding] {
        if allowedFiles.keys.contains(where: { file.hasSuffix($0) }) { return [] }
        var out: [Finding] = []
        for literal in literals(in: source) where saysSomething(literal) {
            out.append(Finding(file: file, line: literal.line, text: literal.text))
        }
        return out
    }

    /// The findings in every file of `folders` under `root`, except the catalogue's
    /// sections (`Messages/Catalogue+*.swift`), where the sentences belong.
    static func findings(underPackage root: URL) throws -> [Finding] {
        var out: [Finding] = []
        for folder in folders {
            let base = root.appendingPathComponent(folder)
            guard let walk = FileManager.default.enumerator(atPath: base.path) else { continue }
            for case let relative as String in walk where relative.hasSuffix(".swift") && !isCatalogueSection(folder + "/" + relative) {
                let text = try String(contentsOf: base.appendingPathComponent(relative), encoding: .utf8)
                out += findings(in: text, file: folder + "/" + relative)
            }
        }
        return out
    }

    static func isCatalogueSection(_ path: String) -> Bool {
        path.contains("Messages/Catalogue+")
    }

    struct Literal {
        var line: Int
        /// The text with interpolations and escapes left out.
        var text: String
        /// The code just before and after it on its line, for the rules.
        var before: String
        var after: String
        var lineText: String
    }

    /// A person would read it: a run of three letters, and no rule or list allows it.
    static func saysSomething(_ l: Literal) -> Bool {
        var run = 0, longest = 0
        for c in l.text { if c.isLetter { run += 1; longest = max(longest, run) } else { run = 0 } }
        guard longest >= 3 else { return false }
        if allowedLiterals[l.text.trimmingCharacters(in: .whitespaces)] != nil { return false }
        let identifier = l.text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
        // An environment variable or a TERM-like name: capitals and underscores only.
        if identifier, l.text.allSatisfy({ !$0.isLowercase }) { return false }
        // A JSON key: a lowerCamel identifier opening a ("key", value) pair or a member.
        if identifier, l.text.first!.isLowercase, l.before.hasSuffix("("), l.after.hasPrefix(",") { return false }
        // A command or argument name a `switch` matches.
        if identifier, l.lineText.trimmingCharacters(in: .whitespaces).hasPrefix("case \"") { return false }
        // The command line's synopsis, `usage:` of --help: names and syntax.
        if l.before.hasSuffix("usage:") { return false }
        // An option ("--mouse"), a path ("/dev/tty"), a locale ("C.UTF-8").
        if l.text.hasPrefix("-") || l.text.hasPrefix("/") || l.text.hasSuffix(".UTF-8") || l.text.hasSuffix(".utf8") { return false }
        return true
    }

    /// Every string literal of a Swift source, comments skipped; the text of an
    /// interpolation is scanned for literals of its own.
    static func literals(in source: String) -> [Literal] {
        let chars = Array(source)
        var out: [Literal] = []
        var i = 0, line = 1
        var lineStart = 0
        func lineText(from start: Int) -> String {
            var end = start
            while end < chars.count && chars[end] != "\n" { end += 1 }
            return String(chars[lineStart..<end])
        }
        func scanCode(until closer: Character?) {
            var depth = 0
            while i < chars.count {
                let c = chars[i]
                if c == "\n" { line += 1; i += 1; lineStart = i; continue }
                if c == "/" && i + 1 < chars.count && chars[i + 1] == "/" {
                    while i < chars.count && chars[i] != "\n" { i += 1 }
                    continue
                }
                if c == "/" && i + 1 < chars.count && chars[i + 1] == "*" {
                    i += 2
                    while i + 1 < chars.count && !(chars[i] == "*" && chars[i + 1] == "/") {
                        if chars[i] == "\n" { line += 1; lineStart = i + 1 }
                        i += 1
                    }
                    i += 2
                    continue
                }
                if c == "\"" { scanLiteral(); continue }
                if let closer {
                    if c == "(" { depth += 1 } else if c == closer {
                        if depth == 0 { i += 1; return }
                        depth -= 1
                    }
                }
                i += 1
            }
        }
        func scanLiteral() {
            let startLine = line, startLineStart = lineStart
            let multi = i + 2 < chars.count && chars[i + 1] == "\"" && chars[i + 2] == "\""
            let open = i
            i += multi ? 3 : 1
            var text = ""
            while i < chars.count {
                let c = chars[i]
                if multi ? (c == "\"" && i + 2 < chars.count && chars[i + 1] == "\"" && chars[i + 2] == "\"") : c == "\"" {
                    i += multi ? 3 : 1
                    break
                }
                if c == "\n" { line += 1; lineStart = i + 1; if !multi { break } }
                if c == "\\" && i + 1 < chars.count {
                    let n = chars[i + 1]
                    if n == "(" {
                        i += 2
                        text += " "
                        scanCode(until: ")")
                        continue
                    }
                    if n == "u" {
                        // \u{…}: a character, not letters.
                        while i < chars.count && chars[i] != "}" { i += 1 }
                        i += 1
                        text += "?"
                        continue
                    }
                    i += 2
                    text += " "
                    continue
                }
                text.append(c)
                i += 1
            }
            let savedStart = lineStart
            lineStart = startLineStart
            let whole = lineText(from: startLineStart)
            lineStart = savedStart
            let before = String(chars[startLineStart..<open]).trimmingCharacters(in: .whitespaces)
            var afterEnd = i
            while afterEnd < chars.count && chars[afterEnd] != "\n" { afterEnd += 1 }
            let after = String(chars[min(i, afterEnd)..<afterEnd]).trimmingCharacters(in: .whitespaces)
            out.append(Literal(line: startLine, text: text, before: before, after: after, lineText: whole))
        }
        scanCode(until: nil)
        return out
    }
}
