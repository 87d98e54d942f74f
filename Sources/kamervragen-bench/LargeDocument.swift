#if canImport(Glibc)
import Glibc
#endif

/// The large documents of issue 9: `Vraag i`, a question of about 500 characters, `Antwoord
/// i` and a 900-character answer paragraph, repeated until the file has the size asked for
/// (29 MB is 20,075 questions, 200 MB 138,227). Written straight to a file in pieces, so the
/// benchmark never holds the whole text; the words are Dutch, with the accented letters and
/// curly quotes every real document has.
enum LargeDocument {
    private static let words = Array(("het kabinet neemt de zorgen over de uitvoering van het beleid serieus en werkt samen met " +
        "gemeenten aan een aanpak die slachtoffers beschermt daders aanpakt en de effecten zorgvuldig volgt zodat " +
        "de Kamer tijdig wordt geïnformeerd over de voortgang").split(separator: " ").map(String.init))

    /// A paragraph of exactly `length` bytes ending in a full stop, its words picked from
    /// `seed` on, so neighbouring paragraphs differ.
    static func paragraph(length: Int, seed: Int) -> String {
        var out = ""
        var k = seed
        while out.utf8.count < length {
            if !out.isEmpty { out += " " }
            out += words[k % words.count]
            k += 7
        }
        var bytes = Array(out.utf8.prefix(length - 1))
        // Never cut a multi-byte character in two.
        while let last = bytes.last, last & 0xC0 == 0x80 || last >= 0xC0 { bytes.removeLast() }
        bytes.append(UInt8(ascii: "."))
        if let first = bytes.first, first >= 0x61, first <= 0x7A { bytes[0] = first - 0x20 }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func block(_ i: Int) -> String {
        "Vraag \(i)\nWat is uw reactie op het bericht ‘Bericht nummer \(i)’ over het creëren van beleid? "
            + paragraph(length: 420, seed: i) + "\n\nAntwoord \(i)\n" + paragraph(length: 900, seed: i * 3) + "\n\n"
    }

    /// Writes at least `bytes` bytes of the document to `path`; returns the questions
    /// written and the size, or nil when the file cannot be written.
    static func write(to path: String, bytes target: Int) -> (questions: Int, bytes: Int)? {
        guard let file = fopen(path, "wb") else { return nil }
        var written = 0, i = 0
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 20)
        while written < target {
            i += 1
            let b = block(i)
            buffer.append(contentsOf: b.utf8)
            written += b.utf8.count
            if buffer.count >= 1 << 20 || written >= target {
                guard fwrite(buffer, 1, buffer.count, file) == buffer.count else { fclose(file); return nil }
                buffer.removeAll(keepingCapacity: true)
            }
        }
        return fclose(file) == 0 ? (i, written) : nil
    }
}
