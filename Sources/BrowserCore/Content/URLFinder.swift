/// Finds a note's URLs in its text by comparing UTF-8 bytes, which is what the notes
/// block spends most of its time on with Character-wise matching (tens of thousands of
/// notes in a large document).
///
/// Byte equality equals Character equality here only when the URL is ASCII, the match
/// sits on Character boundaries, and the text holds none of the few scalars canonically
/// equal to an ASCII letter (KELVIN SIGN, GREEK QUESTION MARK, GREEK VARIA). Otherwise the
/// Character-wise search decides, so the result is the same either way.
struct URLFinder {
    let text: String
    let urls: [String]
    private let bytesDecide: Bool

    init(text: String, urls: [String]) {
        self.text = text
        self.urls = urls
        let asciiURLs = urls.allSatisfy { !$0.isEmpty && $0.utf8.allSatisfy { $0 < 0x80 } }
        bytesDecide = asciiURLs && !URLFinder.hasASCIIEquivalent(text.utf8)
    }

    /// The URL occurring first in `rest` (the first listed on a tie), and where.
    func earliest(in rest: Substring) -> (String, Range<String.Index>)? {
        if bytesDecide {
            var best: (String, Range<String.Index>)?
            var exact = true
            for u in urls {
                guard let r = byteRange(of: u, in: rest) else { continue }
                guard let r = r else { exact = false; break }
                if best == nil || r.lowerBound < best!.1.lowerBound { best = (u, r) }
            }
            if exact { return best }
        }
        return urls.lazy.compactMap { u in rest.firstRange(of: u).map { (u, $0) } }
            .min(by: { $0.1.lowerBound < $1.1.lowerBound })
    }

    func contains(_ url: String) -> Bool {
        if bytesDecide {
            switch byteRange(of: url, in: text[...]) {
            case .none: return false
            case .some(.some): return true
            case .some(.none): break
            }
        }
        return text.contains(url)
    }

    /// nil: no occurrence. `.some(nil)`: a byte match off a Character boundary, which
    /// the caller must settle Character-wise. Otherwise the first occurrence.
    private func byteRange(of needle: String, in hay: Substring) -> Range<String.Index>?? {
        let utf8 = text.utf8
        let lo = utf8.distance(from: utf8.startIndex, to: hay.startIndex)
        let hi = utf8.distance(from: utf8.startIndex, to: hay.endIndex)
        var n = needle
        let found: Int?? = n.withUTF8 { nb in
            utf8.withContiguousStorageIfAvailable { tb -> Int? in
                guard let first = nb.first, nb.count <= hi - lo else { return nil }
                var i = lo
                let last = hi - nb.count
                while i <= last {
                    if tb[i] == first {
                        var k = 1
                        while k < nb.count && tb[i + k] == nb[k] { k += 1 }
                        if k == nb.count { return i }
                    }
                    i += 1
                }
                return nil
            }
        }
        // Not contiguous (never for native strings): let the Character-wise search decide.
        guard let offset = found else { return .some(nil) }
        guard let at = offset else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: at)
        let end = utf8.index(start, offsetBy: needle.utf8.count)
        guard String.Index(start, within: text) != nil, String.Index(end, within: text) != nil else {
            return .some(nil)
        }
        return .some(start..<end)
    }

    private static func hasASCIIEquivalent(_ bytes: String.UTF8View) -> Bool {
        var it = bytes.makeIterator()
        var prev2: UInt8 = 0, prev1: UInt8 = 0
        while let b = it.next() {
            if (prev1 == 0xCD && b == 0xBE)                                   // U+037E
                || (prev2 == 0xE2 && prev1 == 0x84 && b == 0xAA)              // U+212A
                || (prev2 == 0xE1 && prev1 == 0xBF && b == 0xAF) { return true } // U+1FEF
            prev2 = prev1; prev1 = b
        }
        return false
    }
}
