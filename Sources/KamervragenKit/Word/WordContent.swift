import OpenXMLPackage

/// What the Word walk found, in reading order, before it becomes the reader boundary's
/// form: lines of text with their marks beside them, the note bodies, and the hints the
/// grammar may use. Everything here is exact data read from the package, not text to
/// be searched again.
struct WordContent {
    var lines: [WordLine] = []
    /// The footnotes, then the endnotes, each in the order they are first cited.
    var notes: [WordNote] = []
    /// The text of the headers (page furniture, never shown), for the cover letter's
    /// facts when the letter itself does not print them: read only then (most letters
    /// print them, and the headers are as much XML as a short answer).
    var headerLines: () throws(PackageError) -> [String] = { [] }
}

/// One line of a paragraph: a Word paragraph is one line, or several where it holds a
/// line or page break.
struct WordLine: Equatable {
    var text: [UInt8] = []
    var marks: [WordMark] = []
    /// Every visible character is bold (direct formatting or styles).
    var bold = false
    /// The paragraph's style is one of Word's headings (or has an outline level).
    var headingStyle = false
    /// The text begins with a label from Word's automatic numbering, written in as Word
    /// shows it (`1)`, `a.`, `•`).
    var numbered = false
    /// A page break comes right before this line.
    var pageBreak = false
    /// The paragraph is inside a table or a text box (letterhead, mostly).
    var boxed = false
    /// The 1-based number of the paragraph this line belongs to: what diagnostics name.
    var paragraph = 0

    var string: String { String(decoding: text, as: UTF8.self) }
}

enum WordMark: Equatable {
    /// A note reference between two bytes.
    case note(offset: Int, NoteID)
    /// A hyperlink over `range`, opening `target` (an http(s) URL).
    case link(range: Range<Int>, target: String)

    func shifted(by delta: Int) -> WordMark {
        switch self {
        case .note(let offset, let id): .note(offset: offset + delta, id)
        case .link(let range, let target): .link(range: (range.lowerBound + delta)..<(range.upperBound + delta), target: target)
        }
    }
}

/// A footnote's or endnote's body, with the label Word shows for it.
struct WordNote: Equatable {
    var id: NoteID
    var lines: [WordLine]
}
