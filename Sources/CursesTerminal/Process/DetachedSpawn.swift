import CNcursesw
import Glibc

/// Starts a program the reader hands something to (a web browser, a clipboard program,
/// `tmux show-options`) the one way the terminal starts any: `posix_spawn` with an
/// argument vector, never a shell, so `&`, `;` or `$(…)` in a URL or a name are just
/// characters; in a session of its own, so a Ctrl-C in the reader or the terminal closing
/// does not reach it; with every signal at its default and none blocked, whatever the
/// reader's own handlers and mask are; and with the reader's environment.
///
/// The C strings and the spawn's attribute and file-action objects live only inside this
/// call: the terminal's one place that builds them.
enum DetachedSpawn {
    /// What one of the child's standard descriptors is.
    enum Stream {
        /// `/dev/null`, opened for reading (descriptor 0) or writing (1 and 2), so nothing
        /// the child prints lands on the reader's screen.
        case null
        /// A descriptor of ours, duplicated onto the child's (one end of a socket pair).
        case descriptor(Int32)
    }

    /// The child's process id, or the error number `posix_spawn` gave.
    static func start(_ argv: [String], input: Stream, output: Stream, errors: Stream) -> Result<pid_t, SpawnError> {
        guard let program = argv.first else { return .failure(SpawnError(code: ENOENT)) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for (fd, stream) in [(Int32(0), input), (1, output), (2, errors)] {
            switch stream {
            case .null: posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0)
            case .descriptor(let ours): posix_spawn_file_actions_adddup2(&actions, ours, fd)
            }
        }
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
        posix_spawnattr_setflags(&attributes, Int16(setsid | Int32(POSIX_SPAWN_SETSIGDEF) | Int32(POSIX_SPAWN_SETSIGMASK)))
        var cArguments: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) }
        cArguments.append(nil)
        defer { for p in cArguments { free(p) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, program, &actions, &attributes, cArguments, kv_environ())
        return status == 0 ? .success(pid) : .failure(SpawnError(code: status))
    }

    struct SpawnError: Error { var code: Int32 }
}
