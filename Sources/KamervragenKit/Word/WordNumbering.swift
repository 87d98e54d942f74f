import OpenXMLPackage

/// Word's automatic numbering (`numbering.xml`), rendered as Word renders it: a list
/// instance (`w:num`) points at a list definition (`w:abstractNum`) whose nine levels
/// each have a start value, a number format and a label template (`%1)`, `%1.%2.`).
/// Counters belong to the definition, so two instances of one definition continue each
/// other's count, unless an instance overrides a level's start: then its first paragraph
/// at that level restarts there. Using a level resets the levels below it.
struct WordNumbering {
    struct Level {
        var start = 0
        var format = "decimal"
        var text = "%1."
        /// Restart after a use of this level or a higher one (0: never); nil: any higher.
        var restart: Int?
        /// "Legal" numbering shows every level's number in decimal.
        var legal = false
    }

    struct Definition {
        var levels: [Int: Level] = [:]
        /// The definition takes its levels from a numbering style's list (`w:numStyleLink`).
        var styleLink: String?
    }

    struct Instance {
        var definition: Int
        var startOverrides: [Int: Int] = [:]
        var levelOverrides: [Int: Level] = [:]
    }

    private var definitions: [Int: Definition] = [:]
    private var instances: [Int: Instance] = [:]
    /// Counters per definition, one per level (nil: not used since its last reset).
    private var counters: [Int: [Int?]] = [:]
    /// Levels of an instance whose start override has been applied.
    private var restarted: Set<Int> = []

    /// The numbering part, read when the first numbered paragraph asks for a label: most
    /// ministry files number nothing, and their numbering part (70 KB of list definitions
    /// from the template) was a sixth of the time to open one.
    private var unread: (package: OfficePackage, part: String, styles: WordStyles)?
    /// The part as slices, when its form allows (`WordNumberingSlices`): each list is
    /// parsed when a paragraph first asks for it, with the lists it needs.
    private var slices: (parts: WordNumberingSlices, part: String, styles: WordStyles, limits: XMLLimits)?
    /// The definitions as read, before `w:numStyleLink`s are followed (sliced reading).
    private var readDefinitions: [Int: Definition] = [:]
    /// Why the part could not be read; the reader refuses the file once its walk ends.
    private(set) var failure: PackageError?

    init() {}

    init(package: OfficePackage, part: String?, styles: WordStyles) {
        guard let part else { return }
        unread = (package, part, styles)
    }

    private mutating func read() {
        guard let (package, part, styles) = unread else { return }
        unread = nil
        let xml: [UInt8]
        do {
            guard let bytes = try package.bytes(of: part) else { return }
            xml = bytes
        } catch {
            failure = error
            return
        }
        start(xml, part: part, styles: styles, limits: package.xmlLimits, slicing: true)
    }

    /// The part's bytes given at once (the tests compare the slices with a whole read).
    init(xml: [UInt8], part: String, styles: WordStyles, limits: XMLLimits = .standard, slicing: Bool) {
        start(xml, part: part, styles: styles, limits: limits, slicing: slicing)
    }

    private mutating func start(_ xml: [UInt8], part: String, styles: WordStyles, limits: XMLLimits, slicing: Bool) {
        if slicing, let parts = WordNumberingSlices(xml, maxDepth: limits.maxDepth) {
            slices = (parts, part, styles, limits)
        } else {
            readWhole(xml, part: part, styles: styles, limits: limits)
        }
    }

    /// Whether the part is read list by list (else it was read whole).
    var readsSlices: Bool { slices != nil }

    /// The whole part at once: the form the slices do not cut, or a slice that failed to
    /// parse (then the whole part fails too, and says where).
    private mutating func readWhole(_ xml: [UInt8], part: String, styles: WordStyles, limits: XMLLimits) {
        let reader = Reader()
        do {
            try SAXParser.parse(xml, part: part, into: reader, limits: limits)
        } catch {
            failure = error
            return
        }
        definitions = reader.definitions
        instances = reader.instances
        // A definition that links to a numbering style uses the list that style names (as
        // read: so a link to a definition that links again does not depend on the order
        // the dictionary lists them in).
        for (id, definition) in reader.definitions {
            guard let link = definition.styleLink, let numID = styles.numbering(link)?.numID,
                  let target = instances[numID]?.definition, let linked = reader.definitions[target] else { continue }
            definitions[id]?.levels = linked.levels
        }
    }

    /// Parses list instance `numID` from the slices, with its definition and, for a
    /// definition that takes its levels from a numbering style, that style's list.
    private mutating func load(_ numID: Int) {
        guard let (read, part, styles, limits) = slices else { return }
        var parts = read
        slices = nil
        var wanted = [numID], wantedDefinitions: [Int] = [], linking: [Int] = []
        while let xml = parts.slice(instances: wanted, definitions: wantedDefinitions) {
            let reader = Reader()
            do {
                try SAXParser.parse(xml, part: part, into: reader, limits: limits)
            } catch {
                readWhole(parts.part, part: part, styles: styles, limits: limits)
                return
            }
            instances.merge(reader.instances) { $1 }
            readDefinitions.merge(reader.definitions) { $1 }
            wanted = []
            wantedDefinitions = reader.instances.values.map(\.definition)
            for (id, definition) in reader.definitions {
                guard let link = definition.styleLink else { continue }
                linking.append(id)
                if let linked = styles.numbering(link)?.numID { wanted.append(linked) }
            }
        }
        for (id, definition) in readDefinitions where definitions[id] == nil {
            definitions[id] = definition
        }
        // A definition that links to a numbering style uses the list that style names.
        for id in linking {
            guard let link = readDefinitions[id]?.styleLink, let numID = styles.numbering(link)?.numID,
                  let target = instances[numID]?.definition, let linked = readDefinitions[target] else { continue }
            definitions[id]?.levels = linked.levels
        }
        slices = (parts, part, styles, limits)
    }

    /// The label of the next paragraph of list instance `numID` at `level`, advancing
    /// the counters; nil when the instance does not exist or the level shows nothing.
    mutating func next(numID: Int, level rawLevel: Int) -> String? {
        guard numID != 0 else { return nil }
        if unread != nil { read() }
        if slices != nil, instances[numID] == nil { load(numID) }
        guard let instance = instances[numID], let definition = definitions[instance.definition] else { return nil }
        let level = min(max(rawLevel, 0), 8)
        var counts = counters[instance.definition] ?? Array(repeating: nil, count: 9)
        let key = numID * 16 + level
        if let start = instance.startOverrides[level], !restarted.contains(key) {
            restarted.insert(key)
            counts[level] = start
        } else if let current = counts[level] {
            counts[level] = current + 1
        } else {
            counts[level] = self.level(level, of: definition, instance).start
        }
        for deeper in (level + 1)..<9 {
            let restart = self.level(deeper, of: definition, instance).restart
            // Restart below when this level is at or above the one it restarts after.
            if restart == nil || (restart! != 0 && level < restart!) { counts[deeper] = nil }
        }
        counters[instance.definition] = counts
        let this = self.level(level, of: definition, instance)
        if this.format == "none" { return nil }
        if this.format == "bullet" { return WordSymbols.bullet(this.text) }
        return render(this.text, counts: counts, definition: definition, instance: instance, legal: this.legal)
    }

    private func level(_ k: Int, of definition: Definition, _ instance: Instance) -> Level {
        instance.levelOverrides[k] ?? definition.levels[k] ?? Level(text: "%\(k + 1).")
    }

    private func render(_ template: String, counts: [Int?], definition: Definition, instance: Instance, legal: Bool) -> String {
        var out = ""
        var it = template.makeIterator()
        while let c = it.next() {
            guard c == "%", let d = it.next() else { out.append(c); continue }
            guard let n = d.wholeNumberValue, (1...9).contains(n) else { out.append(c); out.append(d); continue }
            let lvl = level(n - 1, of: definition, instance)
            let value = counts[n - 1] ?? lvl.start
            out += WordNumberFormat.format(value, as: legal ? "decimal" : lvl.format)
        }
        return out
    }

    final class Reader: XMLHandler {
        enum Element: String, CaseIterable {
            case abstractNum, num, abstractNumId, lvlOverride, startOverride, lvl, start, numFmt, lvlText, lvlRestart, isLgl,
                 numStyleLink
        }
        static let vocabulary = XMLVocabulary(Element.self)
        static let byIndex = Element.allCases
        var vocabulary: XMLVocabulary { Self.vocabulary }
        private let elements = Reader.byIndex
        var definitions: [Int: Definition] = [:]
        var instances: [Int: Instance] = [:]
        private var definitionID: Int?
        private var definition = Definition()
        private var instanceID: Int?
        private var instance = Instance(definition: -1)
        private var levelIndex: Int?
        private var level = Level()
        private var overrideLevel: Int?

        func startElement(_ name: XMLName, attributes: XMLAttributes) {
            guard name.namespace == .wordprocessingML, let index = name.index else { return }
            switch elements[index] {
            case .abstractNum:
                definitionID = attributes.int(.wordprocessingML, "abstractNumId")
                definition = Definition()
            case .num:
                instanceID = attributes.int(.wordprocessingML, "numId")
                instance = Instance(definition: -1)
            case .abstractNumId:
                if instanceID != nil, let v = attributes.int(.wordprocessingML, "val") { instance.definition = v }
            case .lvlOverride:
                overrideLevel = attributes.int(.wordprocessingML, "ilvl")
            case .startOverride:
                if let o = overrideLevel, let v = attributes.int(.wordprocessingML, "val") { instance.startOverrides[o] = v }
            case .lvl:
                levelIndex = attributes.int(.wordprocessingML, "ilvl")
                level = Level()
            case .start: if let v = attributes.int(.wordprocessingML, "val") { level.start = v }
            case .numFmt: if let v = attributes.value(.wordprocessingML, "val") { level.format = v }
            case .lvlText: level.text = attributes.value(.wordprocessingML, "val") ?? ""
            case .lvlRestart: level.restart = attributes.int(.wordprocessingML, "val")
            case .isLgl: level.legal = attributes.isOn(.wordprocessingML, "val")
            case .numStyleLink: definition.styleLink = attributes.value(.wordprocessingML, "val")
            }
        }

        func endElement(_ name: XMLName) {
            guard name.namespace == .wordprocessingML, let index = name.index else { return }
            switch elements[index] {
            case .lvl:
                if let k = levelIndex, (0..<9).contains(k) {
                    if let o = overrideLevel, instanceID != nil { instance.levelOverrides[o] = level } else { definition.levels[k] = level }
                }
                levelIndex = nil
            case .lvlOverride: overrideLevel = nil
            case .abstractNum:
                if let id = definitionID { definitions[id] = definition }
                definitionID = nil
            case .num:
                if let id = instanceID { instances[id] = instance }
                instanceID = nil
            default: break
            }
        }

        func text(_ bytes: [UInt8]) {}
    }
}

/// Word's number formats for list labels and note numbers.
enum WordNumberFormat {
    static func format(_ n: Int, as format: String) -> String {
        switch format {
        case "lowerLetter": letters(n, upper: false)
        case "upperLetter": letters(n, upper: true)
        case "lowerRoman": roman(n).lowercased()
        case "upperRoman": roman(n)
        case "decimalZero": n < 10 && n >= 0 ? "0\(n)" : String(n)
        default: String(n)
        }
    }

    /// a … z, then aa … zz, as Word counts (not spreadsheet columns).
    static func letters(_ n: Int, upper: Bool) -> String {
        guard n > 0 else { return String(n) }
        let letter = Character(Unicode.Scalar(UInt8((upper ? 65 : 97) + (n - 1) % 26)))
        return String(repeating: letter, count: (n - 1) / 26 + 1)
    }

    static func roman(_ n: Int) -> String {
        guard n > 0, n < 4000 else { return String(n) }
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = n
        var out = ""
        for (value, symbol) in table {
            while rest >= value { out += symbol; rest -= value }
        }
        return out
    }
}
