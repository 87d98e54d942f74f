import CNcursesw
import Glibc

/// Puts the terminal back the way the shell had it when the process dies by a signal.
///
/// ncurses restores the terminal itself on SIGINT, SIGTERM and SIGTSTP, but not on SIGHUP,
/// SIGQUIT or the SIGILL/SIGTRAP a Swift trap raises, which would leave the user's shell
/// in the alternate screen with echo off. The guard prepares everything while curses is
/// being started (the bytes that leave curses mode and the termios the shell had), so that
/// the handler itself only calls async-signal-safe functions: write(2), tcsetattr(3),
/// sigaction(2) and raise(3). It then lets the signal do what it would have done anyway:
/// termination signals get the default action (the shell sees "killed by SIGTERM"), crash
/// signals first go to the previous handler (Swift's backtracer) so the report still
/// appears, now on a usable terminal, and then get the default action too.
enum RestoreGuard {
    static let terminationSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
    static let crashSignals: [Int32] = [SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE]

    /// Captures the shell's terminal settings; call before curses changes them.
    static func saveShellModes(fd: Int32) {
        let state = GuardState.shared
        state.pointee.fd = fd
        state.pointee.hasTermios = tcgetattr(fd, &state.pointee.termios) == 0
    }

    /// Records what leaves curses mode (from terminfo, so after `newterm`) and installs
    /// the handlers, remembering the ones they replace.
    static func install(mouse: Bool) {
        var bytes: [UInt8] = []
        if mouse { bytes += Array("\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1006l".utf8) }
        for capability in ["sgr0", "cnorm", "rmkx", "rmcup"] {
            if let s = kv_tigetstr(capability) {
                bytes += Array(String(cString: s).utf8)
            }
        }
        let state = GuardState.shared
        let count = min(bytes.count, GuardState.capacity)
        for i in 0..<count { state.pointee.bytes[i] = bytes[i] }
        state.pointee.count = count

        for signal in terminationSignals + crashSignals {
            var action = sigaction()
            action.__sigaction_handler.sa_sigaction = restoreAndChain
            // Termination signals wait while the terminal is being restored. Crash
            // signals must not: Swift's crash reporter, chained to below, reads memory in
            // a thread that inherits this mask and relies on catching its own SIGSEGV; with
            // SIGSEGV blocked the kernel kills the process mid-report and leaves the
            // reporter's helper process hanging. For the same reason crash signals run
            // with SA_NODEFER, and on the alternate stack the runtime set up (a stack
            // overflow has no stack left for a handler).
            sigemptyset(&action.sa_mask)
            for other in terminationSignals { sigaddset(&action.sa_mask, other) }
            let isCrash = crashSignals.contains(signal)
            action.sa_flags = SA_SIGINFO | (isCrash ? Int32(SA_NODEFER) | Int32(SA_ONSTACK) : 0)
            sigaction(signal, &action, &state.pointee.previous[Int(signal)])
        }
        state.pointee.armed = 1
    }

    /// Puts back the handlers that were there before; used on a normal exit, after
    /// curses has restored the terminal itself.
    static func uninstall() {
        let state = GuardState.shared
        guard state.pointee.armed == 1 else { return }
        state.pointee.armed = 0
        for signal in terminationSignals + crashSignals {
            sigaction(signal, &state.pointee.previous[Int(signal)], nil)
        }
    }
}

/// Everything the handler touches, in memory allocated once up front, so the handler does
/// no allocation, no locking and no lazy initialisation.
struct GuardState {
    static let capacity = 512
    nonisolated(unsafe) static let shared: UnsafeMutablePointer<GuardState> = {
        let p = UnsafeMutablePointer<GuardState>.allocate(capacity: 1)
        p.initialize(to: GuardState())
        return p
    }()

    var fd: Int32 = 1
    var armed: Int32 = 0
    /// Set while the previous crash handler runs: a second fault inside it goes straight
    /// to the default action instead of into that handler again.
    var chaining: Int32 = 0
    var hasTermios = false
    var termios = Glibc.termios()
    var count = 0
    var bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: GuardState.capacity)
    var previous = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)

    init() {
        previous.initialize(repeating: sigaction(), count: 65)
    }
}

/// The signal handler. Only async-signal-safe calls from here on.
private func restoreAndChain(
    _ signal: Int32, _ info: UnsafeMutablePointer<siginfo_t>?, _ context: UnsafeMutableRawPointer?
) {
    let state = GuardState.shared
    if state.pointee.armed == 1 {
        state.pointee.armed = 0
        var written = 0
        while written < state.pointee.count {
            let n = write(state.pointee.fd, state.pointee.bytes + written, state.pointee.count - written)
            if n <= 0 { break }
            written += n
        }
        if state.pointee.hasTermios {
            _ = tcsetattr(state.pointee.fd, TCSAFLUSH, &state.pointee.termios)
        }
    }
    let isTermination = signal == SIGINT || signal == SIGTERM || signal == SIGHUP || signal == SIGQUIT
    if !isTermination && state.pointee.chaining == 0 {
        state.pointee.chaining = 1
        // A crash goes to the handler that was there before (Swift's backtracer), called
        // directly with the real siginfo and context so its report is about the fault.
        let previous = state.pointee.previous[Int(signal)]
        let raw = unsafeBitCast(previous.__sigaction_handler.sa_handler, to: Int.self)
        if raw != 0 && raw != 1 {  // neither SIG_DFL nor SIG_IGN
            if previous.sa_flags & SA_SIGINFO != 0 {
                previous.__sigaction_handler.sa_sigaction?(signal, info, context)
            } else {
                previous.__sigaction_handler.sa_handler?(signal)
            }
        }
    }
    // Whatever ran before, the process must now die of the signal: with the default
    // action restored, the signal (blocked while this handler runs) is delivered again
    // when the handler returns, or the faulting instruction faults again.
    var action = sigaction()
    action.__sigaction_handler.sa_handler = SIG_DFL
    sigemptyset(&action.sa_mask)
    sigaction(signal, &action, nil)
    raise(signal)
}
