import KamervragenKit

extension Browser {
    public mutating func handle(_ key: Key) -> [Effect] {
        message = nil
        defer { settle() }
        if prompt != nil { return handlePrompt(key) }
        switch mode {
        case .help(let scroll): return handleHelp(key, scroll: scroll)
        case .contents(let selected, let scroll): return handleContents(key, selected: selected, scroll: scroll)
        case .reading: return handleReading(key)
        }
    }

    private mutating func handleReading(_ key: Key) -> [Effect] {
        if case .character(let c) = key, let digit = c.wholeNumberValue, c.isASCII {
            count = min(999_999, (count ?? 0) * 10 + digit)
            return []
        }
        let n = count
        count = nil
        let page = max(1, textRows)
        switch key {
        case .character("q"): return [.quit]
        case .character("j"), .down, .character("e"), .control("e"), .control("n"): scroll(to: top + (n ?? 1))
        case .character("k"), .up, .character("y"), .control("y"), .control("p"): scroll(to: top - (n ?? 1))
        case .character(" "), .pageDown, .control("f"), .character("z"): scroll(to: top + page)
        case .character("b"), .pageUp, .control("b"), .character("w"): scroll(to: top - page)
        case .character("d"), .control("d"): scroll(to: top + max(1, page / 2))
        case .character("u"), .control("u"): scroll(to: top - max(1, page / 2))
        case .character("g"), .home, .character("<"):
            if let n { goToQuestion(n) } else { jump(to: 0) }
        case .character("G"), .end, .character(">"): jump(to: layout.count)
        case .enter:
            if let n {
                goToQuestion(n)
            } else if let s = selection, selectableLinks.contains(s) {
                return followSelection()
            } else {
                scroll(to: top + 1)
            }
        case .character("]"): nextQuestion(forward: true)
        case .character("["): nextQuestion(forward: false)
        case .character("a"): toggleAnswer()
        case .tab: cycleLink(forward: true)
        case .backTab: cycleLink(forward: false)
        case .left, .backspace: goBack()
        case .right: goForward()
        case .character("f"):
            if notes != nil {
                closeNotes()
            } else if document.footnotes.isEmpty {
                // An empty pane taking a third of the screen would only look broken.
                message = ("this document has no notes", .message)
            } else {
                notes = NotesPane(focus: selectedNote)
            }
        case .character("o"): return openSelectedURL()
        case .character("t"):
            let current = currentQuestion ?? 0
            mode = .contents(selected: current, scroll: max(0, current - contentsRows / 2))
        case .character("/"): startSearch(forward: true)
        case .character("?"): startSearch(forward: false)
        case .character("n"): stepMatch(forward: search?.forward ?? true)
        case .character("N"): stepMatch(forward: !(search?.forward ?? true))
        case .escape:
            if notes != nil { closeNotes() } else if search != nil { search = nil } else { selection = nil }
        case .character("h"), .function(1): mode = .help(scroll: 0)
        case .control("l"): return [.redraw]
        case .control("z"): return [.suspend]
        case .character("="), .control("g"): message = (positionReport(fitting: statusMessageWidth), .message)
        default: message = ("\(Self.name(of: key)) is not a key here · h lists the keys", .message)
        }
        return []
    }

    /// How a key is written in the help, for the message about a key that does nothing:
    /// less and info answer an unknown key; silence makes the reader doubt the terminal.
    static func name(of key: Key) -> String {
        switch key {
        case .character(" "): return "Space"
        case .character(let c): return String(c)
        case .control(let c): return "Ctrl-" + c.uppercased()
        case .function(let n): return "F\(n)"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .escape: return "Esc"
        }
    }

    /// A URL selected in the pane goes with it, so Enter cannot follow a link no longer shown.
    mutating func closeNotes() {
        notes = nil
        if selection?.pane != nil { selection = nil }
    }

    // MARK: Questions and answers

    func answerCovers(_ j: Int) -> [Int] { content.answerQuestions[j] }

    /// The question the top of the screen is in, or the answer's question (the one we
    /// came from when it is among those the answer covers).
    var currentQuestion: Int? {
        switch currentOwner {
        case .question(let i): return i
        case .answer(let j):
            let covered = answerCovers(j)
            if let from = cameFromQuestion, covered.contains(from) { return from }
            return covered.first
        default:
            // Before the first question or after the last: the nearest heading above.
            var best: Int?
            let top = self.top
            for (i, b) in content.questionHeading.enumerated() where line(ofBlock: b) <= top { best = i }
            return best
        }
    }

    mutating func goToQuestion(_ number: Int) {
        guard let i = document.questions.firstIndex(where: { $0.number.value == number }) else {
            message = ("no question \(number) in this document", .error)
            return
        }
        go(toBlock: content.questionHeading[i], remember: true)
        cameFromQuestion = nil
    }

    mutating func nextQuestion(forward: Bool) {
        let reference = focusBlock.map { line(ofBlock: $0) } ?? top
        let headings = content.questionHeading
        let target = forward ? headings.first { line(ofBlock: $0) > reference } : headings.last { line(ofBlock: $0) < reference }
        guard let target else {
            message = (forward ? "no next question" : "no previous question", .message)
            return
        }
        go(toBlock: target, remember: false)
        cameFromQuestion = nil
    }

    mutating func toggleAnswer() {
        switch currentOwner {
        case .answer(let j):
            let covered = answerCovers(j)
            let target = cameFromQuestion.flatMap { covered.contains($0) ? $0 : nil } ?? covered.first
            guard let target else {
                message = ("this answer names no question in the document", .message)
                return
            }
            go(toBlock: content.questionHeading[target], remember: true)
            cameFromQuestion = nil
        default:
            guard let i = currentQuestion else {
                // Before the first question: say where the questions are.
                message = (document.questions.isEmpty ? "no questions in this document" : "no question here yet · ] goes to the first", .message)
                return
            }
            guard let j = document.questions[i].answer, document.answers.indices.contains(j) else {
                message = ("Vraag \(document.questions[i].number) has no answer in this document", .message)
                return
            }
            go(toBlock: content.answerHeading[j], remember: true)
            cameFromQuestion = i
        }
    }

    mutating func goBack() {
        guard let to = back.popLast() else {
            message = ("no earlier position", .message)
            return
        }
        forward.append(here)
        restore(to)
    }

    mutating func goForward() {
        guard let to = forward.popLast() else {
            message = ("no later position", .message)
            return
        }
        back.append(here)
        restore(to)
    }

    // MARK: Help and contents

    private mutating func handleHelp(_ key: Key, scroll: Int) -> [Effect] {
        let page = max(1, helpRows)
        let maxScroll = helpMaxScroll
        var s = scroll
        switch key {
        case .character("q"), .escape, .character("h"), .function(1): mode = .reading; return []
        case .character("j"), .down, .enter: s += 1
        case .character("k"), .up: s -= 1
        case .character(" "), .pageDown: s += page
        case .character("b"), .pageUp: s -= page
        case .character("g"), .home: s = 0
        case .character("G"), .end: s = maxScroll
        case .control("l"): return [.redraw]
        case .control("z"): return [.suspend]
        default: message = ("\(Self.name(of: key)) does nothing in the help · q closes it", .message)
        }
        mode = .help(scroll: min(max(0, s), maxScroll))
        return []
    }

    private mutating func handleContents(_ key: Key, selected: Int, scroll: Int) -> [Effect] {
        let total = document.questions.count
        let page = max(1, contentsRows)
        var sel = selected
        // A number then g or Enter jumps to that question, as in the text: with a hundred
        // questions, typing 87 beats paging down to it.
        if case .character(let c) = key, let digit = c.wholeNumberValue, c.isASCII {
            count = min(999_999, (count ?? 0) * 10 + digit)
            return []
        }
        let n = count
        count = nil
        if let n {
            switch key {
            case .character("g"), .enter:
                goToQuestion(n)
                // An unknown number leaves the contents open, with the error, to try again.
                if message == nil { mode = .reading }
                return []
            case .escape:
                return [] // drops the number only
            case .backspace:
                count = n >= 10 ? n / 10 : nil
                return []
            default: break
            }
        }
        switch key {
        case .character("q"), .escape, .character("t"): mode = .reading; return []
        case .character("j"), .down, .tab: sel += 1
        case .character("k"), .up, .backTab: sel -= 1
        case .character(" "), .pageDown: sel += page
        case .character("b"), .pageUp: sel -= page
        case .character("g"), .home: sel = 0
        case .character("G"), .end: sel = total - 1
        case .enter:
            mode = .reading
            if document.questions.indices.contains(sel) {
                go(toBlock: content.questionHeading[sel], remember: true)
                cameFromQuestion = nil
            }
            return []
        case .control("l"): return [.redraw]
        case .control("z"): return [.suspend]
        default: message = ("\(Self.name(of: key)) does nothing in the contents · Enter jumps, q closes", .message)
        }
        mode = .contents(selected: sel, scroll: scroll)
        return []
    }
}
