import KamervragenKit

extension Browser {
    /// One key: looked up in the key table of the screen showing (`KeyTable`), then carried
    /// out. A key the table does not list for that screen does nothing but say so: less
    /// and info answer an unknown key, and silence makes the reader doubt the terminal.
    public mutating func handle(_ key: Key) -> [Effect] {
        message = nil
        defer { settle() }
        if prompt != nil {
            guard let action = KeyTable.prompt.action(for: key) else { return [] }
            return perform(action, key: key)
        }
        switch mode {
        case .reading:
            guard let action = KeyTable.reading.action(for: key) else {
                count = nil
                message = (Catalogue.Keys.notAKeyHere.text(key.name, in: language), .message)
                return []
            }
            return perform(action, key: key)
        case .help(let scroll):
            guard let action = KeyTable.help.action(for: key) else {
                message = (Catalogue.Keys.nothingInHelp.text(key.name, in: language), .message)
                return []
            }
            return perform(action, scroll: scroll)
        case .contents(let selected, let scroll):
            guard let action = KeyTable.contents.action(for: key) else {
                count = nil
                message = (Catalogue.Keys.nothingInContents.text(key.name, in: language), .message)
                return []
            }
            return perform(action, key: key, selected: selected, scroll: scroll)
        }
    }

    /// A digit key's value, for the number typed before `g` or Enter.
    private func digit(of key: Key) -> Int {
        if case .character(let c) = key, c.isASCII, let d = c.wholeNumberValue { return d }
        return 0
    }

    private mutating func perform(_ action: ReadingAction, key: Key) -> [Effect] {
        if action == .digit {
            count = min(999_999, (count ?? 0) * 10 + digit(of: key))
            return []
        }
        let n = count
        count = nil
        let page = max(1, textRows)
        switch action {
        case .digit: break
        case .quit: return [.quit]
        case .lineDown: scroll(to: top + (n ?? 1))
        case .lineUp: scroll(to: top - (n ?? 1))
        case .pageDown: scroll(to: top + page)
        case .pageUp: scroll(to: top - page)
        case .halfPageDown: scroll(to: top + max(1, page / 2))
        case .halfPageUp: scroll(to: top - max(1, page / 2))
        case .top:
            if let n { goToQuestion(n) } else { jump(to: 0) }
        case .bottom: jump(to: layout.count)
        case .follow:
            if let n {
                goToQuestion(n)
            } else if selection != nil {
                return followSelection()
            } else {
                scroll(to: top + 1)
            }
        case .nextQuestion: nextQuestion(forward: true)
        case .previousQuestion: nextQuestion(forward: false)
        case .answer: toggleAnswer()
        case .nextLink: cycleLink(forward: true)
        case .previousLink: cycleLink(forward: false)
        case .back: goBack()
        case .forward: goForward()
        case .notes:
            if notes != nil {
                closeNotes()
            } else if document.footnotes.isEmpty {
                // An empty pane taking a third of the screen would only look broken.
                message = (Catalogue.Reader.noNotes.text(in: language), .message)
            } else {
                notes = NotesPane(focus: selectedNote)
            }
        case .open: return openSelectedURL()
        case .copy: return copyToClipboard()
        case .contents:
            let current = currentQuestion ?? 0
            mode = .contents(selected: current, scroll: max(0, current - contentsRows / 2))
        case .searchForward: startSearch(forward: true)
        case .searchBackward: startSearch(forward: false)
        case .nextMatch: stepMatch(forward: search?.forward ?? true)
        case .previousMatch: stepMatch(forward: !(search?.forward ?? true))
        case .escape:
            if notes != nil { closeNotes() } else if search != nil { search = nil } else { selection = nil }
        case .help: mode = .help(scroll: 0)
        case .redraw: return [.redraw]
        case .suspend: return [.suspend]
        case .position: message = (positionReport(fitting: statusMessageWidth), .message)
        }
        return []
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
            message = (Catalogue.Reader.noSuchQuestion.text(String(number), in: language), .error)
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
            message = ((forward ? Catalogue.Reader.noNextQuestion : .noPreviousQuestion).text(in: language), .message)
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
                message = (Catalogue.Reader.answerNamesNoQuestion.text(in: language), .message)
                return
            }
            go(toBlock: content.questionHeading[target], remember: true)
            cameFromQuestion = nil
        default:
            guard let i = currentQuestion else {
                // Before the first question: say where the questions are.
                message = ((document.questions.isEmpty ? Catalogue.Reader.noQuestions : .noQuestionHereYet).text(in: language), .message)
                return
            }
            guard let j = document.questions[i].answer, document.answers.indices.contains(j) else {
                message = (Catalogue.Reader.questionHasNoAnswer.text(Labels.question(document.questions[i]), in: language), .message)
                return
            }
            go(toBlock: content.answerHeading[j], remember: true)
            cameFromQuestion = i
        }
    }

    mutating func goBack() {
        guard let to = back.popLast() else {
            message = (Catalogue.Reader.noEarlierPosition.text(in: language), .message)
            return
        }
        forward.append(here)
        restore(to)
    }

    mutating func goForward() {
        guard let to = forward.popLast() else {
            message = (Catalogue.Reader.noLaterPosition.text(in: language), .message)
            return
        }
        back.append(here)
        restore(to)
    }

    // MARK: Help and contents

    private mutating func perform(_ action: HelpAction, scroll: Int) -> [Effect] {
        let page = max(1, helpRows)
        var s = scroll
        switch action {
        case .close: mode = .reading; return []
        case .lineDown: s += 1
        case .lineUp: s -= 1
        case .pageDown: s += page
        case .pageUp: s -= page
        case .halfPageDown: s += max(1, page / 2)
        case .halfPageUp: s -= max(1, page / 2)
        case .top: s = 0
        case .bottom: s = helpMaxScroll
        case .redraw: return [.redraw]
        case .suspend: return [.suspend]
        }
        mode = .help(scroll: s)
        return []
    }

    private mutating func perform(_ action: ContentsAction, key: Key, selected: Int, scroll: Int) -> [Effect] {
        // A number then g or Enter jumps to that question, as in the text: with a hundred
        // questions, typing 87 beats paging down to it.
        if action == .digit {
            count = min(999_999, (count ?? 0) * 10 + digit(of: key))
            return []
        }
        let n = count
        count = nil
        if let n {
            switch action {
            case .first, .jump:
                goToQuestion(n)
                // An unknown number leaves the contents open, with the error, to try again.
                if message == nil { mode = .reading }
                return []
            case .close where key == .escape:
                return [] // drops the number only
            case .eraseDigit:
                count = n >= 10 ? n / 10 : nil
                return []
            default: break
            }
        }
        let page = max(1, contentsRows)
        var sel = selected
        switch action {
        case .digit, .eraseDigit: break
        case .close: mode = .reading; return []
        case .next: sel += 1
        case .previous: sel -= 1
        case .pageDown: sel += page
        case .pageUp: sel -= page
        case .halfPageDown: sel += max(1, page / 2)
        case .halfPageUp: sel -= max(1, page / 2)
        case .first: sel = 0
        case .last: sel = document.questions.count - 1
        case .jump:
            mode = .reading
            if document.questions.indices.contains(sel) {
                go(toBlock: content.questionHeading[sel], remember: true)
                cameFromQuestion = nil
            }
            return []
        case .redraw: return [.redraw]
        case .suspend: return [.suspend]
        }
        // settle() clamps the selection and scrolls it into view.
        mode = .contents(selected: sel, scroll: scroll)
        return []
    }
}
