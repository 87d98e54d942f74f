import KamervragenKit

/// Every key the reader understands, with what it does: the ONE list that both the help
/// screen and docs/keys.md are generated from, so the two cannot drift apart (a test
/// compares docs/keys.md with `KeyTable.markdown`).
public enum KeyTable {
    public struct Entry: Hashable, Sendable {
        /// Alternatives for the same action ("j" and "↓").
        public var keys: [String]
        public var action: String
    }

    public struct Section: Hashable, Sendable {
        public var title: String
        public var entries: [Entry]
    }

    public static let sections: [Section] = [
        Section(title: "Moving", entries: [
            Entry(keys: ["j", "↓", "e", "Ctrl-N"], action: "line down (a number first: that many lines)"),
            Entry(keys: ["k", "↑", "y", "Ctrl-P"], action: "line up (a number first: that many lines)"),
            Entry(keys: ["Space", "PgDn", "z"], action: "page down"),
            Entry(keys: ["b", "PgUp", "w"], action: "page up"),
            Entry(keys: ["d"], action: "half a page down"),
            Entry(keys: ["u"], action: "half a page up"),
            Entry(keys: ["g", "Home", "<"], action: "top of the document"),
            Entry(keys: ["G", "End", ">"], action: "end of the document"),
            Entry(keys: ["]"], action: "next question"),
            Entry(keys: ["["], action: "previous question"),
            Entry(keys: ["<N>g", "<N> Enter"], action: "go to question N (type the number, then g or Enter)"),
        ]),
        Section(title: "Questions, answers and links", entries: [
            Entry(keys: ["a"], action: "from a question to its answer; from an answer back to its question"),
            Entry(keys: ["Tab"], action: "select the next link on screen (note marker, answer link, URL, notes pane URL)"),
            Entry(keys: ["Shift-Tab"], action: "select the previous link on screen"),
            Entry(keys: ["Enter"], action: "follow the selected link (a note opens the notes pane)"),
            Entry(keys: ["←", "Backspace"], action: "back in the jump history"),
            Entry(keys: ["→"], action: "forward in the jump history"),
            Entry(keys: ["f"], action: "show / hide the notes pane (the notes of what is on screen)"),
            Entry(keys: ["o"], action: "open the selected URL (or the selected note's first URL) in the browser"),
            Entry(keys: ["t"], action: "table of contents: every question and its answer (a number then g jumps there too)"),
        ]),
        Section(title: "Searching", entries: [
            Entry(keys: ["/"], action: "search forward (as you type; Enter accepts, Esc cancels)"),
            Entry(keys: ["?"], action: "search backward"),
            Entry(keys: ["n"], action: "next match"),
            Entry(keys: ["N"], action: "previous match"),
        ]),
        Section(title: "Other", entries: [
            Entry(keys: ["Esc"], action: "close a pane or prompt, clear the search highlight"),
            Entry(keys: ["h", "F1"], action: "this help"),
            Entry(keys: ["=", "Ctrl-G"], action: "file name, lines on screen, how many questions are answered"),
            Entry(keys: ["Ctrl-L"], action: "redraw the screen"),
            Entry(keys: ["Ctrl-Z"], action: "suspend to the shell (fg resumes)"),
            Entry(keys: ["q"], action: "quit (or close the help / contents)"),
        ]),
    ]

    /// Search rules shown under the keys in both places.
    public static let searchNotes = [
        "Search ignores accents (creeren finds creëren) and is case-sensitive only when",
        "the query has a capital letter (comensha finds CoMensha, Comensha does not).",
    ]

    /// The library view's keys (`LibraryKeys`), listed after the reader's.
    public static var librarySections: [Section] { LibraryKeys.sections(in: .english) }

    /// The help screen's lines, the actions wrapped under each other beside the keys.
    public static func helpLines(width: Int) -> [String] { helpLines(width: width, sections: sections) }

    static func helpLines(width: Int, sections: [Section]) -> [String] {
        let keyWidth = sections.flatMap(\.entries).map { DisplayWidth.of($0.keyText) }.max() ?? 0
        let indent = keyWidth + 4
        // Too narrow for a key column: put each action on its own lines under its keys.
        let columns = width - indent >= 16
        var lines = ["kamervragen keys", ""]
        func wrapped(_ text: String, width: Int) -> [String] {
            var block = Block(owner: .preamble, spaceBefore: false)
            block.append(text, role: .text)
            var out: [String] = []
            Layout.wrap(block, width: max(1, width)) { s, e in out.append(block.text(s..<e)) }
            return out
        }
        for section in sections {
            lines.append(section.title)
            for e in section.entries {
                if columns {
                    let pad = String(repeating: " ", count: keyWidth - DisplayWidth.of(e.keyText))
                    for (n, part) in wrapped(e.action, width: width - indent).enumerated() {
                        let head = n == 0 ? "  \(e.keyText)\(pad)  " : String(repeating: " ", count: indent)
                        lines.append(head + part)
                    }
                } else {
                    lines.append("  " + e.keyText)
                    lines += wrapped(e.action, width: width - 4).map { "    " + $0 }
                }
            }
            lines.append("")
        }
        lines += wrapped(searchNotes.joined(separator: " "), width: width)
        return lines
    }

    /// docs/keys.md, generated.
    public static var markdown: String {
        var out = "# Keys\n\n"
        out += "<!-- Generated from Sources/BrowserCore/Help/KeyTable.swift; the help screen (h) shows the same list. -->\n"
        for section in sections + librarySections {
            out += "\n## \(section.title)\n\n| keys | action |\n|---|---|\n"
            for e in section.entries {
                let keys = e.keys.map { "`\($0)`" }.joined(separator: " ")
                out += "| \(keys) | \(e.action) |\n"
            }
        }
        out += "\n" + searchNotes.joined(separator: " ") + "\n"
        return out
    }
}

extension KeyTable.Entry {
    /// The keys as the help screen shows them.
    public var keyText: String { keys.joined(separator: " ") }
}
