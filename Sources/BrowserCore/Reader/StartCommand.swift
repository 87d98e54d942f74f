/// Where the reader opens, given on the command line as `less` and `man` take it: `+7`
/// opens at question 7, `+/pattern` with that search done. It is carried out as the keys
/// a reader would type (`7g`, `/pattern` Enter), so it behaves exactly as typing them
/// would, messages included (`+99` on a document without question 99 says so on the
/// status line, as `99g` does).
public enum StartCommand: Equatable, Sendable {
    case question(Int)
    case search(String)

    /// `+N` or `+/pattern`; nil for anything else (a file name, an option).
    public init?(argument: String) {
        guard argument.hasPrefix("+"), argument.count > 1 else { return nil }
        let rest = argument.dropFirst()
        if rest.hasPrefix("/") {
            let pattern = String(rest.dropFirst())
            guard !pattern.isEmpty else { return nil }
            self = .search(pattern)
        } else if let n = Int(rest), n > 0, rest.allSatisfy(\.isASCII) {
            self = .question(n)
        } else {
            return nil
        }
    }

    /// A bare question number after the file (`kamervragen FILE 7`), as `show FILE 7`.
    public init?(questionNumber argument: String) {
        guard !argument.isEmpty, argument.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(argument), n > 0 else { return nil }
        self = .question(n)
    }

    /// The keys that do it.
    public var keys: [Key] {
        switch self {
        case .question(let n): String(n).map { Key.character($0) } + [.character("g")]
        case .search(let pattern): [.character("/")] + pattern.map { Key.character($0) } + [.enter]
        }
    }
}

extension Browser {
    /// Carries out `command` before the first screen.
    public mutating func start(with command: StartCommand) {
        for key in command.keys { _ = handle(key) }
    }
}
