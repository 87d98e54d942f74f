/// What a key can do on each screen of the reader. One enum per screen, so that each
/// screen's `perform` is an exhaustive switch: an action cannot be listed in the key table
/// without being carried out.
enum ReadingAction: CaseIterable, Sendable {
    case digit, lineDown, lineUp, pageDown, pageUp, halfPageDown, halfPageUp, top, bottom
    case nextQuestion, previousQuestion, answer, nextLink, previousLink, follow, back, forward
    case notes, open, copy, contents, searchForward, searchBackward, nextMatch, previousMatch
    case escape, help, position, redraw, suspend, quit
}

enum PromptAction: CaseIterable, Sendable {
    case accept, cancel, erase, type, redraw
}

enum ContentsAction: CaseIterable, Sendable {
    case digit, next, previous, pageDown, pageUp, halfPageDown, halfPageUp, first, last
    case jump, eraseDigit, close, redraw, suspend
}

enum HelpAction: CaseIterable, Sendable {
    case lineDown, lineUp, pageDown, pageUp, halfPageDown, halfPageUp, top, bottom
    case close, redraw, suspend
}
