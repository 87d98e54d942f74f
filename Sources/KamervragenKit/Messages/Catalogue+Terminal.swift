extension Catalogue {
    /// What the terminal layer says: why the full screen cannot start (on standard error),
    /// and what came of opening a URL (in the status line).
    public enum Terminal: MessageSet {
        case stdoutNotATerminal
        case noTTY
        case termNotSet
        /// %1 is `$TERM`.
        case unknownTerminal
        /// %1 is `$TERM`.
        case cannotPositionCursor
        /// %1 is why (`onlyWebURLs`, or the program and the system's reason).
        case cannotOpenURL
        case onlyWebURLs
        case noOpener
        /// %1 is the program, %2 the system's reason.
        case openerFailed

        public var english: String {
            switch self {
            case .stdoutNotATerminal: "standard output is not a terminal"
            case .noTTY: "standard input is not a terminal and /dev/tty cannot be opened"
            case .termNotSet: "TERM is not set"
            case .unknownTerminal: "unknown terminal type '%1' (TERM); try TERM=xterm-256color"
            case .cannotPositionCursor: "terminal type '%1' cannot position the cursor"
            case .cannotOpenURL: "cannot open URL: %1"
            case .onlyWebURLs: "only http and https URLs are opened"
            case .noOpener: "no $BROWSER and no xdg-open"
            case .openerFailed: "%1: %2"
            }
        }

        public var dutch: String {
            switch self {
            case .stdoutNotATerminal: "standaarduitvoer is geen terminal"
            case .noTTY: "standaardinvoer is geen terminal en /dev/tty gaat niet open"
            case .termNotSet: "TERM is niet gezet"
            case .unknownTerminal: "onbekend terminaltype '%1' (TERM); probeer TERM=xterm-256color"
            case .cannotPositionCursor: "terminaltype '%1' kan de cursor niet plaatsen"
            case .cannotOpenURL: "kan URL niet openen: %1"
            case .onlyWebURLs: "alleen http- en https-URL's gaan open"
            case .noOpener: "geen $BROWSER en geen xdg-open"
            case .openerFailed: "%1: %2"
            }
        }
    }
}
