import BrowserCore

/// One thing that happens to the reader: a key, or the terminal changing size.
package enum StormStep: Hashable, Sendable {
    case key(Key)
    case resize(rows: Int, columns: Int)
    /// The terminal's idle time between keys: up to this many steps of `doIdleWork`
    /// (measuring lines, counting a search), as when the reader pauses.
    case idle(Int)

    /// The step as Swift, to paste into a regression test.
    package var swift: String {
        switch self {
        case .resize(let rows, let columns): return "b.resize(rows: \(rows), columns: \(columns))"
        case .key(let key): return "_ = b.handle(\(Self.swift(key)))"
        case .idle(let n): return "for _ in 0..<\(n) { b.doIdleWork() }"
        }
    }

    static func swift(_ key: Key) -> String {
        switch key {
        case .character(let c): return ".character(\"\(c.unicodeScalars.map { $0.isASCII && $0.value >= 0x20 && $0 != "\"" && $0 != "\\" ? String($0) : "\\u{\(String($0.value, radix: 16))}" }.joined())\")"
        case .control(let c): return ".control(\"\(c)\")"
        case .function(let n): return ".function(\(n))"
        case .up: return ".up"
        case .down: return ".down"
        case .left: return ".left"
        case .right: return ".right"
        case .pageUp: return ".pageUp"
        case .pageDown: return ".pageDown"
        case .home: return ".home"
        case .end: return ".end"
        case .enter: return ".enter"
        case .tab: return ".tab"
        case .backTab: return ".backTab"
        case .backspace: return ".backspace"
        case .escape: return ".escape"
        }
    }
}

/// Random steps with the mix a hostile user produces: mostly the listed keys (moving,
/// links, the pane, search), numbers before g, bursts of typing into the search prompt,
/// any key at all now and then, and resizes between them from 1×1 to 300×100.
package enum StormSteps {
    package static let maxRows = 100
    package static let maxColumns = 300

    /// The keys of every screen, as the key table lists them, but `c`: a copy reaches the
    /// clipboard of whoever runs the storm (a program or tmux each time), and on the
    /// question citing 10,000 notes makes a text of all of them; pressed hundreds of times
    /// that was most of a storm. It still comes now and then among `anything`.
    static let listed: [Key] = KeyTable.allKeys.filter { $0 != .character("c") }

    /// Keys a user presses more than the rest: they move the screen and the selection.
    static let frequent: [Key] = [
        .character("j"), .character("k"), .character(" "), .character("b"), .character("G"), .character("g"),
        .tab, .tab, .backTab, .enter, .character("f"), .character("o"), .character("]"), .character("["),
        .character("a"), .left, .right, .escape, .character("n"), .character("N"), .character("t"), .character("h"),
    ]

    /// Any key at all, including ones no screen lists.
    static let anything: [Key] = {
        var keys: [Key] = (0x20...0x7E).map { .character(Character(Unicode.Scalar(UInt8($0)))) }
        keys += ["é", "中", "😀", "\u{301}", "\u{1B}", "\u{7F}", "\u{0}"].map { .character($0) }
        keys += "abcdefghijklmnopqrstuvwxyz".map { .control($0) }
        keys += (1...24).map { .function($0) }
        keys += [.up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .tab, .backTab, .backspace, .escape]
        return keys
    }()

    /// Letters to search for: common in the documents, so searches find something.
    static let searchText = ["e", "de", "vraag", "x", "noot", "https", "creeren", "Comensha", "中", "😀", "zzz", "1", "e\u{301}"]

    package static func size(_ rng: inout StormRandom) -> (rows: Int, columns: Int) {
        // The largest screens cost thirty times the average to draw and check: one resize
        // in twenty goes there, which is still thousands of steps at 300×100 a storm.
        switch rng.int(0...39) {
        case 0..<4: return (rng.int(1...4), rng.int(1...12))
        case 4: return (maxRows, maxColumns)
        case 5: return (rng.int(maxRows - 10...maxRows), rng.int(maxColumns - 40...maxColumns))
        default: return (rng.logUniform(1...maxRows), rng.logUniform(1...maxColumns))
        }
    }

    package static func steps(_ count: Int, _ rng: inout StormRandom) -> [StormStep] {
        var out: [StormStep] = []
        out.reserveCapacity(count + 8)
        while out.count < count {
            switch rng.int(0...99) {
            case 0..<5:
                let s = size(&rng)
                out.append(.resize(rows: s.rows, columns: s.columns))
            case 5..<8: out.append(.idle(rng.pick([1, 1, 2, 5, 50])))
            case 8..<50: out.append(.key(rng.pick(frequent)))
            case 50..<80: out.append(.key(rng.pick(listed)))
            case 80..<87:
                out.append(.key(rng.pick(anything)))
            case 87..<95:
                // A search typed, then accepted, abandoned, edited or left open.
                out.append(.key(rng.pick([.character("/"), .character("?")])))
                for c in rng.pick(searchText) { out.append(.key(.character(c))) }
                if rng.chance(0.2) { let s = size(&rng); out.append(.resize(rows: s.rows, columns: s.columns)) }
                out.append(.key(rng.pick([.enter, .enter, .escape, .backspace, .character("x"), .control("g")])))
            default:
                // A number, then what uses it.
                for d in String(rng.pick([1, 2, 3, 7, 12, 40, 999, 99_999, 1_000_000])) { out.append(.key(.character(d))) }
                out.append(.key(rng.pick([.character("g"), .enter, .character("j"), .character("k"), .home, .backspace, .escape])))
            }
        }
        // Exactly `count`: a burst may run past it, and a replay with `--per-case count`
        // must make the same steps as the report names.
        return Array(out.prefix(count))
    }
}
