#if canImport(Glibc)
import Glibc
#endif

/// Time to first screen, measured from outside as a user waits for it: from spawning the
/// program on a fresh 80×24 pseudo-terminal until the first question's text has come out
/// of it. `less` on the same file, in the same run and interleaved with it, is the yardstick
/// (the aim: within 1.3× of less, for the hardened static-pie build that ships), so a busy
/// machine slows both alike.
///
/// `kamervragen-bench first-screen [BINARY]`; without BINARY the release build is timed
/// if there is one, else the debug build. Which binary, and whether its Swift runtime is
/// linked in statically (`swift build -c release --static-swift-stdlib`, the fastest to
/// start), is printed with the figures.
func runFirstScreenBenchmark() {
    let root = FirstScreen.packageRoot
    let seed = root + "/seeds/000_f87e6a70ce0f162b.txt"
    let arguments = CommandLine.arguments
    let binary = arguments.count > 2 ? arguments[2] : FirstScreen.defaultBinary(root: root)
    guard let binary, access(binary, X_OK) == 0 else {
        print("first-screen: no kamervragen binary; build one (scripts/build-release.sh) or pass its path")
        return
    }
    guard let installedLess = FirstScreen.which("less") else {
        print("first-screen: less is not installed; nothing to compare with")
        return
    }
    // Both programs are timed from fresh copies. How long a file has sat in the page cache
    // changes how its pages are mapped: the same static binary started measurably slower
    // from the file the linker wrote, or from a copy made an hour earlier, than from a
    // copy made just now (docs/benchmarks.md, "first-screen"). `less` is copied too, so
    // neither side gets the better state.
    let fresh = FirstScreen.FreshCopies()
    defer { fresh.remove() }
    let timed = fresh.copy(binary, as: "kamervragen")
    let less = fresh.copy(installedLess, as: "less")
    let marker = Array("Wat is uw reactie op het bericht".utf8)
    let runs = 21
    var ours: [Double] = [], theirs: [Double] = []
    var oursCPU: [Double] = [], theirsCPU: [Double] = []
    var oursFaults: [Double] = [], theirsFaults: [Double] = []
    // One unmeasured run each warms the page cache for both binaries and the file.
    _ = FirstScreen.time([timed, seed], until: marker)
    _ = FirstScreen.time([less, seed], until: marker)
    for _ in 0..<runs {
        if let t = FirstScreen.timed([timed, seed], until: marker) { ours.append(t.elapsed); oursCPU.append(t.cpu); oursFaults.append(Double(t.faults)) }
        if let t = FirstScreen.timed([less, seed], until: marker) { theirs.append(t.elapsed); theirsCPU.append(t.cpu); theirsFaults.append(Double(t.faults)) }
    }
    guard !ours.isEmpty, !theirs.isEmpty else {
        print("first-screen: the first question never appeared (kamervragen \(ours.count)/\(runs), less \(theirs.count)/\(runs) runs)")
        return
    }
    let build = FirstScreen.describeBuild(binary)
    print("first-screen: binary \(binary) (\(build.description))")
    if let warning = build.warning { print("first-screen: warning: \(warning)") }
    print("first-screen: 80x24 pty, \(runs) runs each, interleaved, both programs from fresh copies; time until the first question's text is on the terminal")
    let a = FirstScreen.median(ours), b = FirstScreen.median(theirs)
    print("first-screen: kamervragen median \(FirstScreen.format(a)) ms (min \(FirstScreen.format(ours.min()!)) ms)")
    print("first-screen: less        median \(FirstScreen.format(b)) ms (min \(FirstScreen.format(theirs.min()!)) ms)")
    print("first-screen: ratio kamervragen/less \(FirstScreen.format(a / b)) (aim: at most 1.30 for the hardened build)")
    let c = FirstScreen.median(oursCPU), d = FirstScreen.median(theirsCPU)
    print("first-screen: processor time to first screen (user+system), kamervragen median \(FirstScreen.format(c)) ms, less \(FirstScreen.format(d)) ms, ratio \(FirstScreen.format(c / d))")
    print("first-screen: page faults to first screen, kamervragen median \(Int(FirstScreen.median(oursFaults))), less \(Int(FirstScreen.median(theirsFaults)))")

    // The same binary from the file it was given, in whatever state its pages are.
    var asItStands: [Double] = []
    for _ in 0..<runs {
        if let t = FirstScreen.time([binary, seed], until: marker) { asItStands.append(t) }
    }
    if !asItStands.isEmpty {
        print("first-screen: kamervragen from \(binary) itself (not a fresh copy), median \(FirstScreen.format(FirstScreen.median(asItStands))) ms")
    }

    // Where the time goes, each the whole process to exit: a missing file (process and
    // Swift runtime start-up only: the plain command line skips the argument parser),
    // `--version` (plus swift-argument-parser), the document into /dev/null (plus loading,
    // parsing and plain-text layout), and `less` quitting at once (its own floor).
    let missing = "/nonexistent/kamervragen-bench-missing.txt"
    var floor: [Double] = [], version: [Double] = [], piped: [Double] = [], lessFloor: [Double] = []
    for _ in 0..<runs {
        if let t = FirstScreen.timeToExit([timed, missing]) { floor.append(t) }
        if let t = FirstScreen.timeToExit([timed, "--version"]) { version.append(t) }
        if let t = FirstScreen.timeToExit([timed, seed]) { piped.append(t) }
        if let t = FirstScreen.timeToExit([less, "-V"]) { lessFloor.append(t) }
    }
    for (label, times) in [
        ("kamervragen MISSING-FILE to exit (start-up floor)", floor),
        ("kamervragen --version to exit", version),
        ("kamervragen FILE >/dev/null (plain text) to exit", piped),
        ("less -V to exit (less's start-up floor)", lessFloor),
    ] where !times.isEmpty {
        print("first-screen: \(label), median \(FirstScreen.format(FirstScreen.median(times))) ms")
    }
}

enum FirstScreen {
    /// Byte-for-byte copies of programs in a temporary directory, removed afterwards.
    final class FreshCopies {
        private let directory: String?
        private var made: [String] = []

        init() {
            directory = POSIXCalls.temporaryDirectory("/tmp/kamervragen-bench-XXXXXX")
        }

        /// The copy's path, or the original's when it cannot be copied.
        func copy(_ path: String, as name: String) -> String {
            guard let directory, let bytes = readWholeFile(path) else { return path }
            let target = directory + "/" + name
            guard writeWholeFile(target, bytes), chmod(target, 0o755) == 0 else { return path }
            made.append(target)
            return target
        }

        func remove() {
            for path in made { unlink(path) }
            if let directory { rmdir(directory) }
        }
    }

    static var packageRoot: String {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)  // Sources/kamervragen-bench/FirstScreenBenchmark.swift
        return parts.joined(separator: "/")
    }

    static func defaultBinary(root: String) -> String? {
        for candidate in [".build-static/release/kamervragen", ".build/release/kamervragen", ".build/debug/kamervragen"] where access(root + "/" + candidate, X_OK) == 0 {
            return root + "/" + candidate
        }
        return nil
    }

    static func which(_ name: String) -> String? {
        let path = getenv("PATH").map { String(cString: $0) } ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") where access("\(dir)/\(name)", X_OK) == 0 { return "\(dir)/\(name)" }
        return nil
    }

    /// Which build `path` is, in words, and a warning when it is not what a user should
    /// run: the debug build (what a bare `swift run kamervragen` builds) starts several
    /// times slower, a dynamically linked program spends a millisecond in the loader
    /// before `main`, and a position-dependent one is not hardened (scripts/build-release.sh
    /// builds the one to ship, a static-pie).
    static func describeBuild(_ path: String) -> (description: String, warning: String?) {
        let configuration = path.contains("/debug/") ? "debug build" : path.contains("/release/") ? "release build" : "build of unknown configuration"
        let linking: String
        switch ELFLinking.of(path) {
        case .fullyStatic(let pie): linking = pie ? "fully static, position-independent" : "fully static"
        case .dynamic where linksSwiftRuntimeDynamically(path): linking = "Swift runtime linked dynamically"
        case .dynamic: linking = "Swift runtime linked statically, glibc dynamically"
        case .unknown: linking = "not an ELF file"
        }
        let description = configuration + ", " + linking
        // The binary to ship is a static-pie (full ASLR); a position-dependent one starts
        // faster and is measured only to know what the hardening costs.
        guard configuration == "debug build" || linking != "fully static, position-independent" else { return (description, nil) }
        return (description, "not the build to ship; time the binary scripts/build-release.sh builds instead")
    }

    /// A dynamically linked Swift binary names libswiftCore.so among its needed libraries.
    static func linksSwiftRuntimeDynamically(_ path: String) -> Bool {
        guard let file = fopen(path, "rb") else { return false }
        defer { fclose(file) }
        let needle = Array("libswiftCore.so".utf8)
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var carry: [UInt8] = []
        while true {
            let n = fread(&buffer, 1, buffer.count, file)
            if n <= 0 { return false }
            let chunk = carry + buffer[0..<n]
            if contains(chunk, needle) { return true }
            carry = Array(chunk.suffix(needle.count))
        }
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count, let first = needle.first else { return false }
        var i = 0
        while i <= haystack.count - needle.count {
            if haystack[i] == first && Array(haystack[i..<i + needle.count]) == needle { return true }
            i += 1
        }
        return false
    }

    /// Milliseconds from spawn until `marker` has been written to the terminal, or nil when
    /// it does not appear within five seconds. The program is then terminated.
    static func time(_ argv: [String], until marker: [UInt8]) -> Double? {
        timed(argv, until: marker)?.elapsed
    }

    /// As `time`, with the processor time the program used (user + system, from the kernel's
    /// accounting at exit) as well. On a shared machine the elapsed time of a run this short
    /// depends on what else runs; the processor time much less, so it tells small changes apart.
    static func timed(_ argv: [String], until marker: [UInt8]) -> (elapsed: Double, cpu: Double, faults: Int)? {
        var master: Int32 = -1, slave: Int32 = -1
        var size = winsize(ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else { return nil }
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        _ = fcntl(slave, F_SETFD, FD_CLOEXEC)
        defer { close(master) }
        guard let name = ttyname(slave) else { close(slave); return nil }
        let slavePath = String(cString: name)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // A new session, and then opening the pty by name, makes it the controlling
        // terminal, as a terminal emulator would (less opens /dev/tty for its keys).
        posix_spawnattr_setflags(&attributes, Int16(0x80 /* POSIX_SPAWN_SETSID */))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)

        let environment = [
            "TERM=xterm-256color", "LANG=C.UTF-8", "PATH=/usr/local/bin:/usr/bin:/bin",
            "HOME=" + (getenv("HOME").map { String(cString: $0) } ?? "/tmp"), "LESS=", "LESSHISTFILE=-",
        ]
        var start = timespec()
        clock_gettime(CLOCK_MONOTONIC, &start)
        var pid: pid_t = 0
        let spawned = POSIXCalls.withSpawnArrays(argv, environment) { cArguments, cEnvironment in
            posix_spawn(&pid, argv[0], &actions, &attributes, &cArguments, &cEnvironment)
        }
        close(slave)
        guard spawned == 0 else { return nil }

        var seen: [UInt8] = []
        var elapsed: Double? = nil
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var deadline = timespec()
        clock_gettime(CLOCK_MONOTONIC, &deadline)
        let limit = milliseconds(since: deadline) + 5000
        while milliseconds(since: deadline) < limit {
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            if poll(&poller, 1, 100) <= 0 { continue }
            let n = read(master, &buffer, buffer.count)
            if n <= 0 { break }
            seen += buffer[0..<n]
            if contains(seen, marker) {
                elapsed = milliseconds(since: start)
                break
            }
        }
        // SIGKILL, not SIGTERM: the processor time should be that of reaching the first
        // screen, not of each program's own way of restoring the terminal.
        kill(pid, SIGKILL)
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        guard let elapsed else { return nil }
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000
        return (elapsed, cpu, usage.ru_minflt + usage.ru_majflt)
    }

    /// Milliseconds from spawn to exit, with all output to /dev/null.
    static func timeToExit(_ argv: [String]) -> Double? {
        QuietRun.run(argv)?.milliseconds
    }

    static func milliseconds(since start: timespec) -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec - start.tv_sec) * 1000 + Double(now.tv_nsec - start.tv_nsec) / 1e6
    }

    static func median(_ xs: [Double]) -> Double {
        let s = xs.sorted()
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    static func format(_ x: Double) -> String {
        let hundredths = Int((x * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
