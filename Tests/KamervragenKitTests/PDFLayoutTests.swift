import Testing
@testable import KamervragenKit
import TestSupport

/// The small rules of the conversion, one by one.
@Suite struct PDFLayoutTests {
    @Test func entitiesAreUndone() {
        #expect(BBoxLayout.unescape(ArraySlice("a &amp; b &lt;c&gt; &quot;d&quot; &#233; &#x20AC;".utf8)) == "a & b <c> \"d\" é €")
        #expect(BBoxLayout.unescape(ArraySlice("R&D".utf8)) == "R&D")
    }

    @Test func wordBoxesAreRead() {
        let xhtml = """
        <doc><page width="595.0" height="842.0"><flow><block><line xMin="1" yMin="2" xMax="3" yMax="4">\
        <word xMin="10.5" yMin="20" xMax="30" yMax="27.8">Vraag</word><word xMin="32" yMin="20" xMax="35" yMax="27.8">1</word>\
        </line></block></flow></page><page width="595" height="842"></page></doc>
        """
        let pages = BBoxLayout.parse(Array(xhtml.utf8))
        #expect(pages.count == 2)
        #expect(pages[0].lines.count == 1)
        #expect(pages[0].lines[0].text == "Vraag 1")
        #expect(pages[0].lines[0].words[0].xMin == 10.5)
        #expect(pages[0].lines[0].words[0].height > 7.7)
        #expect(pages[1].lines.isEmpty)
    }

    @Test func headings() {
        for heading in ["Vraag 1", "Vraag 2 en 3", "Vraag 1, 2 en 3", "Antwoord 5 en 6", "Antwoord op vragen 3 en 4", "Vraag 2l", "Antwoord vraag 4-7:", "Antwoord"] {
            #expect(TypesetHeading.isHeading(heading), "\(heading)")
        }
        for text in ["Vraag mij niet waarom", "Antwoord van Minister De Jonge", "Antwoord 1 is dat het klopt", "Ik antwoord"] {
            #expect(!TypesetHeading.isHeading(text), "\(text)")
        }
    }

    @Test func lineEnds() {
        let joiner = LineJoiner(vocabulary: Vocabulary(lines: []))
        #expect(joiner.lineEnd("opgeno-", next: "men") == .dropHyphen)
        #expect(joiner.lineEnd("wet-", next: "en") == .space)
        #expect(joiner.lineEnd("Noord-", next: "Holland") == .glue)
        #expect(joiner.lineEnd("ILT-", next: "rapport") == .glue)
        #expect(joiner.lineEnd("(https://", next: "www.utwente.nl/x") == .glue)
        #expect(joiner.lineEnd("(https://www.ad.nl/met-zwarte-", next: "pieten-in/).") == .glue)
        #expect(joiner.lineEnd("regiopurmerend.nl/2024/tieners-", next: "vrij") == .glue)
        #expect(joiner.lineEnd("(https://www.x.nl/a).", next: "Dat") == .space)
        #expect(joiner.lineEnd("gewoon", next: "woord") == .space)
    }

    @Test func realHyphenSeenElsewhereIsKept() {
        // "Bunq-bank" printed whole on one line elsewhere: the line-end hyphen is real.
        let line = TypesetLine(
            BBoxLine(words: [
                BBoxWord(text: "de", xMin: 0, yMin: 0, xMax: 10, yMax: 7.8),
                BBoxWord(text: "Bunq-bank", xMin: 12, yMin: 0, xMax: 50, yMax: 7.8),
                BBoxWord(text: "zegt", xMin: 52, yMin: 0, xMax: 70, yMax: 7.8),
            ]),
            page: 0, bodyHeight: 7.8)
        let joiner = LineJoiner(vocabulary: Vocabulary(lines: [line]))
        #expect(joiner.lineEnd("Bunq-", next: "bank") == .glue)
        #expect(joiner.lineEnd("Bunq-", next: "bankier") == .dropHyphen)
    }

    @Test func raisedSmallDigitIsAMarkerLoweredIsText() {
        let line = BBoxLine(words: [
            BBoxWord(text: "gevaarlijk»?", xMin: 0, yMin: 100, xMax: 40, yMax: 107.8),
            BBoxWord(text: "1", xMin: 40, yMin: 98.7, xMax: 43, yMax: 103.7),
            BBoxWord(text: "Voor", xMin: 46, yMin: 100, xMax: 60, yMax: 107.8),
            BBoxWord(text: "CO", xMin: 62, yMin: 100, xMax: 72, yMax: 107.8),
            BBoxWord(text: "2", xMin: 72, yMin: 104.2, xMax: 75, yMax: 109.2),
            BBoxWord(text: "-opslag", xMin: 75, yMin: 100, xMax: 100, yMax: 107.8),
        ])
        let tokens = Token.tokens(of: line, bodyHeight: 7.8)
        #expect(Token.render(tokens) == "gevaarlijk»?^1 Voor CO2-opslag")
    }

    @Test func wordSetFlushAfterAMarkerStillStartsAWord() {
        let line = BBoxLine(words: [
            BBoxWord(text: "gesproken.", xMin: 354.7, yMin: 419.3, xMax: 399.2, yMax: 427.1),
            BBoxWord(text: "3", xMin: 399.3, yMin: 418.0, xMax: 402.9, yMax: 423.0),
            BBoxWord(text: "Toekomstige", xMin: 402.9, yMin: 419.3, xMax: 454.1, yMax: 427.1),
            BBoxWord(text: "Agema", xMin: 456, yMin: 419.3, xMax: 480, yMax: 427.1),
            BBoxWord(text: "4", xMin: 480, yMin: 418.0, xMax: 483.6, yMax: 423.0),
            BBoxWord(text: ",", xMin: 483.6, yMin: 419.3, xMax: 486, yMax: 427.1),
        ])
        let tokens = Token.tokens(of: line, bodyHeight: 7.8)
        #expect(Token.render(tokens) == "gesproken.^3 Toekomstige Agema^4,")
    }
}

/// Odd word boxes (from odd PDFs) never crash the conversion.
@Suite struct PDFRobustnessTests {
    /// A small deterministic generator so a failure can be replayed.
    @Test func randomPagesConvert() {
        var rng = SeededRandom(seed: 42)
        let vocabulary = ["Vraag", "1", "2", "Antwoord", "en", "tekst-", "woord", "(https://", "x.nl/a-", "b).", "Tweede", "Kamer,", "vergaderjaar", "ah-tk-20232024-1", "ISSN", "?", "-", "", "’s-Gravenhage", "Vragen", "van"]
        for _ in 0..<300 {
            var pages: [BBoxPage] = []
            for _ in 0..<Int.random(in: 0...3, using: &rng) {
                var lines: [BBoxLine] = []
                for _ in 0..<Int.random(in: 0...12, using: &rng) {
                    var words: [BBoxWord] = []
                    var x = Double.random(in: -10...600, using: &rng)
                    let y = Double.random(in: -10...900, using: &rng)
                    for _ in 0..<Int.random(in: 1...6, using: &rng) {
                        let width = Double.random(in: 0...80, using: &rng)
                        let height = [4.1, 5.0, 6.3, 7.8, 8.3, 11.7, 0, 40].randomElement(using: &rng)!
                        let text = vocabulary.randomElement(using: &rng)!
                        words.append(BBoxWord(text: text.isEmpty ? "x" : text, xMin: x, yMin: y, xMax: x + width, yMax: y + height))
                        x += width + Double.random(in: -2...5, using: &rng)
                    }
                    lines.append(BBoxLine(words: words))
                }
                pages.append(BBoxPage(width: 595, height: 842, lines: lines))
            }
            let converted = TypesetText(pages: pages)
            #expect(converted.notes.count <= pages.reduce(0) { $0 + $1.lines.count })
        }
    }
}

@Suite struct PDFPageRuleTests {
    func line(_ text: String, x: Double = 221, y: Double, size: Double = 7.8) -> BBoxLine {
        var words: [BBoxWord] = []
        var left = x
        for piece in text.split(separator: " ") {
            let width = Double(piece.count) * size * 0.5
            words.append(BBoxWord(text: String(piece), xMin: left, yMin: y, xMax: left + width, yMax: y + size))
            left += width + size * 0.3
        }
        return BBoxLine(words: words)
    }

    @Test func mastheadDroppedEvenWithoutAHeaderBlock() {
        let page = BBoxPage(width: 595, height: 842, lines: [
            line("Tweede Kamer der Staten-Generaal", x: 55, y: 66, size: 16.5),
            line("Vergaderjaar 2023–2024", x: 55, y: 129, size: 8.8),
            line("Aanhangsel van de Handelingen", y: 129, size: 9.1),
            line("Dit is gewone tekst.", y: 400),
            line("Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel", y: 766, size: 8.3),
            line("1", x: 535, y: 766, size: 8.3),
        ])
        let converted = TypesetText(pages: [page])
        #expect(converted.paragraphTexts == ["Dit is gewone tekst."])
        #expect(converted.facts.session == "Vergaderjaar 2023–2024")
    }

    @Test func noteNumberOffItsBaselineStillStartsTheNote() {
        let page = BBoxPage(width: 595, height: 842, lines: [
            line("Vraag 1", y: 100),
            line("Is dat zo? Het staat in de krant van gisteren en ook in die van vandaag.", y: 110),
            line("1", y: 640, size: 4.1),
            line("Een bron, 2024 (https://example.nl/a).", x: 227, y: 650, size: 6.3),
        ])
        let converted = TypesetText(pages: [page])
        #expect(converted.notes.map(\.number) == ["1"])
        #expect(converted.notes.first?.text == "Een bron, 2024 (https://example.nl/a).")
        #expect(converted.text.contains(" [1: Een bron, 2024 (https://example.nl/a).]"))
    }
}

extension PDFPageRuleTests {
    @Test func furnitureTextsCountOnlyAtThePageFoot() {
        let page = BBoxPage(width: 595, height: 842, lines: [
            line("Vraag 1", y: 100),
            line("Wat vindt u van de uitspraak van de rechtbank in", y: 110),
            line("’s-Gravenhage 2024 over de zaak die in de krant van gisteren stond?", y: 120),
            line("Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel", y: 766, size: 8.3),
            line("3", x: 535, y: 766, size: 8.3),
            line("ah-tk-20232024-9", x: 55, y: 755, size: 5.4),
        ])
        let converted = TypesetText(pages: [page])
        #expect(converted.paragraphTexts == [
            "Vraag 1",
            "Wat vindt u van de uitspraak van de rechtbank in ’s-Gravenhage 2024 over de zaak die in de krant van gisteren stond?",
        ])
        #expect(converted.facts.publicationID == "ah-tk-20232024-9")
    }
}

extension PDFPageRuleTests {
    @Test func bodySizedTextAboveTheHeaderIsKept() {
        let page = BBoxPage(width: 595, height: 842, lines: [
            line("Tweede Kamer der Staten-Generaal", x: 55, y: 66, size: 16.5),
            line("1234", y: 290, size: 11.7),
            line("Een inleiding die de lezer moet zien, in gewone letters gezet.", y: 310),
            line("Vragen van het lid Jansen (XYZ) aan de Minister over iets (ingezonden 1 mei 2024).", y: 330),
            line("Vraag 1", y: 350),
            line("Is dat zo? Het staat in de krant van gisteren en ook in die van vandaag.", y: 360),
        ])
        let converted = TypesetText(pages: [page])
        #expect(converted.paragraphTexts.first == "Een inleiding die de lezer moet zien, in gewone letters gezet.")
        #expect(converted.facts.aanhangsel == "1234")
        #expect(converted.text.hasPrefix("AH 1234\n"))
    }
}
