import OpenXMLPackage

/// The element names the Word walk acts on, by local name. WordprocessingML's own are
/// matched in its namespace; `AlternateContent`, `Choice` and `Fallback` in markup
/// compatibility's; `txbx` and `textbox` (a text box's DrawingML and VML wrappers) in
/// any other. The parser hands each name over as its place in this list, so the walk
/// switches on a number where it compared strings at every tag.
enum WordElement: String, CaseIterable {
    // Paragraphs and their properties.
    case p, pPr, pStyle, numPr, numId, ilvl
    // Runs, their properties and contents.
    case r, rPr, rStyle, b, t, tab, ptab, br, cr, noBreakHyphen, sym
    // Tracked changes and what is never shown.
    case del, moveFrom, delText, delInstrText, instrText, pPrChange, rPrChange, sectPr, sdtPr, commentReference
    // Notes.
    case footnoteReference, endnoteReference, footnoteRef, endnoteRef, separator, continuationSeparator
    case footnote, endnote
    // Links, fields, tables and text boxes.
    case hyperlink, fldSimple, fldChar, tbl, txbxContent
    // Outside WordprocessingML: text-box wrappers and markup compatibility.
    case txbx, textbox
    case AlternateContent, Choice, Fallback

    static let vocabulary = XMLVocabulary(WordElement.self)
    /// Indexed as the vocabulary is (made once, not at every tag).
    static let byIndex = allCases
}
