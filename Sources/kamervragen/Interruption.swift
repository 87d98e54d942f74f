import KamervragenKit
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// Ctrl-C and SIGTERM while a library is being indexed: the signal only sets a flag, the
/// indexer stops at the next file and commits what it has, and the command exits with
/// 128 + the signal's number as a shell expects. Outside indexing the default actions
/// stand (the browser has its own handling).
enum Interruption {
    /// The signal that asked to stop, or 0.
    static let signal = Atomic<Int32>(0)

    static var requested: Bool { signal.load(ordering: .relaxed) != 0 }

    /// Runs `body` with the handlers installed, and the default actions back afterwards.
    static func during<R>(_ body: () throws -> R) rethrows -> R {
        // Touch the flag first: a global is made on first use, which a signal handler
        // must not be the one to do.
        _ = signal.load(ordering: .relaxed)
        let handler: @convention(c) (Int32) -> Void = { Interruption.signal.store($0, ordering: .relaxed) }
        Glibc.signal(SIGINT, handler)
        Glibc.signal(SIGTERM, handler)
        // A parent may have started us with these signals blocked (some test runners and
        // service managers do); then Ctrl-C would do nothing at all.
        var both = sigset_t(), previous = sigset_t()
        sigemptyset(&both)
        sigaddset(&both, SIGINT)
        sigaddset(&both, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &both, &previous)
        defer {
            Glibc.signal(SIGINT, SIG_DFL)
            Glibc.signal(SIGTERM, SIG_DFL)
            pthread_sigmask(SIG_SETMASK, &previous, nil)
        }
        return try body()
    }

    /// The exit status for the signal received (130 for Ctrl-C, 143 for SIGTERM).
    static var exitStatus: ExitStatus {
        signal.load(ordering: .relaxed) == SIGTERM ? .terminated : .interrupted
    }
}
