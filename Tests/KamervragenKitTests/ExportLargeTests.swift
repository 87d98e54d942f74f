import Testing
@testable import KamervragenKit
import TestSupport

/// `outline` and `export` at scale (issue 9, item 11): the outline reads only the opening
/// of each question, and the export is written in chunks as it is made. Both must give
/// exactly the text they gave before, which the reference forms below (the earlier
/// implementations, kept here as the oracle) produce.
@Suite struct ExportLargeTests {
    /// The outline lines as they were made before: each question's whole text normalised,
    /// split at its first line break, sanitised, measured and truncated.
    static func referenceOutline(_ doc: Document) -> [String] {
        let width = OutlineFormatter.openingWidth
        let numberWidth = doc.questions.map { DisplayWidth.of($0.number.description) }.max() ?? 1
        var out: [String] = []
        for q in doc.questions {
            let number = q.number.description
            let pad = String(repeating: " ", count: max(0, numberWidth - number.count))
            var opening = SafeText.line(PlainText.text(of: q.paragraphs).split(separator: "\n").first.map(String.init) ?? "")
            if opening.isEmpty { opening = "(no text of its own)" }
            opening = TextWrapper.truncate(opening, width: width)
            let fill = String(repeating: " ", count: max(0, width - DisplayWidth.of(opening)))
            out.append("\(pad)\(number)  \(opening)\(fill)  → \(OutlineFormatter.whereAnswered(q, in: doc))")
        }
        for n in doc.notices {
            out.append("Mededeling  \(TextWrapper.truncate(SafeText.line(PlainText.text(of: n.paragraphs)), width: width))")
        }
        return out
    }

    static func corpus() throws -> [Document] {
        try Corpus.expectations().map { e in
            try DocumentLoader.parse(bytes: Fixture.bytes(e.fixturePath), source: e.file)
        } + [try DocumentLoader.parse(bytes: Fixture.bytes("seed.txt"), source: "seed.txt")]
    }

    @Test func outlineOfTheCorpusIsUnchanged() throws {
        let documents = try Self.corpus()
        #expect(documents.count == 46)
        for doc in documents {
            #expect(OutlineFormatter.lines(doc) == Self.referenceOutline(doc), "\(doc.source)")
        }
    }

    /// Openings of every length around the cut, made of what takes the fast path (ASCII,
    /// accented letters, curly quotes, dashes) and what does not (combining marks, wide
    /// characters, controls, tabs and runs of blanks, no-break spaces), with spaces and
    /// commas where the cut falls, over several paragraphs, some of them empty.
    @Test func outlineOfGeneratedOpeningsMatchesTheReference() {
        let pieces = ["woord", " ", " ", ",", "a", "é", "‘", "’", "–", "€", "e\u{301}", "漢", "\u{1B}", "\t", "\u{A0}",
                      "\u{200B}", "🇳🇱", "\n", "x,", "lange-samengestelde-woorden", "ĳ", "\u{7F}", "\u{2028}"]
        var generator = SeededRandom(seed: 9)
        var questions: [Question] = []
        for n in 1...400 {
            var paragraphs: [Paragraph] = []
            for _ in 0..<(n % 3 == 0 ? 2 : 1) {
                var text = ""
                let target = Int(generator.next() % 400)
                while text.unicodeScalars.count < target {
                    // Mostly plain text, with a rarer piece now and then.
                    let k = generator.next() % 10 < 7 ? Int(generator.next() % 10) : Int(generator.next() % UInt64(pieces.count))
                    text += pieces[k]
                }
                paragraphs.append(Paragraph(text: text))
            }
            questions.append(Question(number: QuestionNumber(n), paragraphs: paragraphs, lines: LineRange(n, n)))
        }
        // The last space right around half the room, where the cut changes its mind, and
        // commas and spaces just before it.
        for letter in ["a", "é", "e\u{301}"] {
            for at in 25...35 {
                for tail in [" ", ",", ", ", "  x"] {
                    let text = String(repeating: letter, count: at) + tail + String(repeating: "b", count: 70 - at)
                    questions.append(Question(number: QuestionNumber(questions.count + 1), paragraphs: [Paragraph(text: text)], lines: LineRange(1, 1)))
                }
            }
        }
        // Answer headings with and without a number, in and out of ASCII.
        let headings = ["Antwoord op vraag 3", "Antwoord:", "Antwoord", "Antwoord  op\tvraag  4 ", "Antwoord op vraag ５",
                        "Antwoord ①", "Antwoord \u{1B}[31m", "Antwoord é", "Antwoord\u{A0}7", "Antwoord op vragen ٣ en 4", ""]
        let answers = headings.enumerated().map { k, h in
            Answer(questions: [QuestionNumber(k + 1), QuestionNumber(k + 2)], heading: h, paragraphs: [Paragraph(text: "Ja.")], lines: LineRange(1, 1))
        }
        for k in answers.indices { questions[k].answer = k }
        let doc = Document(source: "generated", questions: questions, answers: answers)
        let lines = OutlineFormatter.lines(doc), reference = Self.referenceOutline(doc)
        #expect(lines.count == reference.count)
        for (a, b) in zip(lines, reference) { #expect(a == b) }
    }

    /// The byte form of the whitespace collapse against the `String` one, on text with
    /// every kind of whitespace and the non-whitespace characters that share their lead bytes.
    @Test func normalisingBytesMatchesNormalisingStrings() {
        let pieces = ["a", "woord", " ", "  ", "\t", "\n", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{A0}", "\u{A9}", "\u{1680}",
                      "\u{1681}", "\u{2000}", "\u{200A}", "\u{200B}", "\u{2018}", "\u{2014}", "\u{2028}", "\u{2029}", "\u{202F}",
                      "\u{205F}", "\u{20AC}", "\u{3000}", "\u{3001}", "é", "漢", "🇳🇱"]
        var generator = SeededRandom(seed: 11)
        for _ in 0..<2_000 {
            var text = ""
            for _ in 0..<Int(generator.next() % 30) { text += pieces[Int(generator.next() % UInt64(pieces.count))] }
            var bytes: [UInt8] = []
            Array(text.utf8).withByteText { PlainText.appendNormalised($0, to: &bytes) }
            #expect(String(decoding: bytes, as: UTF8.self) == PlainText.normalised(text), "\(Array(text.unicodeScalars))")
        }
    }

    /// JSON string escaping copies runs of plain bytes at once; against the escaping
    /// written out byte by byte, on text full of what must be escaped and what only looks
    /// like it (other characters whose UTF-8 starts E2 or EF).
    @Test func quotingInRunsMatchesQuotingByteByByte() {
        func reference(_ s: String) -> [UInt8] {
            var out: [UInt8] = [0x22]
            let u = Array(s.utf8)
            var i = 0
            while i < u.count {
                let b = u[i]
                switch b {
                case 0x22: out += Array("\\\"".utf8)
                case 0x5C: out += Array("\\\\".utf8)
                case 0x0A: out += Array("\\n".utf8)
                case 0x0D: out += Array("\\r".utf8)
                case 0x09: out += Array("\\t".utf8)
                case 0x08: out += Array("\\b".utf8)
                case 0x0C: out += Array("\\f".utf8)
                case 0xE2 where i + 2 < u.count && u[i + 1] == 0x80 && (u[i + 2] == 0xA8 || u[i + 2] == 0xA9):
                    out += Array((u[i + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8); i += 2
                case 0xEF where i + 2 < u.count && u[i + 1] == 0xBB && u[i + 2] == 0xBF:
                    out += Array("\\ufeff".utf8); i += 2
                case 0x7F, 0x00..<0x20:
                    let hex = Array("0123456789abcdef".utf8)
                    out += Array("\\u00".utf8) + [hex[Int(b >> 4)], hex[Int(b & 0xF)]]
                default: out.append(b)
                }
                i += 1
            }
            return out + [0x22]
        }
        let pieces = ["tekst", " ", "\"", "\\", "\n", "\r", "\t", "\u{8}", "\u{C}", "\u{1}", "\u{1B}", "\u{7F}", "\u{2028}",
                      "\u{2029}", "\u{FEFF}", "\u{2018}", "\u{2014}", "\u{20AC}", "\u{FFFD}", "\u{FB01}", "é", "漢", "🇳🇱"]
        var generator = SeededRandom(seed: 13)
        for _ in 0..<2_000 {
            var text = ""
            for _ in 0..<Int(generator.next() % 25) { text += pieces[Int(generator.next() % UInt64(pieces.count))] }
            var out: [UInt8] = []
            JSONWriter.appendQuoted(text, into: &out)
            #expect(out == reference(text), "\(Array(text.unicodeScalars))")
        }
    }

    @Test func exportIsWrittenInChunksThatMakeTheSameText() throws {
        for doc in try Self.corpus() {
            var chunks: [[UInt8]] = []
            DocumentExport.write(doc) { chunks.append(bytes($0)) }
            let whole = JSONWriter.write(DocumentExport.value(doc))
            #expect(String(decoding: chunks.joined(), as: UTF8.self) == whole, "\(doc.source)")
            // Never the whole export at once when it is larger than a chunk: a chunk is
            // cut once it holds `chunkSize` bytes, so none is larger than that plus the
            // one question, answer or note that filled it.
            let size = DocumentExport.chunkSize
            if whole.utf8.count > 2 * size {
                #expect(chunks.count >= whole.utf8.count / (2 * size), "\(doc.source)")
                #expect(chunks.allSatisfy { $0.count < 2 * size }, "\(doc.source)")
            }
        }
    }

    @Test func exportOfALargeDocumentComesInManyChunks() throws {
        var text = ""
        for i in 1...3_000 {
            text += "Vraag \(i)\nWat is uw reactie op bericht \(i)?\n\nAntwoord \(i)\n" + String(repeating: "Het kabinet werkt eraan. ", count: 20) + "\n\n"
        }
        let doc = try DocumentLoader.parse(bytes: Array(text.utf8), source: "large")
        var sizes: [Int] = []
        var all: [UInt8] = []
        DocumentExport.write(doc) { sizes.append($0.count); all += bytes($0) }
        #expect(String(decoding: all, as: UTF8.self) == JSONWriter.write(DocumentExport.value(doc)))
        #expect(all.count > 20 * DocumentExport.chunkSize)
        #expect(sizes.count > 20)
        #expect(sizes.max()! < DocumentExport.chunkSize + 4096)
    }

    @Test func aFailingWriteStopsTheExport() {
        struct Full: Error {}
        var calls = 0
        var text = ""
        for i in 1...2_000 { text += "Vraag \(i)\nWaarom \(i)?\n\nAntwoord \(i)\n" + String(repeating: "Daarom. ", count: 40) + "\n\n" }
        let doc = try! DocumentLoader.parse(bytes: Array(text.utf8), source: "x")
        #expect(throws: Full.self) {
            try DocumentExport.write(doc) { (_) throws(Full) in
                calls += 1
                throw Full()
            }
        }
        #expect(calls == 1)
    }
}

/// A chunk the export lends for the call, copied out.
private func bytes(_ chunk: Swift.Span<UInt8>) -> [UInt8] { chunk.withUnsafeBufferPointer { Array($0) } }
