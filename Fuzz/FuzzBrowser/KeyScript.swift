import BrowserCore

/// A fuzz input for the browser: a terminal size, a script of keys and resizes, and a
/// document, all read from the fuzzer's bytes.
///
/// Layout: byte 0 the rows, byte 1 the columns, byte 2 the script's length `n`, then `n`
/// script bytes, then the document. Printable ASCII in the script is that key, so seeds
/// read as what a user types (`f\t\to`); the other bytes are the special keys, resizes
/// and the terminal's idle moment (see `step(_:)`). Keeping the script before the
/// document means a mutation of the document never shifts the keys.
struct KeyScript {
    enum Step: Equatable {
        case key(Key)
        case resize(rows: Int, columns: Int)
        /// One step of the work the terminal does while no key is waiting (numbering
        /// lines not yet looked at, counting a search's matches).
        case idle
    }

    var rows: Int
    var columns: Int
    var steps: [Step]
    var document: ArraySlice<UInt8>

    init?(_ bytes: [UInt8]) {
        guard bytes.count >= 3 else { return nil }
        rows = KeyScript.rows(bytes[0])
        columns = KeyScript.columns(bytes[1])
        let end = min(bytes.count, 3 + Int(bytes[2]))
        let script = bytes[3..<end]
        document = bytes[end...]
        steps = []
        var i = script.startIndex
        while i < script.endIndex {
            let b = script[i]
            i += 1
            if b == 0x00 {
                // A resize takes the next two bytes as its size (missing ones read as 0).
                let r = i < script.endIndex ? script[i] : 0
                let c = i + 1 < script.endIndex ? script[i + 1] : 0
                i = min(script.endIndex, i + 2)
                steps.append(.resize(rows: KeyScript.rows(r), columns: KeyScript.columns(c)))
            } else {
                steps.append(KeyScript.step(b))
            }
        }
    }

    /// 0…100 rows, most of the byte's range on small screens where layouts run out of room.
    static func rows(_ b: UInt8) -> Int { b <= 60 ? Int(b) : 60 + (Int(b) - 60) * 40 / 195 }

    /// 0…300 columns, likewise.
    static func columns(_ b: UInt8) -> Int { b <= 160 ? Int(b) : 160 + (Int(b) - 160) * 140 / 95 }

    /// Characters beyond ASCII a reader may type into the search prompt: accents (search
    /// folds them), wide and zero-width ones, a combining mark alone, controls the
    /// terminal layer would pass on, and the private-use and noncharacter points a
    /// document must never be able to forge markup with.
    static let scalars: [Unicode.Scalar] = [
        "ë", "é", "ï", "ü", "ß", "İ", "ﬁ", "Ω", "中", "😀", "\u{0301}", "\u{200B}", "\u{200D}", "\u{202E}",
        "\u{2066}", "\u{FEFF}", "\u{00A0}", "\u{2011}", "\u{2028}", "\u{00AD}", "\u{E000}", "\u{E001}",
        "\u{F0B7}", "\u{FFFD}", "\u{FFFF}", "\u{10FFFF}", "\u{1F1F3}", "\u{0085}", "\u{009B}", "€", "’", "…",
    ]

    /// One script byte (other than 0x00, a resize).
    static func step(_ b: UInt8) -> Step {
        switch b {
        case 0x20...0x7E: return .key(.character(Character(Unicode.Scalar(b))))
        case 0x09: return .key(.tab)
        case 0x0A, 0x0D: return .key(.enter)
        case 0x08, 0x7F: return .key(.backspace)
        case 0x1B: return .key(.escape)
        case 0x01...0x1A: return .key(.control(Character(Unicode.Scalar(b + 0x60))))
        case 0x1C: return .idle
        case 0x1D: return .key(.backTab)
        case 0x1E: return .key(.up)
        case 0x1F: return .key(.down)
        case 0x80: return .key(.left)
        case 0x81: return .key(.right)
        case 0x82: return .key(.pageUp)
        case 0x83: return .key(.pageDown)
        case 0x84: return .key(.home)
        case 0x85: return .key(.end)
        case 0x86...0x9D: return .key(.function(Int(b) - 0x85))
        default: return .key(.character(Character(scalars[Int(b - 0x9E) % scalars.count])))
        }
    }
}
