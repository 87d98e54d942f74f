import Glibc

/// Runs a small helper (a clipboard program, `tmux show-options`) without a shell: its
/// arguments as a vector, `input` on its standard input, and at most `within` seconds of
/// waiting, so a helper that hangs never holds up the reader.
///
/// Standard input is one end of a socket pair, written with MSG_NOSIGNAL, so a helper
/// that exits without reading cannot take the reader down with SIGPIPE; it is started as
/// `DetachedSpawn` starts every program (its own session, default signals, no shell).
/// Standard output is captured the same way when asked for, else it and standard error
/// go to /dev/null, so nothing the helper prints lands on the screen.
enum QuickChild {
    enum Run: Equatable {
        case exited(Int32, output: [UInt8])
        /// Still running when the time was up (and not killed): the caller reaps it.
        case running(Int32)
        case notStarted(Int32)
    }

    static func run(_ argv: [String], input: [UInt8], captureOutput: Bool, within seconds: Double, killLate: Bool) -> Run {
        let type = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        var inPair: [Int32] = [-1, -1], outPair: [Int32] = [-1, -1]
        guard socketpair(AF_UNIX, type, 0, &inPair) == 0 else { return .notStarted(errno) }
        if captureOutput, socketpair(AF_UNIX, type, 0, &outPair) != 0 {
            let e = errno
            close(inPair[0]); close(inPair[1])
            return .notStarted(e)
        }
        let spawned = DetachedSpawn.start(argv, input: .descriptor(inPair[1]),
                                          output: captureOutput ? .descriptor(outPair[1]) : .null, errors: .null)
        close(inPair[1])
        if captureOutput { close(outPair[1]) }
        guard case .success(let pid) = spawned else {
            close(inPair[0])
            if captureOutput { close(outPair[0]) }
            if case .failure(let failure) = spawned { return .notStarted(failure.code) }
            return .notStarted(0)
        }
        var talk = Exchange(pid: pid, input: input, inFD: inPair[0], outFD: captureOutput ? outPair[0] : -1)
        talk.run(until: now() + seconds)
        if let status = talk.exitStatus { return .exited(status, output: talk.output) }
        if killLate {
            var status: Int32 = 0
            kill(pid, SIGKILL)
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            return .exited(128 + SIGKILL, output: talk.output)
        }
        return .running(pid)
    }

    /// Feeds the input, reads the output and watches for the exit, until all three are
    /// done or the time is up.
    private struct Exchange {
        let pid: pid_t
        let input: [UInt8]
        var inFD: Int32
        var outFD: Int32
        var written = 0
        var output: [UInt8] = []
        var exitStatus: Int32?

        init(pid: pid_t, input: [UInt8], inFD: Int32, outFD: Int32) {
            self.pid = pid
            self.input = input
            self.inFD = inFD
            self.outFD = outFD
            if input.isEmpty { closeInput() }
        }

        mutating func run(until deadline: Double) {
            while true {
                var status: Int32 = 0
                if exitStatus == nil, waitpid(pid, &status, WNOHANG) == pid {
                    exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
                }
                if exitStatus != nil && inFD < 0 && outFD < 0 { break }
                let left = deadline - QuickChild.now()
                if left <= 0 { break }
                var fds: [pollfd] = []
                if inFD >= 0 { fds.append(pollfd(fd: inFD, events: Int16(POLLOUT), revents: 0)) }
                if outFD >= 0 { fds.append(pollfd(fd: outFD, events: Int16(POLLIN), revents: 0)) }
                // With nothing left to feed or read, look again for the exit every 10 ms.
                guard !fds.isEmpty else { usleep(10_000); continue }
                if poll(&fds, nfds_t(fds.count), Int32(min(10, max(1, left * 1000)))) < 0 && errno != EINTR { break }
                for fd in fds where fd.revents != 0 {
                    if fd.fd == inFD { feed() } else if fd.fd == outFD { drain() }
                }
            }
            closeInput()
            if outFD >= 0 { close(outFD); outFD = -1 }
        }

        private mutating func feed() {
            let n = input.withUnsafeBytes { raw in
                send(inFD, raw.baseAddress! + written, raw.count - written, Int32(MSG_NOSIGNAL) | Int32(MSG_DONTWAIT))
            }
            if n > 0 { written += n }
            // EPIPE and the like: the helper stopped reading; what it got is what it gets.
            if n < 0 && errno != EAGAIN && errno != EINTR { written = input.count }
            if written >= input.count { closeInput() }
        }

        private mutating func drain() {
            var buffer = [UInt8](repeating: 0, count: 4096)
            let n = buffer.withUnsafeMutableBytes { recv(outFD, $0.baseAddress!, $0.count, Int32(MSG_DONTWAIT)) }
            if n > 0 {
                output += buffer[0..<n]
            } else if n == 0 || (errno != EAGAIN && errno != EINTR) {
                close(outFD)
                outFD = -1
            }
        }

        private mutating func closeInput() {
            if inFD >= 0 { close(inFD) }
            inFD = -1
        }
    }

    fileprivate static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}
