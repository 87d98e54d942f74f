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

struct BBoxLine: Hashable, Sendable {
    var words: [BBoxWord]

    var xMin: Double { words.map(\.xMin).min() ?? 0 }
    var xMax: Double { words.map(\.xMax).max() ?? 0 }
    var yMin: Double { words.map(\.yMin).min() ?? 0 }
    var text: String { words.map(\.text).joined(separator: " ") }
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

/// `name="number"` pairs of one tag.
private struct Attributes {
    var values: [String: Double] = [:]

    init(_ tag: ArraySlice<UInt8>) {
        let text = String(decoding: tag, as: UTF8.self)
        for part in text.split(separator: " ") {
            guard let eq = part.firstIndex(of: "=") else { continue }
            let name = String(part[..<eq])
            let value = part[part.index(after: eq)...].filter { $0 != "\"" && $0 != "/" }
            values[name] = Double(value)
        }
    }

    subscript(name: String) -> Double? { values[name] }
}
