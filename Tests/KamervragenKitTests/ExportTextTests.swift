import Testing
@testable import KamervragenKit

@Test func normalisationCollapsesAllWhitespaceKinds() {
    #expect(PlainText.normalised("  a \t b\u{00A0}\u{00A0}c\n\nd\r\n ") == "a b c d")
    #expect(PlainText.normalised("") == "")
    #expect(PlainText.normalised(" \n\t ") == "")
}

@Test func paragraphsJoinWithABlankLineAndMarkersDisappear() {
    let paragraphs = [
        Paragraph([.text("Zie de Aanwijzing."), .noteRef(NoteID(.footnote, "1")), .text("  Daarnaast  iets.")]),
        Paragraph(text: "   "),
        Paragraph([.text("Bron: "), .url("https://example.org/a")]),
    ]
    #expect(PlainText.text(of: paragraphs) == "Zie de Aanwijzing. Daarnaast iets.\n\nBron: https://example.org/a")
    #expect(PlainText.urls(of: paragraphs) == ["https://example.org/a"])
    #expect(PlainText.noteRefs(of: paragraphs) == [NoteID(.footnote, "1")])
}

@Test func terminalSafeReplacesEscapeSequencesVisibly() {
    let hostile = "a\u{1B}]0;pwned\u{07}b\u{1B}[2Jc\u{9B}31md\u{7F}e\u{202E}f\tg\r\nh"
    let safe = SafeText.line(hostile)
    #expect(SafeText.isSafeLine(safe))
    #expect(!safe.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    #expect(safe.contains("␛]0;pwned␇b␛[2Jc"))
    #expect(safe.contains("f g␍␊h"))
    #expect(!SafeText.isSafeLine(hostile))
    // Ordinary Dutch text passes through untouched.
    let dutch = "Ik zal mij onverminderd blijven inzetten, óók voor ‘creëren’ – € 5."
    #expect(SafeText.line(dutch) == dutch)
}

@Test func displayWidthCountsWideAndCombiningCharacters() {
    #expect(DisplayWidth.of("abc") == 3)
    #expect(DisplayWidth.of("e\u{301}") == 1)
    #expect(DisplayWidth.of("漢字") == 4)
    #expect(DisplayWidth.of("creëren") == 7)
}

@Test(arguments: [1, 5, 20, 37, 80])
func wrappingNeverExceedsTheWidthAndLosesNoWords(_ width: Int) {
    let text = "Het kabinet neemt de zorgen serieus en werkt aan https://www.rijksoverheid.nl/documenten/kamerstukken/2025/11/01/een-heel-lange-url een aanpak 漢字漢字漢字."
    let lines = TextWrapper.wrap(text, width: width, indent: width > 10 ? "  " : "")
    for line in lines where !line.contains("://") { #expect(DisplayWidth.of(line) <= max(width, 2)) }
    // The URL is never split, and shares its line with nothing when it is too wide.
    let url = "https://www.rijksoverheid.nl/documenten/kamerstukken/2025/11/01/een-heel-lange-url"
    #expect(lines.contains { $0.contains(url) && ($0.trimmingCharacters() == url || DisplayWidth.of($0) <= width) })
    let rejoined = lines.map { $0.trimmingCharacters() }.joined()
    #expect(rejoined == text.filter { $0 != " " })
}

@Test func hangingIndentAppliesAfterTheFirstLine() {
    let lines = TextWrapper.wrap("[voetnoot 1] een twee drie vier vijf zes", width: 20, indent: "  ", continuation: "    ")
    #expect(lines == ["  [voetnoot 1] een", "    twee drie vier", "    vijf zes"])
}

@Test func truncationEndsWithAnEllipsisAtAWordBoundary() {
    let t = TextWrapper.truncate("Welke verklaring heeft u voor de opvallende stijging van het aantal minderjarigen?", width: 30)
    #expect(t == "Welke verklaring heeft u voor…")
    #expect(DisplayWidth.of(t) <= 30)
    #expect(TextWrapper.truncate("Kort.", width: 30) == "Kort.")
}

extension String {
    /// Drops the spaces that wrapping adds or removes, leaving the characters to compare.
    fileprivate func trimmingCharacters() -> String { filter { $0 != " " } }
}
