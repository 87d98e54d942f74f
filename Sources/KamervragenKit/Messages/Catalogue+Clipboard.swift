extension Catalogue {
    /// What the reader says about copying to the clipboard (`c`).
    public enum Clipboard: MessageSet {
        /// What was copied: the selected URL.
        case theURL
        /// What was copied: a question with its answer; %1 is the question's number.
        case questionWithAnswer
        /// %1 is what was copied (`theURL`, `questionWithAnswer`).
        case copiedByTerminal
        /// %1 is what was copied, %2 the program's name (`xclip`).
        case copiedByProgram
        /// Neither way is open.
        case noWay
        /// %1 is the program's name, %2 why (`exit status 1`, an error's text).
        case programFailed
        /// %1 is the exit status.
        case exitStatus
        /// `KAMERVRAGEN_CLIPBOARD=off`.
        case turnedOff
        /// `c` where no question is on screen and no URL is selected.
        case nothingToCopy

        public var english: String {
            switch self {
            case .theURL: "the URL"
            case .questionWithAnswer: "question %1 with its answer"
            case .copiedByTerminal: "%1 copied to the clipboard (OSC 52)"
            case .copiedByProgram: "%1 copied to the clipboard with %2"
            case .noWay:
                "cannot copy: no wl-copy, xclip, xsel or pbcopy, and the terminal is not known to take OSC 52 (KAMERVRAGEN_CLIPBOARD=osc52 sends it anyway)"
            case .programFailed: "cannot copy: %1 failed (%2)"
            case .exitStatus: "exit status %1"
            case .turnedOff: "copying is turned off (KAMERVRAGEN_CLIPBOARD=off)"
            case .nothingToCopy: "nothing to copy: no URL selected and no question on screen"
            }
        }

        public var dutch: String {
            switch self {
            case .theURL: "de URL"
            case .questionWithAnswer: "vraag %1 met het antwoord"
            case .copiedByTerminal: "%1 naar het klembord gekopieerd (OSC 52)"
            case .copiedByProgram: "%1 naar het klembord gekopieerd met %2"
            case .noWay:
                "kopiëren lukt niet: geen wl-copy, xclip, xsel of pbcopy, en de terminal neemt voor zover bekend geen OSC 52 aan (KAMERVRAGEN_CLIPBOARD=osc52 stuurt het toch)"
            case .programFailed: "kopiëren lukt niet: %1 mislukte (%2)"
            case .exitStatus: "afsluitstatus %1"
            case .turnedOff: "kopiëren staat uit (KAMERVRAGEN_CLIPBOARD=off)"
            case .nothingToCopy: "niets te kopiëren: geen URL gekozen en geen vraag in beeld"
            }
        }
    }
}
