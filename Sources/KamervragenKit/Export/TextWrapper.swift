/// Greedy word wrapping by display width, for the plain-text commands.
///
/// Input is one normalised paragraph (single spaces). A word wider than the line is broken
/// hard rather than overflowing, except a URL, which keeps a line of its own.
public enum TextWrapper {
    /// `continuation` indents the lines after the first (a hanging indent for notes);
    /// by default they get `indent` too.
    public static func wrap(_ paragraph: String, width: Int, indent: String = "", continuation: String? = nil) -> [String] {
        var lines: [String] = []
        var prefix = indent
        var room = max(1, width - DisplayWidth.of(prefix))
        var line = ""
        var lineWidth = 0
        func flush() {
            lines.append(prefix + line)
            line = ""
            lineWidth = 0
            prefix = continuation ?? indent
            room = max(1, width - DisplayWidth.of(prefix))
        }
        for word in paragraph.split(separator: " ") {
            let w = DisplayWidth.of(word)
            if lineWidth > 0 && lineWidth + 1 + w <= room {
                line += " " + word
                lineWidth += 1 + w
                continue
            }
            if lineWidth > 0 { flush() }
            // A URL stays whole on a line of its own even when it is too wide: broken in
            // two it can no longer be clicked or copied, and the terminal wraps it anyway.
            if w <= room || word.contains("://") {
                line = String(word)
                lineWidth = w
                continue
            }
            for c in word {
                let cw = DisplayWidth.of(c)
                if lineWidth > 0 && lineWidth + cw > room { flush() }
                line.append(c)
                lineWidth += cw
            }
        }
        if lineWidth > 0 || lines.isEmpty { flush() }
        return lines
    }

    /// Cuts text to at most `width` columns, ending in "…" at a word boundary when it can.
    public static func truncate(_ text: String, width: Int) -> String {
        if DisplayWidth.of(text) <= width { return text }
        let room = max(0, width - 1)
        var out = ""
        var used = 0
        var lastSpace: String.Index?
        for c in text {
            let w = DisplayWidth.of(c)
            if used + w > room {
                // Stopping right before a space means the kept text ends on a whole word.
                if c == " " { lastSpace = out.endIndex }
                break
            }
            if c == " " { lastSpace = out.endIndex }
            out.append(c)
            used += w
        }
        // Prefer a word boundary unless that would throw away most of the line.
        if let cut = lastSpace, out.distance(from: out.startIndex, to: cut) > room / 2 {
            out = String(out[..<cut])
        }
        while out.last == " " || out.last == "," { out.removeLast() }
        return out + "…"
    }
}
