import KamervragenKit

extension Browser {
    /// less's `=`: where the screen is, how much there is, the file. The file name goes
    /// last and, when the line is too narrow, loses its START: the end of a path is the
    /// file's own name, the part a reader wants (`…/2024/ah-tk-20242025-581.txt`).
    func positionReport(fitting width: Int) -> String {
        let total = layout.count
        let bottom = min(total, top + textRows)
        let lines = total == 0
            ? Catalogue.Position.empty.text(in: language)
            : Catalogue.Position.lines.text(String(min(total, top + 1)), String(bottom), String(total), in: language)
        let counts = Catalogue.Position.questions.text(String(document.questions.count), String(content.answeredCount), in: language)
        let name = SafeText.sanitized(document.source)
        let separator = " · "
        // The fullest form that fits; the counts go before the lines, and the name is
        // shortened from the left only once it is all that is left to shorten.
        for lead in [lines + separator + counts, lines, ""] {
            let prefix = lead.isEmpty ? "" : lead + separator
            let room = width - DisplayWidth.of(prefix)
            let nameWidth = DisplayWidth.of(name)
            if nameWidth <= room { return prefix + name }
            if room >= min(nameWidth, Browser.shortestNameTail) || lead.isEmpty {
                return prefix + Browser.tail(of: name, fitting: room)
            }
        }
        return Browser.tail(of: name, fitting: width)
    }

    /// Below this many cells a file name's end says too little; the counts give way first.
    static let shortestNameTail = 16

    /// The end of `text` in at most `width` cells, an ellipsis marking what was cut.
    static func tail(of text: String, fitting width: Int) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        var kept: [Character] = []
        var used = 0
        for ch in text.reversed() {
            let w = DisplayWidth.of(ch)
            if used + w > width - 1 { break }
            kept.append(ch)
            used += w
        }
        return "…" + String(kept.reversed())
    }
}
