/// The reader boundary: the one form every reader (text, PDF, Word) hands the parser.
///
/// A reader turns its format into lines of UTF-8 text with their source positions, and
/// puts what it knows beside the text rather than in it: note references and links as
/// `LineMark`s, style hints as `LineFlags`, note bodies it found apart from the running
/// text (a PDF's page feet, Word's footnote part) as `SourceNote`s, facts it read outside
/// the text (a PDF's masthead, a Word file's properties) as `Metadata`, and what was odd
/// about the input as diagnostics. The parser (`DocumentParser.parse(_:)`) applies the
/// grammar to the lines, which in plain text also finds notes written as text (Word text
/// through Apache POI, typed `N)` endnotes, page-foot notes in extracted PDF text) and
/// records them as marks the same way.
struct SourceText {
    /// The file name or `-`, used in messages.
    var source: String
    var lines: [SourceLine]
    /// Note bodies found outside the lines, in the order they are to be listed.
    var notes: [SourceNote] = []
    /// Metadata the reader knows without the text; what the header text says wins.
    var facts = Metadata()
    /// Metadata the reader read exactly (a Word cover letter's signature, its Datum):
    /// these win over what the grammar guesses from the header text.
    var exactFacts = Metadata()
    /// What was odd about the input (an encoding fallback, say), before the parser's own.
    var diagnostics: [Diagnostic] = []

    init(source: String, lines: [SourceLine], notes: [SourceNote] = [], facts: Metadata = Metadata(),
         diagnostics: [Diagnostic] = []) {
        self.source = source
        self.lines = lines
        self.notes = notes
        self.facts = facts
        self.diagnostics = diagnostics
    }

    /// The lines, leaving none here: the parser needs the only reference to them.
    mutating func takeLines() -> [SourceLine] {
        let taken = lines
        lines = []
        return taken
    }
}

/// A note body as a reader found it: its identity, where it is (the line number that
/// diagnostics name), and its text with its own marks (the links it cites).
struct SourceNote {
    var id: NoteID
    var text: SourceLine

    var line: Int { text.number }

    init(id: NoteID, text: SourceLine) {
        self.id = id
        self.text = text
    }
}
