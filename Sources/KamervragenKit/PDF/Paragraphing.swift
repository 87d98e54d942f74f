/// Groups body lines into paragraphs.
///
/// Typeset answers put no space between paragraphs, so the break is read the way a
/// reader sees it: a line that stops although the next line's first word would have
/// fitted ended its paragraph. Larger vertical gaps (between question and answer blocks)
/// and headings also break. The rule works across page breaks, which is what joins a
/// paragraph the page foot cut in two.
struct Paragraphing {
    /// Indices into the lines, one array per paragraph.
    var groups: [[Int]] = []

    init(lines: [TypesetLine]) {
        guard !lines.isEmpty else { return }
        let rightEdge = Self.rightEdge(lines)
        let pitch = Self.linePitch(lines)
        var current: [Int] = [0]
        for i in 1..<lines.count {
            if Self.breaks(between: lines[i - 1], and: lines[i], rightEdge: rightEdge, pitch: pitch) {
                groups.append(current)
                current = []
            }
            current.append(i)
        }
        groups.append(current)
    }

    static func breaks(between previous: TypesetLine, and line: TypesetLine, rightEdge: Double, pitch: Double) -> Bool {
        if TypesetHeading.isHeading(previous.text) || TypesetHeading.isHeading(line.text) { return true }
        if previous.smallType != line.smallType { return true }
        if line.page == previous.page, line.yMin - previous.yMin > pitch * 1.5 { return true }
        if line.page == previous.page, line.yMin < previous.yMin - 1 { return true }
        if startsListItem(line), line.xMin <= previous.xMin + 1 { return true }
        if let last = previous.tokens.last, last.marker == nil, last.text.hasSuffix("-") { return false }
        // Ragged-right lines end short all the time; only a line that also ends a
        // sentence ends a paragraph (Dutch paragraphs end in punctuation).
        guard endsSentence(previous) else { return false }
        let space = pitch * 0.3
        return previous.xMax + space + line.firstWordWidth < rightEdge - 1
    }

    static func endsSentence(_ line: TypesetLine) -> Bool {
        guard let last = line.tokens.last else { return false }
        if last.marker != nil { return true }
        var text = Substring(last.text)
        while let c = text.last, "»”’\"')".contains(c) { text = text.dropLast() }
        guard let end = text.last else { return false }
        return ".?!:;".contains(end)
    }

    /// `1.`, `2)`, `a.`, or a dash bullet at the start of a line.
    static func startsListItem(_ line: TypesetLine) -> Bool {
        guard let first = line.tokens.first?.text else { return false }
        if ["–", "-", "•", "·", "—"].contains(first) { return true }
        guard let mark = first.last, mark == "." || mark == ")" else { return false }
        let body = first.dropLast()
        if PageRoles.isDigits(body), body.count <= 2 { return true }
        return body.count == 1 && body.allSatisfy { $0.isLowercase && $0.isASCII }
    }

    /// Where full lines end: a high percentile of line ends, so a few overlong lines do
    /// not move it.
    static func rightEdge(_ lines: [TypesetLine]) -> Double {
        let ends = lines.map(\.xMax).sorted()
        return ends[min(ends.count - 1, Int(Double(ends.count) * 0.9))]
    }

    /// The usual distance between baselines within a paragraph.
    static func linePitch(_ lines: [TypesetLine]) -> Double {
        var steps: [Double] = []
        for i in 1..<max(1, lines.count) where lines[i].page == lines[i - 1].page {
            let step = lines[i].yMin - lines[i - 1].yMin
            if step > 0 { steps.append(step) }
        }
        guard !steps.isEmpty else { return 10 }
        steps.sort()
        return steps[steps.count / 2]
    }
}

/// Question and answer headings as the Tweede Kamer typesets them: a short line of its
/// own, `Vraag 2 en 3`, `Antwoord 4`, `Antwoord op vragen 5, 6 en 7`.
enum TypesetHeading {
    static func isHeading(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard let first = words.first, words.count <= 14 else { return false }
        let opener = first.hasSuffix(":") ? first.dropLast() : first
        guard ["Vraag", "Vragen", "Antwoord", "Antwoorden"].contains(opener) else { return false }
        let connectives: Set<Substring> = ["op", "vraag", "vragen", "en", "t/m", "tot", "met", "-"]
        for word in words.dropFirst() {
            var core = word
            while let last = core.last, last == "," || last == ":" || last == "." { core = core.dropLast() }
            if connectives.contains(core) { continue }
            let digits = core.prefix { $0.isASCII && $0.isNumber }
            let rest = core.dropFirst(digits.count)
            if !digits.isEmpty, rest.count <= 1, rest.allSatisfy({ $0.isLowercase }) { continue }
            if !digits.isEmpty, rest.first == "-" || rest.first == "–" { continue }
            return false
        }
        return true
    }
}
