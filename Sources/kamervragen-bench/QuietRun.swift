#if canImport(Glibc)
import Glibc
#endif

/// A program run to its exit with its input and output on /dev/null: the one way every
/// section times a command (ours, `less`, `unzip`, `pdftotext`, `wc`) or runs a helper.
enum QuietRun {
    struct Exit {
        var milliseconds: Double
        var usage: rusage
        var status: Int32
    }

    /// `argv[0]` is a path, or a name looked up on this process's PATH when `searchPath`.
    /// The child gets only `environment`. Nil when it cannot start.
    static func run(_ argv: [String], environment: [String] = ["LANG=C.UTF-8", "COLUMNS=80"],
                    searchPath: Bool = false) -> Exit? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var start = timespec()
        clock_gettime(CLOCK_MONOTONIC, &start)
        var pid: pid_t = 0
        let spawned = POSIXCalls.withSpawnArrays(argv, environment) { cArguments, cEnvironment in
            searchPath
                ? posix_spawnp(&pid, argv[0], &actions, nil, &cArguments, &cEnvironment)
                : posix_spawn(&pid, argv[0], &actions, nil, &cArguments, &cEnvironment)
        }
        guard spawned == 0 else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        return Exit(milliseconds: FirstScreen.milliseconds(since: start), usage: usage, status: status)
    }
}
