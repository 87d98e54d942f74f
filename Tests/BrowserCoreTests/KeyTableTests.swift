import Testing
@testable import BrowserCore
import KamervragenKit

/// Issue 8 item 4: keys are dispatched from the table the help and docs/keys.md are made
/// from. Every key a screen answers is listed for it, and every listed key is answered.
@Suite struct KeyTableTests {
    /// Every key the terminal layer can deliver (and a few characters it could).
    static let universe: [Key] = {
        var keys: [Key] = (0x20...0x7E).map { .character(Character(Unicode.Scalar(UInt8($0)))) }
        keys += ["é", "€", "中", "😀", "\u{301}"].map { .character($0) }
        keys += "abcdefghijklmnopqrstuvwxyz".map { .control($0) }
        keys += (1...24).map { .function($0) }
        keys += [.up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .tab, .backTab, .backspace, .escape]
        return keys
    }()

    enum Screen: CaseIterable { case reading, prompt, contents, help }

    /// A browser on a document with questions, answers, a note and a URL, showing `screen`.
    func browser(_ screen: Screen) -> Browser {
        var doc = makeDocument(questions(5))
        doc.questions[0].paragraphs = [Paragraph([.text("zie"), .noteRef(NoteID(.footnote, "1")), .text(" en "), .url("https://example.org/a")])]
        doc.footnotes = [Footnote(id: NoteID(.footnote, "1"), text: "NOS https://nos.nl/x", urls: ["https://nos.nl/x"], line: 3)]
        var b = Browser(document: doc, rows: 16, columns: 60)
        switch screen {
        case .reading: break
        case .prompt: b.press(.character("/"), .character("v"))
        case .contents: b.press(.character("t"))
        case .help: b.press(.character("h"))
        }
        return b
    }

    func isBound(_ key: Key, on screen: Screen) -> Bool {
        switch screen {
        case .reading: KeyTable.reading.action(for: key) != nil
        case .prompt: KeyTable.prompt.action(for: key) != nil
        case .contents: KeyTable.contents.action(for: key) != nil
        case .help: KeyTable.help.action(for: key) != nil
        }
    }

    /// Whether the browser answered `key` as one that does nothing on `screen`.
    func ignored(_ key: Key, on screen: Screen) -> Bool {
        var b = browser(screen)
        let before = b.prompt?.text
        let effects = b.handle(key)
        switch screen {
        case .reading: return b.message?.text == Catalogue.Keys.notAKeyHere.text(key.name)
        case .contents: return b.message?.text == Catalogue.Keys.nothingInContents.text(key.name)
        case .help: return b.message?.text == Catalogue.Keys.nothingInHelp.text(key.name)
        case .prompt: return effects.isEmpty && b.prompt != nil && b.prompt?.text == before && b.message == nil
        }
    }

    @Test(arguments: Screen.allCases)
    func aKeyIsAnsweredExactlyWhenTheTableListsIt(screen: Screen) {
        for key in Self.universe {
            let bound = isBound(key, on: screen)
            #expect(bound == !ignored(key, on: screen),
                    "\(key.name) on \(screen): \(bound ? "listed but not answered" : "answered but not listed")")
        }
    }

    @Test func everyActionHasAKeyAndNoKeyTwoActions() {
        func check<A: Hashable & CaseIterable>(_ map: KeyMap<A>, _ name: String) {
            var actions = Set(map.sections.flatMap { $0.bindings.map(\.action) })
            if let other = map.otherCharacters { actions.insert(other.action) }
            for action in A.allCases { #expect(actions.contains(action), "\(name): \(action) has no key") }
            let keys = map.boundKeys
            #expect(Set(keys).count == keys.count, "\(name): a key is bound twice")
        }
        check(KeyTable.reading, "reading")
        check(KeyTable.prompt, "prompt")
        check(KeyTable.contents, "contents")
        check(KeyTable.help, "help")
    }

    /// The keys handled before the table existed but listed nowhere.
    @Test func theControlKeysOfLessAreListed() {
        let listed = KeyTable.sections(in: .english).first { $0.title == "Moving" }?.entries.flatMap(\.keys) ?? []
        for name in ["Ctrl-E", "Ctrl-Y", "Ctrl-F", "Ctrl-B", "Ctrl-D", "Ctrl-U"] {
            #expect(listed.contains(name), "\(name)")
        }
        var b = Browser(document: makeDocument(questions(9, words: 60)), rows: 12, columns: 60)
        b.press(.control("f"))
        #expect(b.top == b.textRows)
        b.press(.control("y"))
        #expect(b.top == b.textRows - 1)
    }

    /// The help screen lists every screen's keys, in both languages.
    @Test(arguments: Language.allCases)
    func theHelpListsEveryKey(language: Language) {
        let lines = KeyTable.helpLines(width: 120, language: language)
        for section in KeyTable.sections(in: language) {
            #expect(lines.contains(section.title))
            for entry in section.entries {
                #expect(lines.contains { $0.hasPrefix("  " + entry.keyText) }, "\(entry.keyText)")
            }
        }
    }
}
