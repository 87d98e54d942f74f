/// Where each list definition (`w:abstractNum`) and list instance (`w:num`) stands in the
/// bytes of `numbering.xml`, found by one pass over its tags (`WordPartTags`), so that the
/// XML parser reads only the lists a document uses. A ministry template's numbering part
/// holds some forty definitions of nine levels each, and a document uses one or two:
/// libxml2 spent most of a numbered file's XML time on the rest (docs/benchmarks.md,
/// "Round three").
///
/// The parser is given the XML declaration and the root's start tag as written, the chosen
/// elements whole and in the part's order, and the root's end tag. Nothing is read from the
/// bytes but where the top-level elements start and end and the id each carries (the
/// definition an instance names is only a hint, checked by what the parser reads). Besides
/// what makes `WordPartTags` give up, the part is read whole when a namespace is declared
/// below the root, a definition or an instance stands inside another element, or one's id
/// is missing, given twice or not plain digits. So the slices hold exactly what a whole
/// parse would hand the numbering reader for those lists: its state does not carry from
/// one top-level element to the next. A list definition no paragraph uses is not checked
/// (as the settings part past its note properties).
struct WordNumberingSlices {
    private let xml: [UInt8]
    private let head: Range<Int>
    /// The root's end tag.
    private let tail: Range<Int>
    /// Each id's elements in the part's order (an id given twice: the last one wins, as in
    /// a whole parse, because both are read, in order).
    private var definitions: [Int: [Range<Int>]] = [:]
    private var instances: [Int: [Range<Int>]] = [:]
    /// The definition each instance names, as its bytes say.
    private var named: [Int: Int] = [:]
    private var readDefinitions: Set<Int> = []
    private var readInstances: Set<Int> = []

    private enum Kind { case definition, instance }

    /// Nil when the part is not in the form described above.
    init?(_ xml: [UInt8], maxDepth: Int) {
        var definitions: [Int: [Range<Int>]] = [:], instances: [Int: [Range<Int>]] = [:], named: [Int: Int] = [:]
        let found = xml.withByteText { t -> (head: Range<Int>, tail: Range<Int>)? in
            guard var tags = WordPartTags(t, maxDepth: maxDepth),
                  !t.extracting(from: tags.head.upperBound).contains(ByteText("xmlns")) else { return nil }
            // The top-level list being read: its kind, id and first byte.
            var current: (kind: Kind, id: Int, start: Int)?
            func record(_ element: (kind: Kind, id: Int, start: Int), end: Int) {
                switch element.kind {
                case .definition: definitions[element.id, default: []].append(element.start..<end)
                case .instance: instances[element.id, default: []].append(element.start..<end)
                }
            }
            while true {
                let tag: WordPartTags.Tag
                switch tags.next() {
                case .unusual: return nil
                case .rootEnd(let tail): return (tags.head, tail)
                case .tag(let t): tag = t
                }
                if tag.isEnd {
                    if tag.depth == 1, let element = current {
                        record(element, end: tag.close + 1)
                        current = nil
                    }
                    continue
                }
                // Only a name `prefix:a…` or `prefix:n…` can be a list's.
                guard let initial = tags.mainInitial(tag), initial == 0x61 || initial == 0x6E else { continue }
                let kind: Kind
                if tags.isMain(tag, ByteText("abstractNum")) {
                    kind = .definition
                } else if tags.isMain(tag, ByteText("num")) {
                    kind = .instance
                } else {
                    // The definition an instance names: a hint, so no reason to give up.
                    if let instance = current, instance.kind == .instance, tags.isMain(tag, ByteText("abstractNumId")),
                       let id = tags.digits(tag, ByteText("val")) ?? nil {
                        named[instance.id] = id
                    }
                    continue
                }
                guard tag.depth == 1, let id = tags.digits(tag, kind == .definition ? ByteText("abstractNumId") : ByteText("numId")) ?? nil
                else { return nil }
                if tag.isEmpty {
                    record((kind, id, tag.open), end: tag.close + 1)
                } else {
                    current = (kind, id, tag.open)
                }
            }
        }
        guard let found else { return nil }
        self.xml = xml
        head = found.head
        tail = found.tail
        self.definitions = definitions
        self.instances = instances
        self.named = named
    }

    /// A part holding the elements of these instances (and of the definitions their bytes
    /// name) and of these definitions that no earlier slice held; nil when there are none.
    mutating func slice(instances wanted: [Int], definitions wantedDefinitions: [Int]) -> [UInt8]? {
        var ranges: [Range<Int>] = []
        var definitionIDs = wantedDefinitions
        for id in wanted where readInstances.insert(id).inserted {
            ranges += instances[id] ?? []
            if let definition = named[id] { definitionIDs.append(definition) }
        }
        for id in definitionIDs where readDefinitions.insert(id).inserted {
            ranges += definitions[id] ?? []
        }
        guard !ranges.isEmpty else { return nil }
        ranges.sort { $0.lowerBound < $1.lowerBound }
        var out: [UInt8] = []
        out.reserveCapacity(head.count + tail.count + ranges.reduce(0) { $0 + $1.count })
        out += xml[head]
        for range in ranges { out += xml[range] }
        out += xml[tail]
        return out
    }

    /// The bytes the slices are cut from (read whole when a slice fails).
    var part: [UInt8] { xml }
}
