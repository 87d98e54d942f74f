#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a helper program without a shell and collects what it prints.
///
/// The helper gets its input on standard input and writes to two separate pipes; one
/// `poll` loop feeds the one and drains the others, so neither side ever blocks on a full
/// pipe, and a deadline bounds the whole run. The child leads its own process group, so
/// a timeout kills whatever it started too (a shell script's `sleep`, for instance).
struct ChildProcess {
    struct Result {
        /// The exit status, or nil when a signal ended the child.
        var exitStatus: Int32?
        var signal: Int32?
        var stdout: [UInt8]
        var stderr: [UInt8]
    }

    enum Failure: Error {
        /// `posix_spawn` refused; the errno says why (ENOENT, EACCES, ENOEXEC…).
        case spawn(Int32)
        /// The deadline passed; the child was killed.
        case timedOut
        /// Creating pipes or polling failed.
        case system(Int32)
    }

    var executable: String
    var arguments: [String]
    /// Only these variables are passed on, read with `getenv`: the helper needs little,
    /// and Swift 6 forbids touching the shared `environ` pointer.
    var environmentNames: [String] = ["PATH", "HOME", "LANG", "LC_ALL", "LC_CTYPE", "TMPDIR"]
    var timeoutSeconds: Double

    func run(input: [UInt8]) throws(Failure) -> Result {
        // Socket pairs rather than pipes: created close-on-exec atomically (Glibc does
        // not import pipe2), and writes can use MSG_NOSIGNAL, so a child that exits
        // without reading its input cannot take this process down with SIGPIPE.
        var inPair: [Int32] = [-1, -1]
        var outPipe: [Int32] = [-1, -1]
        var errPipe: [Int32] = [-1, -1]
        let type = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        guard socketpair(AF_UNIX, type, 0, &inPair) == 0 else { throw .system(errno) }
        guard socketpair(AF_UNIX, type, 0, &outPipe) == 0 else {
            let e = errno
            closeAll(inPair)
            throw .system(e)
        }
        guard socketpair(AF_UNIX, type, 0, &errPipe) == 0 else {
            let e = errno
            closeAll(inPair + outPipe)
            throw .system(e)
        }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, inPair[1], 0)
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        posix_spawnattr_setpgroup(&attributes, 0)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)

        let argv = CStringArray([executable] + arguments)
        let envp = CStringArray(environmentNames.compactMap { name in
            getenv(name).map { "\(name)=\(String(cString: $0))" }
        })
        var pid: pid_t = 0
        var spawned = posix_spawn(&pid, executable, &actions, &attributes, argv.pointers, envp.pointers)
        // ETXTBSY: the program was just written and some other thread's child still holds
        // it open for writing until that child execs; it clears within milliseconds.
        var retries = 0
        while spawned == ETXTBSY && retries < 100 {
            usleep(10_000)
            retries += 1
            spawned = posix_spawn(&pid, executable, &actions, &attributes, argv.pointers, envp.pointers)
        }
        close(inPair[1]); close(outPipe[1]); close(errPipe[1])
        if spawned != 0 {
            closeAll([inPair[0], outPipe[0], errPipe[0]])
            throw .spawn(spawned)
        }

        var io = PipeLoop(input: input, inFD: inPair[0], outFD: outPipe[0], errFD: errPipe[0])
        let finished = io.run(until: Clock.now() + timeoutSeconds)
        io.closeRemaining()
        if !finished {
            kill(-pid, SIGKILL)
            kill(pid, SIGKILL)
            _ = reap(pid)
            throw .timedOut
        }
        let status = reap(pid)
        var result = Result(exitStatus: nil, signal: nil, stdout: io.stdout, stderr: io.stderr)
        if status & 0x7f == 0 {
            result.exitStatus = (status >> 8) & 0xff
        } else {
            result.signal = status & 0x7f
        }
        return result
    }

    private func reap(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return status
    }
}

private func closeAll(_ fds: [Int32]) {
    for fd in fds where fd >= 0 { close(fd) }
}

/// Feeds standard input and drains both outputs until the child closes them.
private struct PipeLoop {
    var input: [UInt8]
    var written = 0
    var inFD: Int32
    var outFD: Int32
    var errFD: Int32
    var stdout: [UInt8] = []
    var stderr: [UInt8] = []

    init(input: [UInt8], inFD: Int32, outFD: Int32, errFD: Int32) {
        self.input = input
        self.inFD = inFD
        self.outFD = outFD
        self.errFD = errFD
        for fd in [inFD, outFD, errFD] {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        }
        if input.isEmpty { shutdownInput() }
    }

    /// True when both outputs reached end of file before the deadline.
    mutating func run(until deadline: Double) -> Bool {
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while outFD >= 0 || errFD >= 0 {
            let remaining = deadline - Clock.now()
            if remaining <= 0 { return false }
            var fds: [pollfd] = []
            if inFD >= 0 { fds.append(pollfd(fd: inFD, events: Int16(POLLOUT), revents: 0)) }
            if outFD >= 0 { fds.append(pollfd(fd: outFD, events: Int16(POLLIN), revents: 0)) }
            if errFD >= 0 { fds.append(pollfd(fd: errFD, events: Int16(POLLIN), revents: 0)) }
            let ready = poll(&fds, nfds_t(fds.count), Int32(min(remaining * 1000, 1000)) + 1)
            if ready < 0 {
                if errno == EINTR { continue }
                return false
            }
            for entry in fds where entry.revents != 0 {
                if entry.fd == inFD {
                    writeSome()
                } else {
                    let n = chunk.withUnsafeMutableBytes { read(entry.fd, $0.baseAddress, $0.count) }
                    if n > 0 {
                        if entry.fd == outFD { stdout.append(contentsOf: chunk[0..<n]) } else { stderr.append(contentsOf: chunk[0..<n]) }
                    } else if n == 0 || (errno != EAGAIN && errno != EINTR) {
                        close(entry.fd)
                        if entry.fd == outFD { outFD = -1 } else { errFD = -1 }
                    }
                }
            }
        }
        return true
    }

    private mutating func writeSome() {
        let n = input.withUnsafeBytes { buffer in
            send(inFD, buffer.baseAddress! + written, min(buffer.count - written, 1 << 16), Int32(MSG_NOSIGNAL))
        }
        if n > 0 {
            written += n
            if written == input.count { shutdownInput() }
        } else if n < 0 && errno != EAGAIN && errno != EINTR {
            // The child stopped reading (EPIPE): it has decided already; keep draining.
            shutdownInput()
        }
    }

    private mutating func shutdownInput() {
        if inFD >= 0 { close(inFD) }
        inFD = -1
    }

    mutating func closeRemaining() {
        closeAll([inFD, outFD, errFD])
        inFD = -1; outFD = -1; errFD = -1
    }
}

/// NUL-terminated C strings for `argv`/`envp`, freed when this goes away.
private final class CStringArray {
    let pointers: [UnsafeMutablePointer<CChar>?]

    init(_ strings: [String]) {
        pointers = strings.map { strdup($0) } + [nil]
    }

    deinit {
        for pointer in pointers { free(pointer) }
    }
}

/// Monotonic seconds, immune to wall-clock changes.
enum Clock {
    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
