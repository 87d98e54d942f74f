extension Catalogue {
    /// Words shared by every part of the program.
    public enum Common: MessageSet {
        /// A file name and what went wrong with it, the shape of every error line.
        case fileProblem
        /// A command line the parser refused; %1 is the parser's own sentence.
        case usageProblem

        public var english: String {
            switch self {
            case .fileProblem: "%1: %2"
            case .usageProblem: "%1 (kamervragen --help lists what it takes)"
            }
        }

        public var dutch: String {
            switch self {
            case .fileProblem: "%1: %2"
            case .usageProblem: "%1 (kamervragen --help zegt wat het programma aanneemt)"
            }
        }
    }
}
