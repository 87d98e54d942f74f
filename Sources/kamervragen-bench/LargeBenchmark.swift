import KamervragenKit
#if canImport(Glibc)
import Glibc
#endif

/// Issue 9's large documents, measured from outside as a user meets them: the 29 MB and
/// 200 MB documents of `LargeDocument`, generated into a temporary directory, then
///
/// - `show DOC 5` (the parse, with next to nothing to format), `outline` and `export`, each
///   to exit with its output to /dev/null: elapsed time and peak resident memory (the
///   kernel's `ru_maxrss`), outline's speed as a share of the parse's, export's peak as a
///   multiple of the input;
/// - the browser on an 80×24 pseudo-terminal: the first screen (from spawning the process
///   until question 1's text is out); then keys sent one after the other from that moment
///   on, while whatever the reader builds after its first screen is being built, each
///   timed until the terminal shows its answer (the echoing frame); then a browsing
///   session (the end, a search with its first letters typed one by one, next match, the
///   start, the contents) and the peak resident memory of the whole run (`VmHWM` read from
///   /proc just before the reader is stopped).
///
/// `kamervragen-bench large [BINARY] [MB,MB…]`; BINARY as for `first-screen`, the sizes
/// default to 29,200.
func runLargeBenchmark() {
    let root = FirstScreen.packageRoot
    let arguments = Array(CommandLine.arguments.dropFirst(2))
    let binary = arguments.first { !$0.first!.isNumber } ?? FirstScreen.defaultBinary(root: root)
    let sizes = arguments.first { $0.first!.isNumber }.map { $0.split(separator: ",").compactMap { Int($0) } } ?? [29, 200]
    guard let binary, access(binary, X_OK) == 0 else {
        print("large: no kamervragen binary; build one (scripts/build-release.sh) or pass its path")
        return
    }
    let build = FirstScreen.describeBuild(binary)
    print("large: binary \(binary) (\(build.description))")
    if let warning = build.warning { print("large: warning: \(warning)") }
    let directory = LargeRun.temporaryDirectory()
    defer { rmdir(directory) }
    for mb in sizes {
        let path = directory + "/large-\(mb)mb.txt"
        guard let made = LargeDocument.write(to: path, bytes: mb * 1_000_000) else {
            print("large: cannot write \(path)")
            continue
        }
        defer { unlink(path) }
        print("large: \(mb) MB document: \(made.bytes) bytes, \(made.questions) questions")
        LargeRun.commands(binary: binary, path: path, bytes: made.bytes)
        LargeRun.browse(binary: binary, path: path, bytes: made.bytes)
    }
}

enum LargeRun {
    static func temporaryDirectory() -> String {
        POSIXCalls.temporaryDirectory("/tmp/kamervragen-large-XXXXXX") ?? "/tmp"
    }

    /// `show DOC 5`, `outline DOC` and `export DOC`, three runs each, interleaved; medians.
    static func commands(binary: String, path: String, bytes: Int) {
        let runs = 3
        var show: [Exit] = [], outline: [Exit] = [], export: [Exit] = []
        for _ in 0..<runs {
            if let e = run([binary, "show", path, "5"]) { show.append(e) }
            if let e = run([binary, "outline", path]) { outline.append(e) }
            if let e = run([binary, "export", path]) { export.append(e) }
        }
        func line(_ label: String, _ exits: [Exit]) -> (Double, Int)? {
            guard !exits.isEmpty else { print("large:   \(label): did not run"); return nil }
            let seconds = FirstScreen.median(exits.map(\.seconds)), cpu = FirstScreen.median(exits.map(\.cpu))
            let peak = exits.map(\.peakKB).max()!
            let failed = exits.filter { $0.status != 0 }.count
            print("large:   \(label): median \(format(seconds, 3)) s (processor \(format(cpu, 3)) s), \(format(Double(bytes) / 1e6 / seconds, 0)) MB/s, peak \(peak / 1024) MiB = \(format(Double(peak) * 1024 / Double(bytes), 2))× the input\(failed > 0 ? ", \(failed) runs failed" : "")")
            return (seconds, peak)
        }
        let parse = line("parse (show DOC 5)", show)
        let outlined = line("outline", outline)
        _ = line("export", export)
        if let parse, let outlined {
            print("large:   outline at \(format(parse.0 / outlined.0 * 100, 0)) % of parse speed (aim: 80 % or more)")
        }
    }

    struct Exit {
        var seconds: Double
        var cpu: Double
        var peakKB: Int
        var status: Int32
    }

    /// Runs to exit with output to /dev/null: elapsed and processor time, peak memory.
    static func run(_ argv: [String]) -> Exit? {
        guard let done = QuietRun.run(argv) else { return nil }
        return Exit(seconds: done.milliseconds / 1000, cpu: cpuSeconds(done.usage), peakKB: done.usage.ru_maxrss, status: done.status)
    }

    static func cpuSeconds(_ usage: rusage) -> Double {
        Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    /// The browser on a pty: first screen, keys while background work runs, memory.
    static func browse(binary: String, path: String, bytes: Int) {
        guard let session = PtySession(argv: [binary, path], rows: 24, columns: 80) else {
            print("large:   browse: cannot start the reader on a pty")
            return
        }
        defer { session.stop() }
        guard let first = session.wait(for: Array("Wat is uw reactie".utf8), seconds: 120) else {
            print("large:   browse: no first screen within 120 s")
            return
        }
        let firstCPU = session.processorSeconds
        print("large:   browse: first screen \(format(first / 1000, 3)) s after spawning (processor time \(format(firstCPU, 3)) s; aim: within 1.5 s)")
        // Keys from the first screen on, while the reader numbers the lines it has not
        // shown: `=` and `x` in turn, each sent once the previous one is answered, for three
        // seconds. Each puts a message of its own on the status line ("lines …", "x is not
        // a key here"), so its answer is told apart from a repaint the idle work makes.
        var latencies: [Double] = []
        let until = session.elapsed + 3000
        var unanswered = 0
        var equals = true
        while session.elapsed < until {
            let (key, marker) = equals ? (UInt8(ascii: "="), "lines") : (UInt8(ascii: "x"), "not a")
            if let t = session.press(key, answerWithin: 60, marker: Array(marker.utf8)) { latencies.append(t) } else { unanswered += 1; break }
            equals.toggle()
        }
        if let worst = latencies.max() {
            print("large:   browse: \(latencies.count) keys sent from the first screen on for 3 s, each answered after median \(format(FirstScreen.median(latencies), 1)) ms, worst \(format(worst, 1)) ms (aim: no key waits more than 100 ms)\(unanswered > 0 ? "; a key had no answer within 60 s" : "")")
        }
        // Browsing: the end, a search typed letter by letter, next match, back to the start,
        // the contents and back.
        var steps: [(String, Double)] = []
        for (label, keys) in [("G", "G"), ("/", "/"), ("b", "b"), ("e", "e"), ("l", "l"), ("e", "e"), ("i", "i"), ("d", "d"),
                              ("Enter", "\r"), ("n", "n"), ("n", "n"), ("N", "N"), ("g", "g"), ("]", "]"), ("t", "t"), ("q", "q"), ("Esc", "\u{1B}")] {
            for k in keys.utf8 {
                if let t = session.press(k, answerWithin: 60) { steps.append((label, t)) } else { steps.append((label, -1)) }
            }
        }
        let described = steps.map { $0.1 < 0 ? "\($0.0) (no answer)" : "\($0.0) \(format($0.1, 1))" }.joined(separator: ", ")
        print("large:   browse: then G, /beleid typed, Enter, n, n, N, g, ], t, q, Esc: ms to the answering frame: \(described)")
        let peak = session.peakKB
        print("large:   browse: peak resident memory \(peak / 1024) MiB = \(format(Double(peak) * 1024 / Double(bytes), 2))× the input (aim: within 3×)")
    }

    static func format(_ x: Double, _ decimals: Int) -> String {
        var p = 1.0
        for _ in 0..<decimals { p *= 10 }
        let scaled = Int((x * p).rounded())
        guard decimals > 0 else { return String(scaled) }
        let whole = scaled / Int(p), fraction = String(abs(scaled % Int(p)))
        return "\(whole).\(String(repeating: "0", count: decimals - fraction.count))\(fraction)"
    }
}

/// A program on a fresh pseudo-terminal, driven one key at a time.
final class PtySession {
    private let master: Int32
    let pid: pid_t
    private var start = timespec()
    private var stopped = false

    init?(argv: [String], rows: Int, columns: Int) {
        var master: Int32 = -1, slave: Int32 = -1
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else { return nil }
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        _ = fcntl(slave, F_SETFD, FD_CLOEXEC)
        guard let name = ttyname(slave) else { close(slave); close(master); return nil }
        let slavePath = String(cString: name)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(0x80 /* POSIX_SPAWN_SETSID */))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        let environment = ["TERM=xterm-256color", "LANG=C.UTF-8", "PATH=/usr/local/bin:/usr/bin:/bin"]
        clock_gettime(CLOCK_MONOTONIC, &start)
        var pid: pid_t = 0
        let spawned = POSIXCalls.withSpawnArrays(argv, environment) { cArguments, cEnvironment in
            posix_spawn(&pid, argv[0], &actions, &attributes, &cArguments, &cEnvironment)
        }
        close(slave)
        guard spawned == 0 else { close(master); return nil }
        self.master = master
        self.pid = pid
    }

    /// Milliseconds since the spawn.
    var elapsed: Double { FirstScreen.milliseconds(since: start) }

    private var seen: [UInt8] = []

    /// Reads until `marker` has appeared (counting from the spawn); the time it did.
    func wait(for marker: [UInt8], seconds: Double) -> Double? {
        let limit = elapsed + seconds * 1000
        while elapsed < limit {
            guard let chunk = read(timeout: 50) else { continue }
            if chunk.isEmpty { return nil }
            seen += chunk
            if FirstScreen.contains(seen, marker) { return elapsed }
        }
        return nil
    }

    /// Reads until nothing has come for `quiet` seconds.
    func drain(quiet: Double) {
        while let chunk = read(timeout: Int32(quiet * 1000)), !chunk.isEmpty {}
    }

    /// Sends one key and returns the milliseconds until the terminal got its answer: the
    /// first output after it, or with `marker`, output that holds the marker; then reads
    /// until the frame is complete (2 ms without output).
    func press(_ key: UInt8, answerWithin seconds: Double, marker: [UInt8]? = nil) -> Double? {
        drain(quiet: 0.0)
        var byte = key
        let sent = elapsed
        guard Glibc.write(master, &byte, 1) == 1 else { return nil }
        let limit = sent + seconds * 1000
        var output: [UInt8] = []
        while elapsed < limit {
            guard let chunk = read(timeout: 20) else { continue }
            if chunk.isEmpty { return nil }
            output += chunk
            if let marker, !FirstScreen.contains(output, marker) { continue }
            let answered = elapsed - sent
            drain(quiet: 0.002)
            return answered
        }
        return nil
    }

    /// The processor time the program has used so far (user and system), in seconds.
    var processorSeconds: Double {
        guard let bytes = readWholeFile("/proc/\(pid)/stat"), let close = bytes.lastIndex(of: UInt8(ascii: ")")) else { return 0 }
        // After the command name: state is field 3, utime and stime fields 14 and 15.
        let fields = bytes[(close + 2)...].split(separator: UInt8(ascii: " "))
        guard fields.count > 12, let user = Int(String(decoding: fields[11], as: UTF8.self)),
              let system = Int(String(decoding: fields[12], as: UTF8.self)) else { return 0 }
        return Double(user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// One read, or nil when nothing came within `timeout` ms; empty at end of file.
    private func read(timeout: Int32) -> [UInt8]? {
        var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, timeout) > 0 else { return nil }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        let n = Glibc.read(master, &buffer, buffer.count)
        return n > 0 ? Array(buffer[0..<n]) : []
    }

    /// The kernel's high-water mark of the program's resident memory, in kB.
    var peakKB: Int {
        guard let bytes = readWholeFile("/proc/\(pid)/status") else { return 0 }
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.dropFirst(6).filter(\.isNumber)) ?? 0
        }
        return 0
    }

    func stop() {
        guard !stopped else { return }
        stopped = true
        kill(pid, SIGKILL)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        close(master)
    }
}
