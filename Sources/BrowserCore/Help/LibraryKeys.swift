import KamervragenKit

/// What a key does in the library view, screen by screen.
enum LibraryAction: CaseIterable, Sendable {
    case next, previous, pageDown, pageUp, first, last, open
    case sort, reverse, filter, clear, search, back, backDocument
    case help, redraw, suspend, quit
}

/// One line of the library's key list: the keys, the action they are dispatched to, and
/// the help text. The view looks keys up here and the help screen and docs/keys.md list
/// the same values (through `KeyTable.sections`), so a key cannot work unlisted.
struct LibraryKeyBinding: Sendable {
    var keys: [Key]
    var action: LibraryAction
    var help: Catalogue.LibraryView

    init(_ keys: [Key], _ action: LibraryAction, _ help: Catalogue.LibraryView) {
        self.keys = keys
        self.action = action
        self.help = help
    }
}

enum LibraryKeys {
    private static let down: [Key] = [.character("j"), .down, .control("n")]
    private static let up: [Key] = [.character("k"), .up, .control("p")]
    private static let pageDown: [Key] = [.character(" "), .pageDown, .control("f")]
    private static let pageUp: [Key] = [.character("b"), .pageUp, .control("b")]
    private static let start: [Key] = [.character("g"), .home, .character("<")]
    private static let end: [Key] = [.character("G"), .end, .character(">")]
    private static let common: [LibraryKeyBinding] = [
        LibraryKeyBinding([.character("h"), .function(1)], .help, .keyHelp),
        LibraryKeyBinding([.control("l")], .redraw, .keyRedraw),
        LibraryKeyBinding([.control("z")], .suspend, .keySuspend),
    ]

    /// The list of documents.
    static let list: [LibraryKeyBinding] = [
        LibraryKeyBinding(down, .next, .keyNextDocument),
        LibraryKeyBinding(up, .previous, .keyPreviousDocument),
        LibraryKeyBinding(pageDown, .pageDown, .keyPageDown),
        LibraryKeyBinding(pageUp, .pageUp, .keyPageUp),
        LibraryKeyBinding(start, .first, .keyFirstDocument),
        LibraryKeyBinding(end, .last, .keyLastDocument),
        LibraryKeyBinding([.enter], .open, .keyOpenDocument),
        LibraryKeyBinding([.character("s")], .sort, .keySort),
        LibraryKeyBinding([.character("S")], .reverse, .keyReverse),
        LibraryKeyBinding([.character("f"), .character("&")], .filter, .keyFilter),
        LibraryKeyBinding([.escape], .clear, .keyClearFilter),
        LibraryKeyBinding([.character("/")], .search, .keySearch),
    ] + common + [
        LibraryKeyBinding([.character("q")], .quit, .keyQuit),
    ]

    /// The hits of a full-text search.
    static let hits: [LibraryKeyBinding] = [
        LibraryKeyBinding(down + [.character("n")], .next, .keyNextHit),
        LibraryKeyBinding(up + [.character("N")], .previous, .keyPreviousHit),
        LibraryKeyBinding(pageDown, .pageDown, .keyPageDown),
        LibraryKeyBinding(pageUp, .pageUp, .keyPageUp),
        LibraryKeyBinding(start, .first, .keyFirstHit),
        LibraryKeyBinding(end, .last, .keyLastHit),
        LibraryKeyBinding([.enter], .open, .keyOpenHit),
        LibraryKeyBinding([.character("/")], .search, .keySearch),
        LibraryKeyBinding([.character("q"), .escape, .left, .backspace], .back, .keyBackToList),
    ] + common

    /// The keys the view takes from the reader it opened; every other key is the reader's.
    static let reader: [LibraryKeyBinding] = [
        LibraryKeyBinding([.character("n")], .next, .keyReaderNextHit),
        LibraryKeyBinding([.character("N")], .previous, .keyReaderPreviousHit),
        LibraryKeyBinding([.character("q")], .back, .keyReaderBack),
        LibraryKeyBinding([.left, .backspace], .backDocument, .keyReaderBackDocument),
    ]

    static func action(for key: Key, in bindings: [LibraryKeyBinding]) -> LibraryAction? {
        bindings.first { $0.keys.contains(key) }?.action
    }

    /// The library's part of the key list, in `language`.
    static func sections(in language: Language) -> [KeyTable.Section] {
        func section(_ title: Catalogue.LibraryView, _ bindings: [LibraryKeyBinding]) -> KeyTable.Section {
            KeyTable.Section(title: title.text(in: language), entries: bindings.map {
                KeyTable.Entry(keys: $0.keys.map(\.name), action: $0.help.text(in: language))
            })
        }
        return [section(.keysList, list), section(.keysHits, hits), section(.keysReader, reader)]
    }
}
