import KamervragenKit

/// The reader: immutable document, value-type state, and one function from a key to the
/// next state (`handle`). Rendering reads the state and never changes it.
///
/// The terminal layer owns nothing but the curses calls: it feeds keys and sizes in,
/// draws `render()`, and carries out the returned `Effect`s.
public struct Browser: Sendable {
    public let document: Document
    /// The language of everything the reader says; the document's words stay as written.
    public let language: Language
    public private(set) var rows: Int
    public private(set) var columns: Int

    let content: Content
    let noteIndex = NoteIndex()
    var layout: Layout
    /// The text the reader asked to see at the top; survives resizes unchanged.
    var anchor = Anchor(block: 0, offset: 0)
    /// The first visible line in the current layout: always the anchor's line, so it
    /// follows the layout as blocks are measured (which renumbers the lines after them)
    /// and as the width changes, held where a full screen still fits.
    var top: Int { clampTop(layout.line(for: anchor)) }

    enum Mode: Hashable, Sendable {
        case reading
        case help(scroll: Int)
        case contents(selected: Int, scroll: Int)
    }
    var mode = Mode.reading

    /// The digits typed before `g` or Enter.
    var count: Int?
    var message: (text: String, role: Role)?

    var selection: Selection?
    var notes: NotesPane?
    var back: [Place] = []
    var forward: [Place] = []
    /// The question `a` or an answer link came from, so `a` on a combined answer returns
    /// to that question rather than the first one it covers.
    var cameFromQuestion: Int?

    /// The heading the last jump went to. Near the end of the document the screen cannot
    /// scroll it to the top, so the status line, `]` and `a` ask this block while it is
    /// on screen instead of the top line.
    var focusBlock: Int?

    var prompt: SearchPrompt?
    var search: SearchResults?
    /// The last query that found nothing, so `n` can say so instead of "no search".
    var failedQuery: String?

    public init(document: Document, rows: Int, columns: Int, language: Language = .english) {
        self.init(document: document, rows: rows, columns: columns, eagerCharacters: Content.eagerCharacters,
                  references: nil, language: language)
    }

    /// `eagerCharacters`: below this many characters the layout and searches are done
    /// whole at once; tests and the storms lower it to drive the large-document paths
    /// (lines measured as they are needed, searches counted in idle steps) on small ones.
    package init(document: Document, rows: Int, columns: Int, eagerCharacters: Int, language: Language = .english) {
        self.init(document: document, rows: rows, columns: columns, eagerCharacters: eagerCharacters, references: nil,
                  language: language)
    }

    /// A reader opened from the library: `references` are the other documents its text
    /// cites that the library holds.
    init(document: Document, rows: Int, columns: Int, eagerCharacters: Int, references: LibraryReferences?,
         language: Language) {
        self.document = document
        self.language = language
        self.rows = max(0, rows)
        self.columns = max(0, columns)
        self.content = Content(document: document, eagerCharacters: eagerCharacters, references: references,
                               language: language)
        self.layout = Layout(content: content, width: columns, keeping: self.rows)
    }

    public mutating func resize(rows: Int, columns: Int) {
        self.rows = max(0, rows)
        self.columns = max(0, columns)
        if layout.width != max(1, self.columns) {
            layout = Layout(content: content, width: self.columns, keeping: self.rows)
        }
        _ = layout.prepareScreen(top: layout.line(for: anchor), rows: max(1, textRows))
        settle()
    }

    public mutating func showMessage(_ text: String) { message = (text, .message) }

    // MARK: Geometry

    /// Rows used by the title and status lines; tiny screens give them up first.
    var chromeRows: (title: Int, status: Int) {
        switch rows {
        case ..<1: return (0, 0)
        case 1...2: return (0, 1)
        default: return (1, 1)
        }
    }

    var paneRows: Int {
        guard notes != nil else { return 0 }
        let free = rows - chromeRows.title - chromeRows.status
        guard free >= 4 else { return 0 }
        return min(free - 2, max(3, free * 2 / 5))
    }

    var textRows: Int { max(0, rows - chromeRows.title - chromeRows.status - paneRows) }

    var maxTop: Int { max(0, layout.count - max(1, textRows)) }

    func clampTop(_ line: Int) -> Int { min(max(0, line), maxTop) }

    /// Scrolls without recording history; the anchor follows so a resize keeps this text.
    /// The screen's blocks (and the end's, when the screen reaches it) are measured first,
    /// so the line and the furthest a screen can go are exact there.
    mutating func scroll(to line: Int) {
        focusBlock = nil
        anchor = layout.anchor(of: layout.prepareScreen(top: line, rows: max(1, textRows)))
    }

    /// A jump: remembered so `←` comes back here.
    mutating func jump(to line: Int) {
        let from = here
        scroll(to: line)
        remember(from)
        forgetOffscreenMatch()
    }

    /// Puts a heading at the top (or as near as the end of the document allows).
    mutating func go(toBlock block: Int, remember: Bool) {
        let from = here
        scroll(to: line(ofBlock: block))
        focusBlock = block
        if remember { self.remember(from) }
        forgetOffscreenMatch()
    }

    /// The first line of a block's own text (not its blank separator).
    func line(ofBlock block: Int) -> Int { layout.firstLine(of: block) }

    /// The lines on screen. Total for any `top`: `settle()` keeps `top` within
    /// `0...maxTop`, but a range that traps on a stale value would turn one wrong number
    /// into a crash of the reader (issue 9 item 1 was exactly that).
    var visibleLines: Range<Int> {
        let first = min(max(0, top), layout.count)
        return first..<min(layout.count, first + textRows)
    }

    /// What the top of the screen belongs to, for the status line, `]`, `[` and `a`.
    var currentOwner: Owner? {
        if let f = focusBlock, visibleLines.contains(line(ofBlock: f)) { return content.sources[f].owner }
        let top = self.top
        guard top >= 0, top < layout.count else { return nil }
        return content.sources[Int(layout.lines[top].block)].owner
    }
}
