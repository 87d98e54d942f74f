/// The word boxes `pdftotext -bbox-layout` prints, read back into pages and lines.
///
/// pdftotext already groups words into lines (baseline order, superscripts kept in the
/// line they belong to) and gives every word its box; the typesetting facts this reader
/// relies on (smaller raised note markers, a smaller note font, furniture at fixed
/// places) are all visible in those boxes.
struct BBoxWord: Hashable, Sendable {
    var text: String
    var xMin: Double
    var yMin: Double
    var xMax: Double
    var yMax: Double

    var height: Double { yMax - yMin }
    var centerY: Double { (yMin + yMax) / 2 }
}

/// A line's extent and text are computed once: classification asks for them often.
struct BBoxLine: Hashable, Sendable {
    let words: [BBoxWord]
    let xMin: Double
    let xMax: Double
    let yMin: Double
    let text: String

    init(words: [BBoxWord]) {
        self.words = words
        xMin = words.map(\.xMin).min() ?? 0
        xMax = words.map(\.xMax).max() ?? 0
        yMin = words.map(\.yMin).min() ?? 0
        text = words.map(\.text).joined(separator: " ")
    }
}

struct BBoxPage: Hashable, Sendable {
    var width: Double
    var height: Double
    var lines: [BBoxLine]
}

enum BBoxLayout {
    /// Reads the XHTML with a small tag scanner: the format is machine-written and flat,
    /// so a full XML parser (and Foundation) would buy nothing.
    static func parse(_ bytes: [UInt8]) -> [BBoxPage] {
        var pages: [BBoxPage] = []
        var line: [BBoxWord] = []
        var i = 0
        let n = bytes.count
        while i < n {
            guard bytes[i] == UInt8(ascii: "<") else { i += 1; continue }
            var j = i + 1
            while j < n, bytes[j] != UInt8(ascii: ">") { j += 1 }
            guard j < n else { break }
            let tag = bytes[(i + 1)..<j]
            i = j + 1
            if tag.starts(with: Array("page ".utf8)) {
                let attributes = Attributes(tag)
                pages.append(BBoxPage(width: attributes["width"] ?? 595, height: attributes["height"] ?? 842, lines: []))
            } else if tag.starts(with: Array("line".utf8)) && (tag.count == 4 || tag[tag.startIndex + 4] == UInt8(ascii: " ")) {
                line = []
            } else if tag.elementsEqual(Array("/line".utf8)) {
                if !line.isEmpty, !pages.isEmpty { pages[pages.count - 1].lines.append(BBoxLine(words: line)) }
                line = []
            } else if tag.starts(with: Array("word ".utf8)) {
                var k = i
                while k < n, bytes[k] != UInt8(ascii: "<") { k += 1 }
                let text = unescape(bytes[i..<k])
                i = k
                let a = Attributes(tag)
                if !text.isEmpty {
                    line.append(BBoxWord(text: text, xMin: a["xMin"] ?? 0, yMin: a["yMin"] ?? 0, xMax: a["xMax"] ?? 0, yMax: a["yMax"] ?? 0))
                }
            }
        }
        return pages
    }

    /// Undoes the five XML entities and numeric references pdftotext writes.
    static func unescape(_ raw: ArraySlice<UInt8>) -> String {
        let text = String(decoding: raw, as: UTF8.self)
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            guard let semi = rest[amp...].firstIndex(of: ";"), rest.distance(from: amp, to: semi) <= 10 else {
                out += "&"
                rest = rest[rest.index(after: amp)...]
                continue
            }
            let name = rest[rest.index(after: amp)..<semi]
            switch name {
            case "amp": out += "&"
            case "lt": out += "<"
            case "gt": out += ">"
            case "quot": out += "\""
            case "apos": out += "'"
            default:
                var value: UInt32?
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    value = UInt32(name.dropFirst(2), radix: 16)
                } else if name.hasPrefix("#") {
                    value = UInt32(name.dropFirst())
                }
                if let value, let scalar = Unicode.Scalar(value) {
                    out.unicodeScalars.append(scalar)
                } else {
                    out += "&" + name + ";"
                }
            }
            rest = rest[rest.index(after: semi)...]
        }
        out += rest
        return out
    }
}

/// `name="number"` pairs of one tag, read straight from the bytes: this runs for every
/// word of the document, and going through `String` and `Double(String)` made it the
/// slowest step of opening a PDF.
private struct Attributes {
    private var names: [ArraySlice<UInt8>] = []
    private var values: [Double] = []

    init(_ tag: ArraySlice<UInt8>) {
        var i = tag.startIndex
        let end = tag.endIndex
        while i < end {
            while i < end, tag[i] == UInt8(ascii: " ") { i += 1 }
            let nameStart = i
            while i < end, tag[i] != UInt8(ascii: "="), tag[i] != UInt8(ascii: " ") { i += 1 }
            guard i < end, tag[i] == UInt8(ascii: "=") else { continue }
            let name = tag[nameStart..<i]
            i += 1
            guard i < end, tag[i] == UInt8(ascii: "\"") else { continue }
            i += 1
            let valueStart = i
            while i < end, tag[i] != UInt8(ascii: "\"") { i += 1 }
            if let value = Self.number(tag[valueStart..<i]) {
                names.append(name)
                values.append(value)
            }
            i += 1
        }
    }

    /// Plain decimals as pdftotext prints them (`-12.345678`); nil for anything else, and
    /// for a coordinate no page has: the layout turns sizes into `Int`s (type sizes in
    /// tenths of a point), which must never trap, and PDF pages are at most 14,400 points
    /// wide, so anything past a million points is damage, not geometry.
    static let largestCoordinate = 1_000_000.0

    static func number(_ bytes: ArraySlice<UInt8>) -> Double? {
        var negative = false
        var whole = 0.0
        var fraction = 0.0
        var scale = 1.0
        var seenDigit = false
        var inFraction = false
        for (offset, byte) in bytes.enumerated() {
            switch byte {
            case UInt8(ascii: "-") where offset == 0: negative = true
            case UInt8(ascii: "."): if inFraction { return nil } else { inFraction = true }
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                seenDigit = true
                let digit = Double(byte - UInt8(ascii: "0"))
                if inFraction {
                    scale /= 10
                    fraction += digit * scale
                } else {
                    whole = whole * 10 + digit
                }
            default: return nil
            }
        }
        guard seenDigit, whole + fraction <= largestCoordinate else { return nil }
        return (negative ? -1 : 1) * (whole + fraction)
    }

    subscript(name: String) -> Double? {
        let key = Array(name.utf8)
        for (index, candidate) in names.enumerated() where candidate.elementsEqual(key) {
            return values[index]
        }
        return nil
    }
}
