import KamervragenKit

/// One line of the key list: the keys, what they do in words, and the action they are
/// dispatched to. The same value drives the reader, the help screen and docs/keys.md,
/// so a key cannot work without being listed, nor be listed without working.
struct KeyBinding<Action: Sendable>: Sendable {
    var keys: [Key]
    var action: Action
    var help: Catalogue.Keys
    /// How the keys are written when not simply by their names (a count, `<N>g`).
    var shown: [String]?

    init(_ keys: [Key], _ action: Action, _ help: Catalogue.Keys, shown: [String]? = nil) {
        self.keys = keys
        self.action = action
        self.help = help
        self.shown = shown
    }
}

struct KeySection<Action: Sendable>: Sendable {
    var title: Catalogue.Keys
    var bindings: [KeyBinding<Action>]
}

/// The keys of one screen of the reader (reading, the search prompt, the contents, the
/// help; a new screen brings its own action type and map, and lists it in
/// `KeyTable.listings`).
struct KeyMap<Action: Sendable>: Sendable {
    var sections: [KeySection<Action>]
    /// For a screen that takes text: every character key not bound above, and its line
    /// in the list.
    var otherCharacters: (action: Action, help: Catalogue.Keys)?

    init(_ sections: [KeySection<Action>], otherCharacters: (action: Action, help: Catalogue.Keys)? = nil) {
        self.sections = sections
        self.otherCharacters = otherCharacters
    }

    /// What `key` does here, or nil when it does nothing. A linear search: some sixty
    /// bindings, once per key press, and no hashed collection of our own key type (whose
    /// first use costs the runtime a search through every conformance in the binary).
    func action(for key: Key) -> Action? {
        for section in sections {
            for binding in section.bindings where binding.keys.contains(key) { return binding.action }
        }
        if case .character = key, let other = otherCharacters { return other.action }
        return nil
    }

    /// Every key bound here (without the open-ended `otherCharacters`).
    var boundKeys: [Key] { sections.flatMap { $0.bindings.flatMap(\.keys) } }

    /// The map as the help and docs list it, in `language`.
    func listing(in language: Language) -> [KeyTable.Section] {
        sections.map { section in
            var entries = section.bindings.map { b in
                KeyTable.Entry(keys: b.shown ?? b.keys.map(\.name), action: b.help.text(in: language))
            }
            if let other = otherCharacters {
                entries.append(KeyTable.Entry(keys: ["a", "B", "1", "…"], action: other.help.text(in: language)))
            }
            return KeyTable.Section(title: section.title.text(in: language), entries: entries)
        }
    }
}
