extension Catalogue {
    /// Words shared by every part of the program.
    public enum Common: MessageSet {
        /// A file name and what went wrong with it, the shape of every error line.
        case fileProblem

        public func template(in language: Language) -> String {
            switch language {
            case .english:
                switch self {
                case .fileProblem: "%1: %2"
                }
            case .dutch:
                switch self {
                case .fileProblem: "%1: %2"
                }
            }
        }
    }
}
