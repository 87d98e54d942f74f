import CNcursesw
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
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var allSignals = sigset_t(), noSignals = sigset_t()
        sigfillset(&allSignals)
        sigemptyset(&noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        // POSIX_SPAWN_SETSID (glibc 2.26) is 0x80; spelled out because the constant is
        // only declared under _GNU_SOURCE.
        let setsid: Int32 = 0x80
        posix_spawnattr_setflags(
            &attributes, Int16(setsid | Int32(POSIX_SPAWN_SETSIGDEF) | Int32(POSIX_SPAWN_SETSIGMASK)))

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)

        var cArguments: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) }
        cArguments.append(nil)
        defer { for p in cArguments { free(p) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, argv[0], &actions, &attributes, cArguments, kv_environ())
        if status != 0 { return .failed(program: argv[0], errno: status) }
        return .opened(program: argv[0], pid: pid)
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
