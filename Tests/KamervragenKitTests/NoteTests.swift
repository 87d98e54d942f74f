import Testing
@testable import KamervragenKit

@Test func poiFootnoteAndEndnoteWithTheSameNumberStayApart() {
    let text = """
    Vraag 1
    Kent u het bericht?[endnoteRef:1]

    Antwoord 1
    Ja.[footnoteRef:1] En meer.[footnoteRef:2] [1:  Eerste bron | https://www.om.nl/a] [2: Tweede
    bron op twee regels] 
    [1: Eindnoot een]
    """
    let doc = DocumentParser.parse(text, source: "t")
    #expect(doc.questions[0].paragraphs[0].noteRefs == [NoteID(.endnote, "1")])
    #expect(doc.answers[0].paragraphs.flatMap(\.noteRefs) == [NoteID(.footnote, "1"), NoteID(.footnote, "2")])
    #expect(doc.footnote(NoteID(.footnote, "1"))?.text == "Eerste bron | https://www.om.nl/a")
    #expect(doc.footnote(NoteID(.footnote, "1"))?.urls == ["https://www.om.nl/a"])
    #expect(doc.footnote(NoteID(.footnote, "2"))?.text == "Tweede bron op twee regels")
    #expect(!doc.answers[0].plainText.contains("Tweede"))
}

@Test func typedEndnotesAtTheEnd() {
    let text = """
    Vraag 1
    Wat vindt u van het bericht ‘Kop’ 1)\u{A0}en de cijfers?

    Antwoord op vraag 1
    Niets.

    1) NOS, 17 oktober 2025, Kop (https://nos.nl/artikel/1-kop).
    Toelichting: deze vragen vullen eerdere vragen aan.
    """
    let doc = DocumentParser.parse(text, source: "t")
    #expect(doc.footnotes.map(\.id) == [NoteID(.endnote, "1")])
    #expect(doc.footnotes[0].urls == ["https://nos.nl/artikel/1-kop"])
    #expect(doc.questions[0].paragraphs[0].noteRefs == [NoteID(.endnote, "1")])
    #expect(doc.questions[0].plainText == "Wat vindt u van het bericht ‘Kop’ en de cijfers?")
    #expect(!doc.answers[0].plainText.contains("NOS"))
    #expect(doc.diagnostics.isEmpty)
}

@Test func typedBracketNotesAtTheEnd() {
    // Bodies typed after the last answer; the third runs on from the second's URL.
    let text = """
    Vraag 1
    Hoe vaak gebeurt het[1], en door wie [2]?

    Antwoord op vraag 1
    Zie ook [3] en de wet [2](https://wetten.nl).

    [1] Kamerstuk II 28286,
    nr. 1056
    [2] https://example.org/a#:~:text=Dat%20zegt[3] https://example.org/b
    """
    let doc = DocumentParser.parse(text, source: "t")
    #expect(doc.footnotes.map(\.id) == ["1", "2", "3"].map { NoteID(.endnote, $0) })
    #expect(doc.footnotes.map(\.text) == ["Kamerstuk II 28286, nr. 1056", "https://example.org/a#:~:text=Dat%20zegt",
                                           "https://example.org/b"])
    #expect(doc.footnotes[1].urls == ["https://example.org/a#:~:text=Dat%20zegt"])
    #expect(doc.questions[0].paragraphs[0].noteRefs == [NoteID(.endnote, "1"), NoteID(.endnote, "2")])
    #expect(doc.questions[0].plainText == "Hoe vaak gebeurt het, en door wie?")
    // A Markdown link's text stays text.
    #expect(doc.answers[0].paragraphs[0].noteRefs == [NoteID(.endnote, "3")])
    #expect(doc.answers[0].plainText == "Zie ook en de wet [2](https://wetten.nl).")
    #expect(doc.diagnostics.isEmpty)
}

@Test func bracketNumbersNothingCitesStayText() {
    // A list no marker before it cites is the answer's end, as for `1)` lists; and a
    // `[1]` without a list is text.
    let uncited = "Vraag 1\nWaarom?\n\nAntwoord 1\nTwee redenen:\n\n[1] de kosten\n[2] de tijd\n"
    var doc = DocumentParser.parse(uncited, source: "t")
    #expect(doc.footnotes.isEmpty)
    #expect(doc.answers[0].plainText.contains("[2] de tijd"))
    doc = DocumentParser.parse("Vraag 1\nWat staat in [1]?\n\nAntwoord 1\nNiets.\n", source: "t")
    #expect(doc.footnotes.isEmpty)
    #expect(doc.questions[0].plainText == "Wat staat in [1]?")
}

@Test func enumerationInAnAnswerIsNotANote() {
    let text = "Vraag 1\nHoe?\n\nAntwoord op vraag 1\nIn twee fases: 1) eerst dit en 2) dan dat.\n"
    let doc = DocumentParser.parse(text, source: "t")
    #expect(doc.footnotes.isEmpty)
    #expect(doc.answers[0].plainText == "In twee fases: 1) eerst dit en 2) dan dat.")
}

@Test func pdfFootNotesWithGluedNumbersAndWrappedURL() {
    let text = "Vraag 1\nKent u de berichten?\n1, 2 \nAntwoord 1\nJa, zie ook het rapport.3 \n"
        + "1Binnenlands Bestuur, 4 januari 2024 (https://www.binnenlandsbestuur.nl/ruimte-en-milieu/\n"
        + "friese-ambtenaren).\n2NOS, 10 januari 2024 (nos.nl/nieuwsuur/artikel/2504446-ambtenaren).\n3Kamerstuk 29 383, nr. 406.\n \n"
        + "ah-tk-20232024-1092\nISSN 0921 - 7398’s-Gravenhage 2024Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 1\u{0C}Vraag 2\nEn verder?\nAntwoord 2\nNee.\n"
    let doc = DocumentParser.parse(text, source: "t")
    #expect(doc.questions.map(\.number.description) == ["1", "2"])
    #expect(doc.footnotes.count == 3)
    #expect(doc.footnotes[0].urls == ["https://www.binnenlandsbestuur.nl/ruimte-en-milieu/friese-ambtenaren"])
    #expect(doc.footnotes[1].urls == ["https://nos.nl/nieuwsuur/artikel/2504446-ambtenaren"])
    #expect(doc.questions[0].paragraphs.flatMap(\.noteRefs) == [NoteID(.footnote, "1"), NoteID(.footnote, "2")])
    #expect(doc.answers[0].paragraphs.flatMap(\.noteRefs) == [NoteID(.footnote, "3")])
    #expect(doc.answers[0].plainText == "Ja, zie ook het rapport.")
    #expect(!doc.answers[0].plainText.contains("ISSN"))
    #expect(doc.metadata.publicationID == "ah-tk-20232024-1092")
}

@Test func markerWithoutNoteAndUncitedNoteAreDiagnosed() {
    let text = "Vraag 1\nKent u het?[footnoteRef:4]\nAntwoord 1\nJa.[footnoteRef:1] [1: Bron]\n"
    var doc = DocumentParser.parse(text, source: "t")
    #expect(doc.diagnostics.contains { $0.message.contains("footnote 4 has no note text") && $0.line == 1 })
    // A PDF page-foot note that no marker cites.
    doc = DocumentParser.parse("Vraag 1\nKent u het?\nAntwoord 1\nJa.\n1Bron zonder verwijzing\n\u{0C}", source: "t")
    #expect(doc.footnotes.count == 1)
    #expect(doc.diagnostics.contains { $0.message.contains("never cited") })
}

@Test func urlsInTextBecomeLinkRuns() {
    let doc = DocumentParser.parse("Vraag 1\nZie https://example.org/a?b=1.\nAntwoord 1\nJa.\n", source: "t")
    #expect(doc.questions[0].paragraphs[0].runs == [.text("Zie "), .url("https://example.org/a?b=1"), .text(".")])
}

@Test func pdfMarkerFormsGluedToWordsAndLineStarts() {
    var notes = PDFTextNotes()
    // Bodies are accepted as 1, 2, 3…, so the labels are always 1…N.
    notes.labels = TypedNotes.Labels(count: 13)
    // The markers come out of the text as note references beside it, shown here as `[^N]`.
    let sentinel = { (l: String) in "[^\(l)]" }
    let rewriteMarkers = { (text: String) -> String in
        guard let marked = notes.markers(text) else { return text }
        var out = "", at = 0
        for mark in marked.marks {
            guard case .noteRef(let id) = mark.kind else { continue }
            out += marked.bytes[at..<Int(mark.offset)].string + sentinel(id.label)
            at = Int(mark.offset)
        }
        return out + marked.bytes[at...].string
    }
    #expect(rewriteMarkers("een rapport van het EIB13 over de") == "een rapport van het EIB\(sentinel("13")) over de")
    #expect(rewriteMarkers("de rijksambtenaren9 worden") == "de rijksambtenaren\(sentinel("9")) worden")
    #expect(rewriteMarkers("4, georganiseerd door de") == "\(sentinel("4")), georganiseerd door de")
    #expect(rewriteMarkers("water per m3 en G13 blijven") == "water per m3 en G13 blijven")
    #expect(rewriteMarkers("in augustus 2024 was het") == "in augustus 2024 was het")
    #expect(rewriteMarkers("[4 13 ]") == sentinel("4") + sentinel("13"))
    // A number past the last label is no marker, however it is glued.
    #expect(rewriteMarkers("de rijksambtenaren14 worden") == "de rijksambtenaren14 worden")
    #expect(rewriteMarkers("[4 14 ]") == "[4 14 ]")
}

@Test func numberedListEndingTheLastAnswerStaysText() {
    let text = "Vraag 1\nWaarom?\n\nAntwoord 1\nEr zijn twee redenen:\n\n1) de kosten\n2) de tijd\n"
    let doc = DocumentParser.parse(text, source: "t")
    #expect(doc.footnotes.isEmpty)
    #expect(doc.answers[0].plainText.contains("2) de tijd"))
}
