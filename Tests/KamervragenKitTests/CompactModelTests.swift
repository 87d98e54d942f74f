@testable import KamervragenKit
import Testing

/// The compact model (one `TextStorage` per parsed document) must read exactly like the
/// arrays of runs it replaced, for parsed and for hand-built values alike.
@Suite("compact model")
struct CompactModelTests {
    static let text = """
    Vraag 1
    Kent u het bericht ‘Titel’ 1) en https://example.org/a?b=1 daarbij?

    Antwoord op vraag 1
    Ja.[footnoteRef:1] Zie ook http://example.org/x. [1: Bron | https://www.om.nl/a]

    Vraag 2
    Wat gaat u doen?

    Antwoord op vragen 2
    Niets.

    1) NOS, 17 oktober 2025, Titel (https://nos.nl/artikel/1)
    """

    @Test func parsedParagraphsReadBackAsTheirRuns() {
        let doc = DocumentParser.parse(Self.text, source: "t")
        #expect(doc.questions[0].paragraphs.count == 1)
        #expect(doc.questions[0].paragraphs[0].runs == [
            .text("Kent u het bericht ‘Titel’"), .noteRef(NoteID(.endnote, "1")),
            .text(" en "), .url("https://example.org/a?b=1"), .text(" daarbij?"),
        ])
        #expect(doc.questions[0].paragraphs[0].plainText == "Kent u het bericht ‘Titel’ en https://example.org/a?b=1 daarbij?")
        #expect(doc.answers[0].paragraphs[0].runs == [
            .text("Ja."), .noteRef(NoteID(.footnote, "1")), .text(" Zie ook "), .url("http://example.org/x"), .text("."),
        ])
        #expect(doc.answers[1].paragraphs[0].runs == [.text("Niets.")])
    }

    @Test func parsedValuesEqualTheSameValuesBuiltByHand() {
        let doc = DocumentParser.parse(Self.text, source: "t")
        let q = doc.questions[1]
        #expect(q.paragraphs == [Paragraph(text: "Wat gaat u doen?")])
        #expect(q.paragraphs.hashValue == ParagraphList([Paragraph(text: "Wat gaat u doen?")]).hashValue)
        #expect(q.paragraphs != [Paragraph(text: "Wat gaat u doen")])
        let a = doc.answers[0]
        #expect(a.heading == "Antwoord op vraag 1")
        #expect(a.questions == [QuestionNumber(1)])
        let copy = Answer(questions: a.questions, heading: a.heading, paragraphs: Array(a.paragraphs), lines: a.lines)
        #expect(copy == a)
        #expect(copy.hashValue == a.hashValue)
        let note = doc.footnote(NoteID(.footnote, "1"))!
        #expect(note.text == "Bron | https://www.om.nl/a")
        #expect(note.urls == ["https://www.om.nl/a"])
        #expect(note == Footnote(id: note.id, text: note.text, urls: note.urls, line: note.line))
        let endnote = doc.footnote(NoteID(.endnote, "1"))!
        #expect(endnote.urls == ["https://nos.nl/artikel/1"])
    }

    @Test func handBuiltRunsKeepTheirExactShape() {
        // Adjacent and empty text runs are kept as given, not merged.
        let runs: [Inline] = [.text("a"), .text(""), .text("b"), .noteRef(NoteID(.footnote, "12")), .noteRef(NoteID(.endnote, "3"))]
        let p = Paragraph(runs)
        #expect(p.runs == runs)
        #expect(p.plainText == "ab")
        #expect(p.noteRefs == [NoteID(.footnote, "12"), NoteID(.endnote, "3")])
        #expect(p != Paragraph([.text("ab"), .noteRef(NoteID(.footnote, "12")), .noteRef(NoteID(.endnote, "3"))]))
        #expect(Paragraph([]).runs.isEmpty)
        #expect(Paragraph([]) == Paragraph([]))
    }

    @Test func equalityIsCanonicalLikeString() {
        // "é" precomposed and decomposed are equal Strings, so equal paragraphs.
        let a = Paragraph(text: "caf\u{E9}"), b = Paragraph(text: "cafe\u{301}")
        #expect(a == b)
        #expect(a.hashValue == b.hashValue)
    }

    @Test func settersGiveTheValueItsOwnText() {
        let doc = DocumentParser.parse(Self.text, source: "t")
        var p = doc.questions[1].paragraphs[0]
        p.runs.append(.url("https://example.org"))
        #expect(p.runs == [.text("Wat gaat u doen?"), .url("https://example.org")])
        #expect(doc.questions[1].paragraphs[0].runs == [.text("Wat gaat u doen?")])

        var a = doc.answers[1]
        a.questions.append(QuestionNumber(3))
        a.heading = "Antwoord op vragen 2 en 3"
        #expect(a.questions == [QuestionNumber(2), QuestionNumber(3)])
        #expect(a.heading == "Antwoord op vragen 2 en 3")
        #expect(a.paragraphs == doc.answers[1].paragraphs)
        #expect(doc.answers[1].questions == [QuestionNumber(2)])
        #expect(doc.answers[1].heading == "Antwoord op vragen 2")

        var n = doc.footnotes[0]
        n.urls = []
        n.text = "Anders"
        #expect(n.text == "Anders" && n.urls.isEmpty)
        #expect(doc.footnotes[0].urls == ["https://nos.nl/artikel/1"])

        var q = doc.questions[0]
        q.answer = nil
        q.lines.last = 99
        #expect(q.answer == nil && q.lines == LineRange(1, 99))
        #expect(doc.questions[0].answer == 0)
    }

    @Test func paragraphListsShareOrCopy() {
        let doc = DocumentParser.parse(Self.text, source: "t")
        let list = doc.answers[0].paragraphs
        // Consecutive paragraphs of one storage are shared, not copied.
        #expect(ParagraphList(Array(list)).storage === list.storage)
        let mixed = ParagraphList([doc.answers[1].paragraphs[0], doc.questions[1].paragraphs[0]])
        #expect(mixed.map(\.plainText) == ["Niets.", "Wat gaat u doen?"])
        #expect(ParagraphList().isEmpty)
        let literal: ParagraphList = [Paragraph(text: "x")]
        #expect(literal.first?.plainText == "x")
    }

    @Test func textLongerThanAChunkStaysOneSlice() {
        // A paragraph longer than the storage's 16 KiB pages lands in one chunk of its own.
        let long = String(repeating: "woord ", count: 30_000) + "einde."
        let doc = DocumentParser.parse("Vraag 1\nKort?\nAntwoord 1\n\(long)\n", source: "t")
        #expect(doc.answers[0].paragraphs[0].plainText == long)
        #expect(doc.questions[0].paragraphs[0].plainText == "Kort?")
    }

    @Test func chunksAddressEveryByte() {
        var chunks = Chunks(chunkSize: 16)
        var ranges: [Range<UInt32>] = []
        for n in [3, 10, 5, 40, 0, 7] {
            let bytes = [UInt8](repeating: UInt8(n), count: n)
            chunks.ensure(n)
            ranges.append(bytes.withByteText { chunks.append($0) })
        }
        for (n, r) in zip([3, 10, 5, 40, 0, 7], ranges) {
            #expect(chunks.text(r).array == [UInt8](repeating: UInt8(n), count: n))
        }
        chunks.free()
    }
}

@Suite("question number set")
struct QuestionNumberSetTests {
    @Test func bitsAndSetAgree() {
        var s = QuestionNumberSet()
        let inserted = [QuestionNumber(3), QuestionNumber(64), QuestionNumber(2, suffix: "l"), QuestionNumber(5_000_000), QuestionNumber(0)]
        for n in inserted { s.insert(n) }
        for n in inserted { #expect(s.contains(n)) }
        for n in [QuestionNumber(2), QuestionNumber(4), QuestionNumber(63), QuestionNumber(65), QuestionNumber(3, suffix: "a"),
                  QuestionNumber(4_999_999), QuestionNumber(1 << 20)] {
            #expect(!s.contains(n))
        }
        #expect(s.max == QuestionNumber(5_000_000))
        #expect(QuestionNumberSet().max == nil)
    }
}
