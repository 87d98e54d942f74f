import Foundation

/// A private tmux server with one pane, driven like a user at a keyboard.
///
/// Each session gets its own socket (`tmux -L kv-test-<random>`) and no configuration
/// file, so tests neither see nor disturb any other tmux. The server is killed by `close()`,
/// which tests call in a `defer`.
final class TmuxSession {
    let socket: String
    private(set) var closed = false

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Starts `command` (run by tmux through /bin/sh) in a detached pane of the given size.
    init(_ command: String, columns: Int = 80, rows: Int = 24) throws {
        socket = "kv-test-\(UInt64.random(in: 0...UInt64.max))"
        // new-session forks the server, which inherits the client's stdout and stderr: a
        // pipe there would never reach end-of-file, so this one call writes to /dev/null.
        let result = try TmuxSession.tmux(
            socket, ["-f", "/dev/null", "new-session", "-d", "-x", "\(columns)", "-y", "\(rows)", command],
            captureOutput: false)
        guard result.status == 0 else { throw Failure(description: "tmux new-session failed (\(result.status))") }
        // Keep the pane (and its last screen) when the program exits, so a test can still
        // look at what it left behind; size the window by hand so resize-window sticks.
        _ = try TmuxSession.tmux(socket, ["set-option", "-g", "remain-on-exit", "on"])
        _ = try TmuxSession.tmux(socket, ["set-option", "-g", "window-size", "manual"])
    }

    /// A shell command line that runs the binary in the environment every test wants.
    static func command(_ arguments: [String], environment: [String: String] = [:]) -> String {
        var env = ["TERM": "xterm-256color", "SWIFT_BACKTRACE": "interactive=no", "LANG": "C.UTF-8"]
        env.merge(environment) { _, new in new }
        let assignments = env.sorted { $0.key < $1.key }.map { "\($0.key)=\(shellQuote($0.value))" }
        return (["env"] + assignments + [shellQuote(Binary.path)] + arguments.map(shellQuote)).joined(separator: " ")
    }

    /// An interactive bash with a known prompt and no startup files, for tests that need a
    /// shell around the binary (stty, the prompt's screen, job control).
    static let shellCommand =
        "env TERM=xterm-256color SWIFT_BACKTRACE=interactive=no LANG=C.UTF-8 PS1='PROMPT$ ' bash --norc --noprofile -i"

    static func shellQuote(_ s: String) -> String {
        "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// tmux key names ("Enter", "C-z", "]") sent one by one.
    func send(_ keys: String...) throws {
        _ = try run(["send-keys", "-t", "0"] + keys)
    }

    /// Many tmux key names in one `send-keys`.
    func send(_ keys: [String]) throws {
        _ = try run(["send-keys", "-t", "0"] + keys)
    }

    /// Text typed literally, character by character.
    func type(_ text: String) throws {
        _ = try run(["send-keys", "-t", "0", "-l", text])
    }

    /// The visible screen; with `escapes`, including the SGR sequences of each cell's style.
    func capture(escapes: Bool = false) throws -> String {
        try run(["capture-pane", "-p", "-t", "0"] + (escapes ? ["-e"] : [])).output
    }

    func lines() throws -> [String] {
        try capture().components(separatedBy: "\n")
    }

    /// Polls the screen until `condition` holds on a settled screen, for at most `timeout`
    /// seconds, and returns the screen; throws with the last screen when it never does.
    @discardableResult
    func waitFor(
        _ what: String, timeout: Double = 10, _ condition: (String) -> Bool
    ) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while Date() < deadline {
            screen = try capture()
            if condition(screen) {
                // A capture can land while curses is still drawing the frame: only a screen
                // that holds still across two captures counts as what the user sees.
                usleep(40_000)
                let again = try capture()
                if again == screen { return screen }
                screen = again
                continue
            }
            usleep(50_000)
        }
        throw Failure(description: "timed out waiting for \(what); screen was:\n\(screen)")
    }

    @discardableResult
    func waitFor(text: String, timeout: Double = 10) throws -> String {
        try waitFor("'\(text)'", timeout: timeout) { $0.contains(text) }
    }

    /// Any tmux command on this session's server (`set-option -s set-clipboard on`,
    /// `show-buffer`); its output.
    @discardableResult
    func tmuxCommand(_ arguments: [String]) throws -> String {
        let result = try run(arguments)
        guard result.status == 0 else { throw Failure(description: "tmux \(arguments) failed: \(result.output)") }
        return result.output
    }

    /// Everything the program writes to the pane from now on, appended to `path` as the
    /// raw bytes (`pipe-pane -O`): what reaches the terminal, escape sequences included.
    func recordOutput(to path: String) throws {
        _ = try run(["pipe-pane", "-O", "-t", "0", "cat >> \(TmuxSession.shellQuote(path))"])
    }

    func resize(columns: Int, rows: Int) throws {
        _ = try run(["resize-window", "-t", "0", "-x", "\(columns)", "-y", "\(rows)"])
    }

    /// A tmux format for the pane, e.g. `#{pane_pid}` or `#{pane_title}`.
    func display(_ format: String) throws -> String {
        try run(["display-message", "-p", "-t", "0", format]).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    var panePID: Int32 {
        get throws { Int32(try display("#{pane_pid}")) ?? -1 }
    }

    var paneIsDead: Bool {
        get throws { try display("#{pane_dead}") == "1" }
    }

    func close() {
        guard !closed else { return }
        closed = true
        let result = try? TmuxSession.tmux(socket, ["kill-server"])
        if result?.status != 0 { print("tmux kill-server on \(socket): \(result?.status ?? -1) \(result?.output ?? "")") }
    }

    deinit { close() }

    @discardableResult
    private func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        try TmuxSession.tmux(socket, arguments)
    }

    /// Runs the tmux client with posix_spawn and waitpid rather than Foundation's Process,
    /// whose exit monitoring was seen to hang under the test runner; output goes through a
    /// temporary file, which the forked tmux server may keep open without blocking anyone.
    private static func tmux(
        _ socket: String, _ arguments: [String], captureOutput: Bool = true
    ) throws -> (status: Int32, output: String) {
        let outputPath = NSTemporaryDirectory() + "kv-tmux-\(UInt64.random(in: 0...UInt64.max)).out"
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(
            &actions, 1, captureOutput ? outputPath : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = ["tmux", "-L", socket] + arguments
        var cArguments: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) }
        cArguments.append(nil)
        defer { for p in cArguments { free(p) } }
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "TMUX")
        var cEnvironment: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") }
        cEnvironment.append(nil)
        defer { for p in cEnvironment { free(p) } }
        // The test runner's threads block signals, and a blocked mask is inherited: without
        // this the tmux server, the shell and the browser under test would all be deaf to
        // SIGTERM and SIGHUP, and the tests of those signals would test nothing.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t(), allSignals = sigset_t()
        sigemptyset(&noSignals)
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, "tmux", &actions, &attributes, cArguments, cEnvironment)
        guard spawned == 0 else { throw Failure(description: "cannot run tmux: error \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let output = captureOutput ? ((try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "") : ""
        return (exitStatus, output)
    }
}

/// The process under `pid` (at any depth) whose command line mentions `name`: the binary a
/// shell in a pane started, however many shells tmux put in between.
func descendant(of pid: Int32, named name: String) -> Int32? {
    var queue = childProcesses(of: pid)
    while !queue.isEmpty {
        let candidate = queue.removeFirst()
        if let data = FileManager.default.contents(atPath: "/proc/\(candidate)/cmdline"),
            String(decoding: data, as: UTF8.self).split(separator: "\0").first?.hasSuffix(name) == true
        {
            return candidate
        }
        queue += childProcesses(of: candidate)
    }
    return nil
}

/// The children of a process.
func childProcesses(of pid: Int32) -> [Int32] {
    guard let tasks = try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task") else { return [] }
    var children: [Int32] = []
    for task in tasks {
        if let text = try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/children", encoding: .utf8) {
            children += text.split(separator: " ").compactMap { Int32($0) }
        }
    }
    return children
}

/// Paths the journeys use; the seed ships with the package.
enum Seed {
    static var path: String { Binary.packageRoot.appendingPathComponent("seeds/000_f87e6a70ce0f162b.txt").path }
}
