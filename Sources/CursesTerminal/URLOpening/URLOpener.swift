import Glibc
import KamervragenKit

/// Starts the user's web browser on a URL without a shell and without letting it touch
/// the screen.
///
/// The program is `$BROWSER` (its first colon-separated entry that can be found; `%s`
/// marks where the URL goes, else it is the last argument; words are split on spaces and
/// never interpreted by a shell) or else `xdg-open`, looked up on `PATH` here. The child
/// gets /dev/null for stdin, stdout and stderr, its own session (so a Ctrl-C or the
/// terminal closing does not reach it) and default signal dispositions. Nobody waits for
/// it: the terminal reaps it with `waitpid(WNOHANG)` between keys. (Ignoring SIGCHLD
/// would reap it too, but also breaks Swift's crash reporter, which waits for a helper
/// process of its own.)
public struct URLOpener: Sendable {
    public enum Outcome: Error, Equatable, Sendable {
        case opened(program: String, pid: Int32)
        /// Not an http(s) URL (`URLPolicy`).
        case refused
        case noOpener
        case failed(program: String, errno: Int32)

        /// The status-line text for every outcome but success, in `language`.
        public func message(in language: Language) -> String? {
            let t = Catalogue.Terminal.self
            let reason: String
            switch self {
            case .opened: return nil
            case .refused: reason = t.onlyWebURLs.text(in: language)
            case .noOpener: reason = t.noOpener.text(in: language)
            case .failed(let program, let code): reason = t.openerFailed.text(program, String(cString: strerror(code)), in: language)
            }
            return t.cannotOpenURL.text(reason, in: language)
        }
    }

    public var browserVariable: String?
    public var searchPath: String

    public init(browserVariable: String?, searchPath: String) {
        self.browserVariable = browserVariable
        self.searchPath = searchPath
    }

    public static func fromEnvironment() -> URLOpener {
        URLOpener(
            browserVariable: getenv("BROWSER").map { String(cString: $0) },
            searchPath: getenv("PATH").map { String(cString: $0) } ?? "/usr/bin:/bin")
    }

    /// The argument vector that would be run, or why nothing can be. Only what
    /// `URLPolicy` allows is handed on, asked again here whatever the caller checked.
    public func command(for url: String) -> Result<[String], Outcome> {
        guard URLPolicy.mayOpen(url) else { return .failure(.refused) }
        if let variable = browserVariable, !variable.isEmpty {
            for entry in variable.split(separator: ":") {
                var words = entry.split(separator: " ").map(String.init)
                guard let name = words.first, let program = resolve(name) else { continue }
                words[0] = program
                if words.contains(where: { $0.contains("%s") }) {
                    words = words.map { $0.replacingPlaceholder(with: url) }
                } else {
                    words.append(url)
                }
                return .success(words)
            }
        }
        if let program = resolve("xdg-open") { return .success([program, url]) }
        return .failure(.noOpener)
    }

    public func open(_ url: String) -> Outcome {
        switch command(for: url) {
        case .failure(let outcome): return outcome
        case .success(let argv): return URLOpener.spawnDetached(argv)
        }
    }

    /// Collects the exit status of opened programs that have finished, so none is left a
    /// zombie; returns the ones still running.
    public static func reap(_ children: [Int32]) -> [Int32] {
        children.filter { pid in
            var status: Int32 = 0
            return waitpid(pid, &status, WNOHANG) == 0
        }
    }

    /// A name with a slash is used as it is; a bare name is searched on PATH.
    func resolve(_ name: String) -> String? {
        if name.contains("/") { return URLOpener.isExecutable(name) ? name : nil }
        for dir in searchPath.split(separator: ":", omittingEmptySubsequences: false) {
            let base = dir.isEmpty ? "." : String(dir)
            let candidate = base + "/" + name
            if URLOpener.isExecutable(candidate) { return candidate }
        }
        return nil
    }

    static func isExecutable(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return false }
        return access(path, X_OK) == 0
    }

    static func spawnDetached(_ argv: [String]) -> Outcome {
        switch DetachedSpawn.start(argv, input: .null, output: .null, errors: .null) {
        case .success(let pid): .opened(program: argv[0], pid: pid)
        case .failure(let failure): .failed(program: argv[0], errno: failure.code)
        }
    }
}

extension String {
    fileprivate func replacingPlaceholder(with url: String) -> String {
        var out = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: "%s") {
            out += rest[..<range.lowerBound]
            out += url
            rest = rest[range.upperBound...]
        }
        return out + rest
    }
}
