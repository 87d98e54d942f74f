import DocxBuilder
import Testing
@testable import KamervragenKit

/// The Word walk, element by element, on small Word files built here: what a reader of
/// the document sees, and only that.
@Suite struct WordWalkTests {
    static func read(_ body: String, footnotes: String? = nil, endnotes: String? = nil, numbering: String? = nil,
                     styles: String? = nil, settings: String? = nil, header: String? = nil,
                     links: [Docx.Link] = []) throws -> WordContent {
        try WordReader.read(bytes: Docx.build(body: body, footnotes: footnotes, endnotes: endnotes, numbering: numbering,
                                              styles: styles, settings: settings, header: header, links: links))
    }

    static func texts(_ c: WordContent) -> [String] { c.lines.map(\.string) }

    static func r(_ text: String, bold: Bool = false) -> String {
        "<w:r>\(bold ? "<w:rPr><w:b/></w:rPr>" : "")<w:t xml:space=\"preserve\">\(text)</w:t></w:r>"
    }

    static let separators = "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"

    @Test func runsTabsBreaksHyphensAndSymbols() throws {
        let body = "<w:p>\(Self.r("Vraag"))<w:r><w:tab/><w:t>1</w:t></w:r></w:p>"
            + "<w:p><w:r><w:t>niet</w:t><w:noBreakHyphen/><w:t>noodgevallen</w:t><w:softHyphen/></w:r><w:r><w:sym w:font=\"Symbol\" w:char=\"F0B7\"/><w:sym w:font=\"Symbol\" w:char=\"F061\"/><w:sym w:font=\"Wingdings\" w:char=\"F0FC\"/></w:r></w:p>"
            + "<w:p>\(Self.r("Kent u het bericht?"))<w:r><w:br/><w:t>Antwoord op vraag 1</w:t></w:r></w:p>"
        let c = try Self.read(body)
        #expect(Self.texts(c) == ["Vraag 1", "niet\u{2011}noodgevallen•α✓", "Kent u het bericht?", "Antwoord op vraag 1"])
        #expect(c.lines.map(\.paragraph) == [1, 2, 3, 3])
    }

    @Test func pageBreakStartsALineMarkedAsSuch() throws {
        let c = try Self.read("<w:p>\(Self.r("D. Yeşilgöz-Zegerius"))<w:r><w:br w:type=\"page\"/></w:r></w:p><w:p><w:r><w:br w:type=\"page\"/><w:t>Antwoord op vragen 7, 8, en 9</w:t></w:r></w:p>")
        #expect(Self.texts(c) == ["D. Yeşilgöz-Zegerius", "", "", "Antwoord op vragen 7, 8, en 9"])
        #expect(c.lines.map(\.pageBreak) == [false, true, false, true])
    }

    @Test func footnotesAndEndnotesWithTheirBodiesAndLabelsInCitationOrder() throws {
        let body = "<w:p>\(Self.r("motie"))<w:r><w:footnoteReference w:id=\"7\"/></w:r>\(Self.r(" en"))<w:r><w:endnoteReference w:id=\"2\"/></w:r>\(Self.r(" verder"))<w:r><w:footnoteReference w:id=\"3\"/></w:r></w:p>"
        let footnotes = Self.separators
            + "<w:footnote w:id=\"3\"><w:p><w:r><w:footnoteRef/></w:r>\(Self.r(" Tweede noot"))</w:p></w:footnote>"
            + "<w:footnote w:id=\"7\"><w:p><w:r><w:footnoteRef/></w:r>\(Self.r(" Kamerstukken, 29628, nr. 1135"))</w:p><w:p/></w:footnote>"
        let endnotes = "<w:endnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:endnote><w:endnote w:id=\"2\"><w:p><w:r><w:endnoteRef/></w:r>\(Self.r("Eindnoot"))</w:p></w:endnote>"
        let c = try Self.read(body, footnotes: footnotes, endnotes: endnotes)
        #expect(Self.texts(c) == ["motie en verder"])
        #expect(c.lines[0].marks == [.note(offset: 5, NoteID(.footnote, "1")), .note(offset: 8, NoteID(.endnote, "i")), .note(offset: 15, NoteID(.footnote, "2"))])
        #expect(c.notes.map(\.id) == [NoteID(.footnote, "1"), NoteID(.endnote, "i"), NoteID(.footnote, "2")])
        #expect(c.notes.map { $0.lines.map(\.string) } == [[" Kamerstukken, 29628, nr. 1135", ""], ["Eindnoot"], [" Tweede noot"]])
    }

    @Test func noteNumberFormatsFromTheSettings() throws {
        let settings = "<w:footnotePr><w:numFmt w:val=\"lowerLetter\"/><w:numStart w:val=\"3\"/></w:footnotePr><w:endnotePr><w:numFmt w:val=\"decimal\"/></w:endnotePr>"
        let body = "<w:p>\(Self.r("a"))<w:r><w:footnoteReference w:id=\"1\"/></w:r><w:r><w:endnoteReference w:id=\"1\"/></w:r></w:p>"
        let c = try Self.read(body, footnotes: Self.separators, settings: settings)
        #expect(c.lines[0].marks == [.note(offset: 1, NoteID(.footnote, "c")), .note(offset: 1, NoteID(.endnote, "1"))])
    }

    /// The settings are read up to the end of `w:endnotePr` (or of `w:compat`, which the
    /// schema puts after the note properties): what follows is neither read nor checked,
    /// so a part broken after that point still gives its note formats.
    @Test func noteSettingsReadOnlyUpToWhatTheyNeed() throws {
        let body = "<w:p>\(Self.r("a"))<w:r><w:footnoteReference w:id=\"1\"/></w:r><w:r><w:endnoteReference w:id=\"1\"/></w:r></w:p>"
        let notes = "<w:footnotePr><w:numFmt w:val=\"upperRoman\"/></w:footnotePr><w:endnotePr><w:numFmt w:val=\"decimal\"/></w:endnotePr>"
        let broken = "<w:docVars><w:docVar w:name=\"x\" w:val=\"1\"></w:rsids>"
        let c = try Self.read(body, footnotes: Self.separators, settings: notes + "<w:compat/>" + broken)
        #expect(c.lines[0].marks == [.note(offset: 1, NoteID(.footnote, "I")), .note(offset: 1, NoteID(.endnote, "1"))])
        // Without `w:endnotePr`, `w:compat` ends the read; without either, the whole part is read.
        let footOnly = "<w:footnotePr><w:numFmt w:val=\"lowerLetter\"/></w:footnotePr>"
        let d = try Self.read(body, footnotes: Self.separators, settings: footOnly + "<w:compat><w:x/></w:compat>" + broken)
        #expect(d.lines[0].marks == [.note(offset: 1, NoteID(.footnote, "a")), .note(offset: 1, NoteID(.endnote, "i"))])
        #expect(throws: WordReadError.self) { try Self.read(body, footnotes: Self.separators, settings: footOnly + broken) }
        // Broken before that point, the file is refused as before.
        #expect(throws: WordReadError.self) { try Self.read(body, footnotes: Self.separators, settings: "<w:footnotePr><w:numFmt></w:footnotePr>" + notes) }
    }

    @Test func hyperlinksByRelationshipAndByField() throws {
        let body = "<w:p>\(Self.r("zie "))<w:hyperlink r:id=\"rIdL\">\(Self.r("de NOS"))</w:hyperlink>\(Self.r(" en "))<w:hyperlink w:anchor=\"_Toc1\">\(Self.r("intern"))</w:hyperlink></w:p>"
            + "<w:p>\(Self.r("of "))<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> HYPERLINK \"https://www.rijksoverheid.nl/a\" \\o \"tip\" </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>\(Self.r("Rijksoverheid"))<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"
            + "<w:p><w:fldSimple w:instr=\" HYPERLINK &quot;http://example.org/x&quot; \">\(Self.r("x"))</w:fldSimple><w:hyperlink r:id=\"rIdM\">\(Self.r("mail"))</w:hyperlink></w:p>"
        let c = try Self.read(body, links: [.init("rIdL", "https://nos.nl/artikel/1"), .init("rIdM", "mailto:a@b.nl")])
        #expect(Self.texts(c) == ["zie de NOS en intern", "of Rijksoverheid", "xmail"])
        #expect(c.lines[0].marks == [.link(range: 4..<10, target: "https://nos.nl/artikel/1")])
        #expect(c.lines[1].marks == [.link(range: 3..<16, target: "https://www.rijksoverheid.nl/a")])
        #expect(c.lines[2].marks == [.link(range: 0..<1, target: "http://example.org/x")])
    }

    @Test func fieldsShowTheirResultNeverTheirInstruction() throws {
        // A DOCPROPERTY with its cached result, and an IF whose instruction nests fields.
        let body = "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> DOCPROPERTY datum </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>\(Self.r("18 oktober 2023"))<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"
            + "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> IF </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>\(Self.r("1"))<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:instrText> = \"1\" \"Pagina\" </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>\(Self.r("zichtbaar"))<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"
        #expect(Self.texts(try Self.read(body)) == ["18 oktober 2023", "zichtbaar"])
    }

    @Test func textBoxStoredTwiceIsReadOnce() throws {
        let box = "<w:txbxContent><w:p>\(Self.r("Datum 25 juli 2024"))</w:p></w:txbxContent>"
        let body = "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>\(box)</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>\(box)</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>\(Self.r("Anker"))</w:p>"
        let c = try Self.read(body)
        #expect(Self.texts(c) == ["Datum 25 juli 2024", "Anker"])
        #expect(c.lines.map(\.boxed) == [true, false])
        // Only a fallback: that one is read.
        let fallbackOnly = "<w:p><w:r><mc:AlternateContent><mc:Fallback><w:pict><v:textbox>\(box)</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"
        #expect(Self.texts(try Self.read(fallbackOnly)).first == "Datum 25 juli 2024")
    }

    @Test func trackedInsertionsKeptDeletionsDropped() throws {
        let body = "<w:p>\(Self.r("Het is "))<w:del w:id=\"1\" w:author=\"x\"><w:r><w:delText>niet </w:delText></w:r></w:del><w:ins w:id=\"2\" w:author=\"x\">\(Self.r("wel "))</w:ins>\(Self.r("zo."))<w:moveFrom w:id=\"3\">\(Self.r("weg"))</w:moveFrom></w:p>"
            + "<w:p><w:pPr><w:rPr><w:del w:id=\"4\" w:author=\"x\"/></w:rPr></w:pPr>\(Self.r("Samen"))</w:p><w:p>\(Self.r("gevoegd."))</w:p>"
        #expect(Self.texts(try Self.read(body)) == ["Het is wel zo.", "Samengevoegd."])
    }

    @Test func commentsLeftOut() throws {
        let body = "<w:p><w:commentRangeStart w:id=\"0\"/>\(Self.r("Tekst"))<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r></w:p>"
        #expect(Self.texts(try Self.read(body)) == ["Tekst"])
    }

    @Test func headersAndFootersAreNotBodyText() throws {
        let c = try Self.read(Docx.p("Vraag 1") + "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rheader\"/></w:sectPr>",
                              header: "<w:p>\(Self.r("Pagina 1 van 3"))</w:p>")
        #expect(Self.texts(c) == ["Vraag 1"])
    }

    @Test func tablesAndImages() throws {
        let body = "<w:tbl><w:tr><w:tc><w:p>\(Self.r("Datum"))</w:p></w:tc><w:tc><w:p>\(Self.r("18 oktober 2023"))</w:p></w:tc></w:tr></w:tbl>"
            + "<w:p><w:r><w:drawing><wp:inline><wp:docPr w:id=\"1\" name=\"Logo\"/></wp:inline></w:drawing></w:r>\(Self.r("Na het logo"))</w:p>"
        let c = try Self.read(body)
        #expect(Self.texts(c) == ["Datum", "18 oktober 2023", "Na het logo"])
        #expect(c.lines.map(\.boxed) == [true, true, false])
    }

    static let numbering = """
        <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1)"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1.%2."/></w:lvl></w:abstractNum>
        <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="4"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
        <w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="\u{F0B7}"/></w:lvl></w:abstractNum>
        <w:num w:numId="49"><w:abstractNumId w:val="0"/></w:num>
        <w:num w:numId="50"><w:abstractNumId w:val="0"/></w:num>
        <w:num w:numId="51"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
        <w:num w:numId="60"><w:abstractNumId w:val="1"/></w:num>
        <w:num w:numId="70"><w:abstractNumId w:val="2"/></w:num>
        """

    static func item(_ numID: Int, _ level: Int, _ text: String) -> String {
        "<w:p><w:pPr><w:pStyle w:val=\"Lijstalinea\"/><w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\(numID)\"/></w:numPr></w:pPr>\(r(text))</w:p>"
    }

    @Test func automaticNumberingRenderedAsWordRendersIt() throws {
        let body = Self.item(49, 0, "Geen spoed wel brandweer") + Self.item(49, 1, "sub") + Self.item(49, 1, "sub")
            + Self.item(50, 0, "tweede instantie telt door") + Self.item(49, 1, "na een hoger niveau opnieuw")
            + Self.item(51, 0, "herstart") + Self.item(60, 0, "Romeins vanaf vier") + Self.item(60, 0, "en verder")
            + Self.item(70, 0, "opsomming") + Self.item(999, 0, "onbekende lijst") + Docx.p("Geen lijst")
        let c = try Self.read(body, numbering: Self.numbering)
        #expect(Self.texts(c) == ["1) Geen spoed wel brandweer", "1.a. sub", "1.b. sub", "2) tweede instantie telt door",
                                  "2.a. na een hoger niveau opnieuw", "1) herstart", "IV. Romeins vanaf vier", "V. en verder",
                                  "• opsomming", "onbekende lijst", "Geen lijst"])
        #expect(c.lines.map(\.numbered) == [true, true, true, true, true, true, true, true, true, false, false])
    }

    @Test func numberingFromTheParagraphStyle() throws {
        let styles = "<w:style w:type=\"paragraph\" w:styleId=\"Noot\"><w:name w:val=\"Noot\"/><w:pPr><w:numPr><w:numId w:val=\"60\"/></w:numPr></w:pPr></w:style>"
        let c = try Self.read(Docx.p("eerste", style: "Noot") + Docx.p("tweede", style: "Noot"), numbering: Self.numbering, styles: styles)
        #expect(Self.texts(c) == ["IV. eerste", "V. tweede"])
    }

    /// A paragraph's bold is settled after the walk, once the styles are read: runs whose
    /// bold only their character style says count as that style says, unknown when it
    /// says nothing (then the paragraph style decides).
    @Test func boldFromCharacterStylesSettledAfterTheWalk() throws {
        let styles = """
            <w:style w:type="paragraph" w:styleId="Vet"><w:name w:val="Vet"/><w:rPr><w:b/></w:rPr></w:style>
            <w:style w:type="character" w:styleId="Sterk"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>
            <w:style w:type="character" w:styleId="Mager"><w:name w:val="Mager"/><w:rPr><w:b w:val="0"/></w:rPr></w:style>
            <w:style w:type="character" w:styleId="Kleur"><w:name w:val="Kleur"/><w:rPr><w:color w:val="FF0000"/></w:rPr></w:style>
            """
        func run(_ style: String, _ text: String) -> String { "<w:r><w:rPr><w:rStyle w:val=\"\(style)\"/></w:rPr><w:t>\(text)</w:t></w:r>" }
        let body = "<w:p>\(run("Sterk", "a"))\(run("Kleur", "b"))</w:p>"
            + "<w:p><w:pPr><w:pStyle w:val=\"Vet\"/></w:pPr>\(run("Sterk", "a"))\(run("Kleur", "b"))</w:p>"
            + "<w:p><w:pPr><w:pStyle w:val=\"Vet\"/></w:pPr>\(run("Mager", "a"))\(run("Sterk", "b"))</w:p>"
            + "<w:p><w:pPr><w:pStyle w:val=\"Vet\"/></w:pPr>\(run("Onbekend", "a"))<w:r><w:br/></w:r>\(run("Mager", "b"))</w:p>"
        let c = try Self.read(body, styles: styles)
        #expect(Self.texts(c) == ["ab", "ab", "ab", "a", "b"])
        #expect(c.lines.map(\.bold) == [false, true, false, true, false])
    }

    /// A broken numbering part refuses the file only if a paragraph asks for a label
    /// (`numId` 0 takes a paragraph out of its list).
    @Test func numberingReadOnlyWhenAsked() throws {
        let broken = "<w:abstractNum w:abstractNumId=\"0\">"
        let unlisted = "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"0\"/></w:numPr></w:pPr>\(Self.r("geen lijst"))</w:p>"
        #expect(Self.texts(try Self.read(unlisted, numbering: broken)) == ["geen lijst"])
        #expect(throws: WordReadError.self) { try Self.read(unlisted + Self.item(49, 0, "wel"), numbering: broken) }
        #expect(Self.texts(try Self.read(unlisted + Self.item(49, 0, "wel"), numbering: Self.numbering)) == ["geen lijst", "1) wel"])
    }

    /// Parts are parsed side by side, but a file broken in several places is refused for
    /// the first in reading order: the styles, then the document, then the notes.
    @Test func refusalsInThePartsOrder() throws {
        func message(_ build: () throws -> WordContent) -> String {
            do { _ = try build() } catch let error as WordReadError { return error.message(in: .english) } catch { return "\(error)" }
            return "read"
        }
        let brokenBody = "<w:p><w:r></w:p>"
        let brokenNotes = "<w:footnote w:id=\"1\"><w:p></w:footnote>"
        #expect(message { try Self.read(brokenBody, footnotes: brokenNotes, styles: "<w:style>") }.hasPrefix("word/styles.xml is not well-formed"))
        #expect(message { try Self.read(brokenBody, footnotes: brokenNotes) }.hasPrefix("word/document.xml is not well-formed"))
        #expect(message { try Self.read(Docx.p("a"), footnotes: brokenNotes) }.hasPrefix("word/footnotes.xml is not well-formed"))
    }

    @Test func boldAndHeadingStyleAsHints() throws {
        let styles = """
            <w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="18"/></w:rPr></w:rPrDefault></w:docDefaults>
            <w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/><w:rPr><w:b/></w:rPr></w:style>
            <w:style w:type="paragraph" w:styleId="Vet"><w:name w:val="Vet"/><w:basedOn w:val="Kop1"/></w:style>
            <w:style w:type="character" w:styleId="Sterk"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>
            """
        let body = "<w:p>\(Self.r("Vraag 1 ", bold: true))</w:p>"
            + "<w:p>\(Self.r("Bent u bekend", bold: true))\(Self.r("?"))</w:p>"
            + Docx.p("Titel", style: "Kop1") + Docx.p("Geërfd vet", style: "Vet")
            + "<w:p><w:r><w:rPr><w:rStyle w:val=\"Sterk\"/></w:rPr><w:t>Sterk</w:t></w:r></w:p>"
            + "<w:p><w:pPr><w:pStyle w:val=\"Kop1\"/></w:pPr><w:r><w:rPr><w:b w:val=\"0\"/></w:rPr><w:t>niet vet</w:t></w:r></w:p>"
        let c = try Self.read(body, styles: styles)
        #expect(c.lines.map(\.bold) == [true, false, true, true, true, false])
        #expect(c.lines.map(\.headingStyle) == [false, false, true, true, false, true])
    }

    /// The line rules' fast path for lines without marks gives what the general one does,
    /// on text made of the bytes the rules name, other characters, and broken sequences.
    @Test func lineRulesFastPathMatchesTheGeneralOne() {
        let pieces: [[UInt8]] = [[0x20], [0x09], [0x0A], [0x01], [0x7F], Array("Vraag".utf8), Array("é’€😀".utf8),
                                 [0xC2, 0xA0], [0xC2, 0xAD], [0xC2, 0x85], [0xE2, 0x80, 0x8B], [0xE2, 0x80, 0x83],
                                 [0xE2, 0x80, 0x91], [0xE2, 0x80, 0xAF], [0xE2, 0x80, 0x99], [0xEF, 0xBB, 0xBF],
                                 [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF0, 0x80, 0x80, 0x80], [0xF4, 0x90, 0x80, 0x80],
                                 [0xC0, 0xAF], [0x80], [0xE2, 0x80], [0xFF], [0xF5, 0x80, 0x80, 0x80]]
        var generator = SystemRandomNumberGenerator()
        var fast = 0
        for _ in 0..<5000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...8, using: &generator) { bytes += pieces.randomElement(using: &generator)! }
            let general = WordSourceText.normalisedInGeneral(bytes, []).0
            if let quick = WordSourceText.normalisedWithoutMarks(bytes) {
                fast += 1
                #expect(quick == general, "\(bytes)")
            }
            #expect(WordSourceText.normalised(bytes, []).0 == general)
            // With marks (note references and links anywhere, ends included), the byte
            // path moves them where the general one does.
            var marks: [WordMark] = []
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                let a = Int.random(in: 0...bytes.count, using: &generator), b = Int.random(in: 0...bytes.count, using: &generator)
                marks.append(Bool.random(using: &generator) ? .note(offset: a, NoteID(.footnote, "1")) : .link(range: min(a, b)..<max(a, b), target: "https://x.nl"))
            }
            let slow = WordSourceText.normalisedInGeneral(bytes, marks)
            let quick = WordSourceText.normalised(bytes, marks)
            #expect(quick.0 == slow.0 && quick.1 == slow.1, "\(bytes) \(marks)")
        }
        #expect(fast > 1000)
    }

    @Test func symbolTablesAreComplete() {
        #expect(WordSymbols.symbol(0x20) == " " && WordSymbols.symbol(0x7E) == "∼")
        #expect(WordSymbols.symbol(0xA0) == "€" && WordSymbols.symbol(0xFE) == "⎭")
        #expect(WordSymbols.symbol(0xB7) == "•" && WordSymbols.symbol(0x61) == "α")
        #expect(WordSymbols.character(font: "Arial", code: "20AC") == "€")
        #expect(WordSymbols.character(font: "Wingdings", code: "F041") == "\u{FFFD}")
        #expect(WordSymbols.bullet("o") == "o" && WordSymbols.bullet("\u{F0A7}") == "▪")
    }

    @Test func numberFormats() {
        #expect((1...4).map { WordNumberFormat.format($0, as: "lowerRoman") } == ["i", "ii", "iii", "iv"])
        #expect([1, 26, 27, 28].map { WordNumberFormat.format($0, as: "upperLetter") } == ["A", "Z", "AA", "BB"])
        #expect(WordNumberFormat.format(3, as: "decimalZero") == "03")
        #expect(WordNumberFormat.format(1994, as: "upperRoman") == "MCMXCIV")
    }
}
