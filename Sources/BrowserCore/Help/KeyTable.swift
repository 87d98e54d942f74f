import KamervragenKit
import Synchronization

/// Every key the reader understands, screen by screen: the ONE table that the reader
/// dispatches keys from and that the help screen and docs/keys.md (docs/keys.nl.md in
/// Dutch) are generated from, so none of them can drift apart (tests compare the docs
/// with `markdown(in:)` and every key with what the reader does with it).
public enum KeyTable {
    /// A line of the list as shown: key names and what they do, in one language.
    public struct Entry: Hashable, Sendable {
        /// Alternatives for the same action ("j" and "↓").
        public var keys: [String]
        public var action: String
    }

    public struct Section: Hashable, Sendable {
        public var title: String
        public var entries: [Entry]
    }

    // MARK: Keys shared by the screens that scroll

    private static let lineDownKeys: [Key] = [.character("j"), .down, .character("e"), .control("n"), .control("e")]
    private static let lineUpKeys: [Key] = [.character("k"), .up, .character("y"), .control("p"), .control("y")]
    private static let pageDownKeys: [Key] = [.character(" "), .pageDown, .character("z"), .control("f")]
    private static let pageUpKeys: [Key] = [.character("b"), .pageUp, .character("w"), .control("b")]
    private static let halfPageDownKeys: [Key] = [.character("d"), .control("d")]
    private static let halfPageUpKeys: [Key] = [.character("u"), .control("u")]
    private static let startKeys: [Key] = [.character("g"), .home, .character("<")]
    private static let endKeys: [Key] = [.character("G"), .end, .character(">")]
    private static let digitKeys: [Key] = (0...9).map { .character(Character(String($0))) }
    /// A number typed before `g` or Enter: listed once, as what it is for.
    private static let countShown = ["<N>g", "<N> Enter"]

    // MARK: The screens

    static let reading = KeyMap<ReadingAction>([
        KeySection(title: .moving, bindings: [
            KeyBinding(lineDownKeys, .lineDown, .lineDownCounted),
            KeyBinding(lineUpKeys, .lineUp, .lineUpCounted),
            KeyBinding(pageDownKeys, .pageDown, .pageDown),
            KeyBinding(pageUpKeys, .pageUp, .pageUp),
            KeyBinding(halfPageDownKeys, .halfPageDown, .halfPageDown),
            KeyBinding(halfPageUpKeys, .halfPageUp, .halfPageUp),
            KeyBinding(startKeys, .top, .documentStart),
            KeyBinding(endKeys, .bottom, .documentEnd),
            KeyBinding([.character("]")], .nextQuestion, .nextQuestion),
            KeyBinding([.character("[")], .previousQuestion, .previousQuestion),
            KeyBinding(digitKeys, .digit, .goToQuestion, shown: countShown),
        ]),
        KeySection(title: .questionsAndLinks, bindings: [
            KeyBinding([.character("a")], .answer, .answer),
            KeyBinding([.tab], .nextLink, .nextLink),
            KeyBinding([.backTab], .previousLink, .previousLink),
            KeyBinding([.enter], .follow, .follow),
            KeyBinding([.left, .backspace], .back, .back),
            KeyBinding([.right], .forward, .forward),
            KeyBinding([.character("f")], .notes, .notes),
            KeyBinding([.character("o")], .open, .open),
            KeyBinding([.character("c")], .copy, .copy),
            KeyBinding([.character("t")], .contents, .contents),
        ]),
        KeySection(title: .searching, bindings: [
            KeyBinding([.character("/")], .searchForward, .searchForward),
            KeyBinding([.character("?")], .searchBackward, .searchBackward),
            KeyBinding([.character("n")], .nextMatch, .nextMatch),
            KeyBinding([.character("N")], .previousMatch, .previousMatch),
        ]),
        KeySection(title: .other, bindings: [
            KeyBinding([.escape], .escape, .escape),
            KeyBinding([.character("h"), .function(1)], .help, .help),
            KeyBinding([.character("="), .control("g")], .position, .position),
            KeyBinding([.control("l")], .redraw, .redraw),
            KeyBinding([.control("z")], .suspend, .suspend),
            KeyBinding([.character("q")], .quit, .quit),
        ]),
    ])

    static let prompt = KeyMap<PromptAction>([
        KeySection(title: .whileTyping, bindings: [
            KeyBinding([.enter], .accept, .acceptSearch),
            KeyBinding([.escape, .control("g"), .control("c")], .cancel, .cancelSearch),
            KeyBinding([.backspace], .erase, .eraseCharacter),
            KeyBinding([.control("l")], .redraw, .redraw),
        ]),
    ], otherCharacters: (.type, .typeCharacter))

    static let contents = KeyMap<ContentsAction>([
        KeySection(title: .inContents, bindings: [
            KeyBinding(lineDownKeys + [.tab], .next, .selectNextQuestion),
            KeyBinding(lineUpKeys + [.backTab], .previous, .selectPreviousQuestion),
            KeyBinding(pageDownKeys, .pageDown, .pageDown),
            KeyBinding(pageUpKeys, .pageUp, .pageUp),
            KeyBinding(halfPageDownKeys, .halfPageDown, .halfPageDown),
            KeyBinding(halfPageUpKeys, .halfPageUp, .halfPageUp),
            KeyBinding(startKeys, .first, .firstQuestion),
            KeyBinding(endKeys, .last, .lastQuestion),
            KeyBinding([.enter], .jump, .jumpToSelected),
            KeyBinding(digitKeys, .digit, .goToQuestion, shown: countShown),
            KeyBinding([.backspace], .eraseDigit, .eraseDigit),
            KeyBinding([.character("q"), .escape, .character("t")], .close, .closeContents),
            KeyBinding([.control("l")], .redraw, .redraw),
            KeyBinding([.control("z")], .suspend, .suspend),
        ]),
    ])

    static let help = KeyMap<HelpAction>([
        KeySection(title: .inHelp, bindings: [
            KeyBinding(lineDownKeys + [.enter], .lineDown, .lineDown),
            KeyBinding(lineUpKeys, .lineUp, .lineUp),
            KeyBinding(pageDownKeys, .pageDown, .pageDown),
            KeyBinding(pageUpKeys, .pageUp, .pageUp),
            KeyBinding(halfPageDownKeys, .halfPageDown, .halfPageDown),
            KeyBinding(halfPageUpKeys, .halfPageUp, .halfPageUp),
            KeyBinding(startKeys, .top, .toStart),
            KeyBinding(endKeys, .bottom, .toEnd),
            KeyBinding([.character("q"), .escape, .character("h"), .function(1)], .close, .closeHelp),
            KeyBinding([.control("l")], .redraw, .redraw),
            KeyBinding([.control("z")], .suspend, .suspend),
        ]),
    ])

    /// Every key some screen answers (the storms draw most of their keys from these).
    package static var allKeys: [Key] {
        reading.boundKeys + prompt.boundKeys + contents.boundKeys + help.boundKeys
    }

    // MARK: The list, for the help screen and the docs

    /// Every screen's keys in the order the help and the docs list them.
    public static func sections(in language: Language = .current) -> [Section] {
        reading.listing(in: language) + prompt.listing(in: language)
            + contents.listing(in: language) + help.listing(in: language)
    }

    /// The sections' titles, which the help screen draws as headings.
    static func sectionTitles(in language: Language = .current) -> [String] {
        helpCache.withLock { cache in
            if let c = cache, c.language == language { return c.titles }
            return sections(in: language).map(\.title)
        }
    }

    /// The library view's keys (`LibraryKeys`), listed after the reader's.
    public static func librarySections(in language: Language = .current) -> [Section] {
        LibraryKeys.sections(in: language)
    }

    /// The help screen's lines, the actions wrapped under each other beside the keys.
    /// Kept for the last width asked: the help screen asks on every key and every frame.
    public static func helpLines(width: Int, language: Language = .current) -> [String] {
        helpCache.withLock { cache in
            if let c = cache, c.width == width, c.language == language { return c.lines }
            let lines = helpLines(width: width, sections: sections(in: language), language: language)
            cache = (width, language, lines, sections(in: language).map(\.title))
            return lines
        }
    }

    private static let helpCache = Mutex<(width: Int, language: Language, lines: [String], titles: [String])?>(nil)

    /// The help screen's lines for `sections` (the library view adds its own to the reader's).
    static func helpLines(width: Int, sections: [Section], language: Language = .current) -> [String] {
        // The key column fits the reading keys; a longer list of keys takes a line of its
        // own, so one long entry does not push every action to the right.
        let keyWidth = min(19, sections.flatMap(\.entries).map { DisplayWidth.of($0.keyText) }.max() ?? 0)
        let indent = keyWidth + 4
        // Too narrow for a key column: put each action on its own lines under its keys.
        let columns = width - indent >= 16
        var lines = [Catalogue.Keys.listTitle.text(in: language), ""]
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
                if columns && DisplayWidth.of(e.keyText) > keyWidth {
                    lines.append("  " + e.keyText)
                    lines += wrapped(e.action, width: width - indent).map { String(repeating: " ", count: indent) + $0 }
                } else if columns {
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
        lines += wrapped(Catalogue.Keys.searchRules.text(in: language), width: width)
        return lines
    }

    /// docs/keys.md (English) or docs/keys.nl.md (Dutch), generated: the reader's keys,
    /// then the library view's.
    public static func markdown(in language: Language) -> String {
        let k = Catalogue.Keys.self
        var out = "# \(k.listTitle.text(in: language))\n\n<!-- \(k.generatedFrom.text(in: language)) -->\n"
        for section in sections(in: language) + librarySections(in: language) {
            out += "\n## \(section.title)\n\n"
            out += "| \(k.keysColumn.text(in: language)) | \(k.actionColumn.text(in: language)) |\n|---|---|\n"
            for e in section.entries {
                let keys = e.keys.map { $0 == "`" ? "`` ` ``" : "`\($0)`" }.joined(separator: " ")
                out += "| \(keys) | \(e.action) |\n"
            }
        }
        out += "\n" + k.searchRules.text(in: language) + "\n"
        return out
    }
}

extension KeyTable.Entry {
    /// The keys as the help screen shows them.
    public var keyText: String { keys.joined(separator: " ") }
}
