import OpenXMLPackage

/// Walks a WordprocessingML part (the main document, or the footnotes and endnotes) in
/// reading order and writes what a reader sees: runs' text (`w:t`, tabs, breaks,
/// non-breaking hyphens, symbols), note references, hyperlinks, the shown result of
/// fields (never their instruction), one of the forms Word stores a text box in
/// (`mc:Choice`, else `mc:Fallback`), tracked insertions but not deletions, no comments,
/// automatic numbering as Word shows it, and bold and heading style as hints.
///
/// The walk needs neither the styles nor the numbering: each paragraph is kept with its
/// style, list and the run styles its bold depends on, and `resolve` gives the lines once
/// both are read. So the numbering part is read in `resolve`, list by list as paragraphs
/// ask for them (`WordNumberingSlices`).
final class WordWalker: XMLHandler {
    /// The paragraphs walked, in order, each with the note whose body it is (an index in
    /// `notes`), or nil for the part's own text.
    private var walked: [(paragraph: ParagraphBuilder, number: Int, note: Int?)] = []
    private(set) var notes: [(kind: NoteKind, wordID: String)] = []

    private let relationships: Relationships
    private let notesPart: Bool
    private var labels: NoteLabels

    let vocabulary = WordElement.vocabulary
    private let elements = WordElement.byIndex

    /// Elements open, innermost last (WordprocessingML ones by name, others as nil).
    private var stack: [WordElement?] = []
    /// Depth in `stack` above which everything is skipped (a deletion, an instruction…).
    private var skipBelow: Int?
    /// For each open `mc:AlternateContent`: whether one of its forms has been read.
    private var alternates: [Bool] = []
    private var paragraphs: [ParagraphBuilder] = []
    private var run = RunState()
    private var fields: [Field] = []
    private var hyperlinks: [Hyperlink?] = []
    private var tableDepth = 0
    private var boxDepth = 0
    private var paragraphCount = 0
    private var note: (kind: NoteKind, wordID: String)?

    init(relationships: Relationships, labels: NoteLabels, notesPart: Bool) {
        self.relationships = relationships
        self.labels = labels
        self.notesPart = notesPart
    }

    /// The note labels given out so far (the main part's walk hands them to the notes').
    var noteLabels: NoteLabels { labels }

    // MARK: events

    func startElement(_ name: XMLName, attributes: XMLAttributes) {
        let element = name.index.map { elements[$0] }
        let local = name.namespace == .wordprocessingML ? element : nil
        stack.append(local)
        if skipBelow != nil { return }
        if name.namespace == .markupCompatibility {
            alternateContent(start: element)
            return
        }
        guard name.namespace == .wordprocessingML else {
            if element == .txbx || element == .textbox { boxDepth += 1 }
            return
        }
        guard let local else { return }
        switch local {
        case .p: startParagraph()
        case .pStyle: if parent == .pPr { paragraphs.last?.style = attributes.value(.wordprocessingML, "val") }
        case .numId: if inParagraphProperties { paragraphs.last?.numID = attributes.int(.wordprocessingML, "val") }
        case .ilvl: if inParagraphProperties { paragraphs.last?.level = attributes.int(.wordprocessingML, "val") }
        case .r: run = RunState()
        case .rStyle: if parent == .rPr { run.style = attributes.value(.wordprocessingML, "val") }
        case .b: if parent == .rPr, grandparent == .r { run.bold = attributes.isOn(.wordprocessingML, "val") }
        case .del, .moveFrom:
            // A deleted paragraph mark joins the paragraph to the next; deleted text goes.
            if parent == .rPr, grandparent == .pPr { paragraphs.last?.markDeleted = true } else { skip() }
        case .delText, .delInstrText, .instrText, .pPrChange, .rPrChange, .sectPr, .sdtPr, .commentReference, .footnoteRef,
             .endnoteRef, .separator, .continuationSeparator:
            if local == .instrText, let f = fields.last, f.inInstruction { skip(collectingInstruction: true) } else { skip() }
        case .tab, .ptab: if parent == .r { append(Self.space) }
        case .br: if parent == .r { lineBreak(page: attributes.value(.wordprocessingML, "type", is: "page")) }
        case .cr: if parent == .r { lineBreak(page: false) }
        case .noBreakHyphen: append(Self.noBreakHyphen)
        case .sym: append(Array(String(WordSymbols.character(font: attributes.value(.wordprocessingML, "font"), code: attributes.value(.wordprocessingML, "char"))).utf8))
        case .footnoteReference, .endnoteReference:
            noteReference(kind: local == .footnoteReference ? .footnote : .endnote, attributes: attributes)
        case .hyperlink: hyperlinks.append(hyperlinkTarget(attributes).map(linkStart))
        case .fldSimple: hyperlinks.append(Field.hyperlinkTarget(attributes.value(.wordprocessingML, "instr") ?? "").map(linkStart))
        case .fldChar: fieldCharacter(attributes.value(.wordprocessingML, "fldCharType"))
        case .tbl: tableDepth += 1
        case .txbxContent: boxDepth += 1
        case .footnote, .endnote:
            let type = attributes.value(.wordprocessingML, "type")
            if let type, type != "normal" { skip(); return }
            note = (local == .footnote ? .footnote : .endnote, attributes.value(.wordprocessingML, "id") ?? "")
            notes.append((note!.kind, note!.wordID))
        case .pPr, .numPr, .rPr, .t, .txbx, .textbox, .AlternateContent, .Choice, .Fallback: break
        }
    }

    func endElement(_ name: XMLName) {
        defer { stack.removeLast() }
        if let s = skipBelow {
            if stack.count - 1 == s {
                skipBelow = nil
                collectingInstruction = false
            }
            return
        }
        let element = name.index.map { elements[$0] }
        if name.namespace == .markupCompatibility {
            if element == .AlternateContent { alternates.removeLast() }
            return
        }
        guard name.namespace == .wordprocessingML else {
            if element == .txbx || element == .textbox { boxDepth -= 1 }
            return
        }
        switch element {
        case .p: endParagraph()
        case .hyperlink, .fldSimple: closeHyperlink()
        case .tbl: tableDepth -= 1
        case .txbxContent: boxDepth -= 1
        case .footnote, .endnote: note = nil
        default: break
        }
    }

    func text(_ bytes: [UInt8]) {
        if skipBelow != nil {
            if collectingInstruction, !fields.isEmpty { fields[fields.count - 1].instruction += String(decoding: bytes, as: UTF8.self) }
            return
        }
        guard let top = stack.last, top == .t, fields.allSatisfy({ !$0.inInstruction }) else { return }
        append(bytes)
    }

    // MARK: structure

    private var parent: WordElement? { stack.count >= 2 ? stack[stack.count - 2] : nil }
    private var grandparent: WordElement? { stack.count >= 3 ? stack[stack.count - 3] : nil }

    private var inParagraphProperties: Bool {
        parent == .numPr && stack.dropLast().contains(.pPr)
    }

    private var collectingInstruction = false

    private func skip(collectingInstruction: Bool = false) {
        skipBelow = stack.count - 1
        self.collectingInstruction = collectingInstruction
    }

    private func alternateContent(start element: WordElement?) {
        switch element {
        case .AlternateContent: alternates.append(false)
        case .Choice, .Fallback:
            guard !alternates.isEmpty else { return }
            if alternates[alternates.count - 1] { skip() } else { alternates[alternates.count - 1] = true }
        default: break
        }
    }

    // MARK: paragraphs

    private func startParagraph() {
        let p = ParagraphBuilder()
        p.boxed = tableDepth > 0 || boxDepth > 0
        // A paragraph whose predecessor's mark was deleted carries on its text.
        if let previous = merged {
            merged = nil
            p.lines = previous.lines
            p.counts = previous.counts
        }
        paragraphs.append(p)
    }

    private var merged: ParagraphBuilder?

    private func endParagraph() {
        guard let p = paragraphs.popLast() else { return }
        if p.markDeleted && paragraphs.isEmpty { merged = p; return }
        paragraphCount += 1
        walked.append((p, paragraphCount, note != nil && !notes.isEmpty ? notes.count - 1 : nil))
    }

    // MARK: resolving

    /// The walked paragraphs as lines, once the styles are read: bold and heading hints
    /// from the styles, automatic numbering labels in paragraph order (the counters carry
    /// on from part to part, so parts are resolved in the order they are read). The
    /// part's own lines, and each note's body in `notes`' order.
    func resolve(styles: WordStyles, numbering: inout WordNumbering) -> (lines: [WordLine], notes: [[WordLine]]) {
        var lines: [WordLine] = []
        var bodies = [[WordLine]](repeating: [], count: notes.count)
        for (p, number, note) in walked {
            let out = Self.lines(of: p, number: number, styles: styles, numbering: &numbering)
            if let note { bodies[note] += out } else { lines += out }
        }
        return (lines, bodies)
    }

    private static func lines(of p: ParagraphBuilder, number: Int, styles: WordStyles, numbering: inout WordNumbering) -> [WordLine] {
        let styleID = p.style ?? styles.defaultParagraphStyle
        let styleBold = styles.bold(styleID) ?? styles.defaultBold
        let heading = styles.isHeading(styleID)
        var label: String?
        if let numID = p.numID ?? styles.numbering(styleID)?.numID {
            let level = p.level ?? styles.numbering(styleID)?.level ?? 0
            label = numbering.next(numID: numID, level: level)
        }
        var out: [WordLine] = []
        out.reserveCapacity(p.lines.count)
        for (k, var line) in p.lines.enumerated() {
            var c = p.counts[k]
            // Runs bold or not by their character style alone (no direct `w:b`).
            for (style, visible) in c.styled {
                switch styles.bold(style) {
                case false?: c.plain += visible
                case nil: c.unknown += visible
                case true?: break
                }
            }
            line.bold = c.visible > 0 && c.plain == 0 && c.unknown == 0 || (c.visible > 0 && c.plain == 0 && c.unknown > 0 && styleBold)
            line.headingStyle = heading
            line.boxed = p.boxed
            line.paragraph = number
            out.append(line)
        }
        if let label, !label.isEmpty {
            let prefix = Array((label + " ").utf8)
            out[0].text.insert(contentsOf: prefix, at: 0)
            out[0].marks = out[0].marks.map { $0.shifted(by: prefix.count) }
            out[0].numbered = true
        }
        return out
    }

    // MARK: runs

    private static let space: [UInt8] = [0x20]
    private static let noBreakHyphen = Array("\u{2011}".utf8)

    private func append(_ bytes: [UInt8]) {
        guard let p = paragraphs.last else { return }
        p.append(bytes, bold: run.bold, style: run.style)
    }

    private func lineBreak(page: Bool) {
        guard let p = paragraphs.last, fields.allSatisfy({ !$0.inInstruction }) else { return }
        p.newLine(pageBreak: page)
    }

    private func noteReference(kind: NoteKind, attributes: XMLAttributes) {
        guard !notesPart, let p = paragraphs.last, let wordID = attributes.value(.wordprocessingML, "id") else { return }
        let label = labels.label(kind: kind, wordID: wordID)
        p.mark(.note(offset: p.offset, NoteID(kind, label)))
    }

    // MARK: links and fields

    private func hyperlinkTarget(_ attributes: XMLAttributes) -> String? {
        guard let id = attributes.value(.officeRelationships, "id"), let r = relationships[id], r.external else { return nil }
        return Field.isWebURL(r.target) ? r.target : nil
    }

    private func linkStart(_ target: String) -> Hyperlink {
        Hyperlink(target: target, line: (paragraphs.last?.lines.count ?? 1) - 1, start: paragraphs.last?.offset ?? 0)
    }

    private func closeHyperlink() {
        guard let link = hyperlinks.popLast() ?? nil else { return }
        closeLink(link)
    }

    /// Marks the link's text, if it stayed on one line (a break inside a link is rare,
    /// and a mark never spans lines).
    private func closeLink(_ link: Hyperlink) {
        guard let p = paragraphs.last, p.lines.count - 1 == link.line, p.offset > link.start else { return }
        p.mark(.link(range: link.start..<p.offset, target: link.target))
    }

    /// What a paragraph whose mark was deleted left waiting for a next one that never came.
    func finish() {
        guard let p = merged else { return }
        merged = nil
        p.markDeleted = false
        paragraphs.append(p)
        endParagraph()
    }

    private func fieldCharacter(_ type: String?) {
        switch type {
        case "begin": fields.append(Field())
        case "separate":
            guard !fields.isEmpty else { return }
            fields[fields.count - 1].inInstruction = false
            if let target = Field.hyperlinkTarget(fields[fields.count - 1].instruction) {
                fields[fields.count - 1].link = linkStart(target)
            }
        case "end":
            guard let field = fields.popLast() else { return }
            if let link = field.link { closeLink(link) }
        default: break
        }
    }
}

/// The run being read: its direct bold (nil: not set here) and character style.
struct RunState {
    var bold: Bool?
    var style: String?
}

struct Hyperlink {
    var target: String
    /// The line of its paragraph it started on, and the byte offset there.
    var line: Int
    var start: Int
}

/// A complex field (`w:fldChar` begin … separate … end): the instruction is collected and
/// hidden, the result after `separate` is shown. A `HYPERLINK "url"` field makes its
/// result a link.
struct Field {
    var inInstruction = true
    var instruction = ""
    var link: Hyperlink?

    /// The URL of a `HYPERLINK "url"` instruction, when it is a web address.
    static func hyperlinkTarget(_ instruction: String) -> String? {
        var rest = instruction.drop { $0 == " " || $0 == "\t" }
        guard rest.prefix(9).uppercased() == "HYPERLINK" else { return nil }
        rest = rest.dropFirst(9).drop { $0 == " " || $0 == "\t" }
        let url: Substring
        if rest.first == "\"" {
            url = rest.dropFirst().prefix { $0 != "\"" }
        } else {
            url = rest.prefix { $0 != " " && $0 != "\t" }
        }
        return isWebURL(String(url)) ? String(url) : nil
    }

    static func isWebURL(_ s: String) -> Bool {
        let lower = s.lowercased()
        return (lower.hasPrefix("http://") || lower.hasPrefix("https://")) && s.count > 8
            && !s.unicodeScalars.contains { $0.value < 0x21 || $0.value == 0x7F }
    }
}

/// A paragraph being read: its lines (one more at each break), marks, and properties.
final class ParagraphBuilder {
    /// Visible characters on a line that are bold, not bold, or bold only if the
    /// paragraph style says so; and those of runs whose bold only their character style
    /// says, by style (the styles are not known during the walk).
    struct Counts {
        var visible = 0
        var plain = 0
        var unknown = 0
        var styled: [(style: String, visible: Int)] = []
    }

    var lines: [WordLine] = [WordLine()]
    var counts: [Counts] = [Counts()]
    var style: String?
    var numID: Int?
    var level: Int?
    var markDeleted = false
    var boxed = false

    var offset: Int { lines[lines.count - 1].text.count }

    /// `bold`: the run's direct `w:b`, nil when it has none; then `style`, its character
    /// style, decides when the styles are read (no style: bold only if the paragraph's is).
    func append(_ bytes: [UInt8], bold: Bool?, style: String?) {
        let k = lines.count - 1
        lines[k].text += bytes
        var visible = 0
        for b in bytes where b > 0x20 && (b & 0xC0) != 0x80 { visible += 1 }
        counts[k].visible += visible
        if bold == false { counts[k].plain += visible }
        if bold == nil {
            if let style { counts[k].styled.append((style, visible)) } else { counts[k].unknown += visible }
        }
    }

    func mark(_ m: WordMark) { lines[lines.count - 1].marks.append(m) }

    func newLine(pageBreak: Bool) {
        var next = WordLine()
        next.pageBreak = pageBreak
        lines.append(next)
        counts.append(Counts())
    }
}

/// Word numbers footnotes and endnotes apart, each from 1 in the order they are first
/// cited (the part's own ids are not what the reader sees), in the format the settings
/// give (footnotes decimal and endnotes lower-case Roman unless set otherwise).
struct NoteLabels {
    var footnoteFormat = "decimal"
    var endnoteFormat = "lowerRoman"
    var footnoteStart = 1
    var endnoteStart = 1
    private(set) var order: [(kind: NoteKind, wordID: String, label: String)] = []
    /// The settings part, read at the first note reference: a file that cites no Word
    /// note (most ministry files) does not need its 30 KB of settings.
    var unreadSettings: (package: OfficePackage, part: String)?
    /// Why the settings could not be read; the reader refuses the file once its walk ends.
    private(set) var failure: PackageError?

    mutating func label(kind: NoteKind, wordID: String) -> String {
        if let (package, part) = unreadSettings {
            unreadSettings = nil
            do {
                let read = try NoteSettings.labels(package: package, part: part)
                footnoteFormat = read.footnoteFormat
                endnoteFormat = read.endnoteFormat
                footnoteStart = read.footnoteStart
                endnoteStart = read.endnoteStart
            } catch {
                failure = error
            }
        }
        if let known = order.first(where: { $0.kind == kind && $0.wordID == wordID }) { return known.label }
        let count = order.filter { $0.kind == kind }.count
        let label = kind == .footnote
            ? WordNumberFormat.format(footnoteStart + count, as: footnoteFormat)
            : WordNumberFormat.format(endnoteStart + count, as: endnoteFormat)
        order.append((kind, wordID, label))
        return label
    }
}
