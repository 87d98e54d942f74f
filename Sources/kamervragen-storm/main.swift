import BrowserStorm
import Glibc

/// Storms of the pure core (issue 9): a million steps of random keys and resizes on random
/// documents, every rule of `Browser.invariantViolations` checked after each step. Built
/// with `-c release` by scripts/test.sh, because a debug build runs the same steps more
/// than ten times slower.
///
///     kamervragen-storm [--steps N] [--per-case K] [--seed S] [--jobs J] [--links-every L]
///     kamervragen-storm --replay SEED [--per-case K] [--keep I,J,…]
///
/// The cases run in child processes (`--child`), so that a trap, which ends a process,
/// is caught too: the parent knows the case from the child's last progress line and
/// shrinks it by replaying subsets of its steps in further children.

struct Options {
    var steps = 1_000_000
    var perCase = 2_000
    var seed: UInt64 = 1
    /// One child per processor (the cases are independent), at most eight.
    var jobs = max(1, min(8, sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    var child: Range<Int>?
    var replay: UInt64?
    var keep: [Int]?
    /// Every L-th case reads a document with Word's link runs, its seed marked with
    /// `StormCase.linkRunsFlag` (0: none, as before that family existed).
    var linksEvery = 10

    /// The seed of case `i`.
    func seed(ofCase i: Int) -> UInt64 {
        let plain = seed + UInt64(i)
        return linksEvery > 0 && i % linksEvery == linksEvery - 1 ? plain | StormCase.linkRunsFlag : plain
    }
}

func fail(_ message: String) -> Never {
    printError("kamervragen-storm: \(message)")
    exit(64)
}

func printError(_ s: String) {
    let line = s + "\n"
    _ = line.withCString { write(2, $0, strlen($0)) }
}

func say(_ s: String) {
    let line = s + "\n"
    _ = line.withCString { write(1, $0, strlen($0)) }
}

func number<T: LosslessStringConvertible>(_ text: String, _ option: String) -> T {
    guard let n = T(text) else { fail("\(option) takes a number, not '\(text)'") }
    return n
}

func parse(_ arguments: [String]) -> Options {
    var o = Options()
    var i = 0
    func value() -> String {
        i += 1
        guard i < arguments.count else { fail("\(arguments[i - 1]) needs a value") }
        return arguments[i]
    }
    while i < arguments.count {
        switch arguments[i] {
        case "--steps": o.steps = number(value(), "--steps")
        case "--per-case": o.perCase = number(value(), "--per-case")
        case "--seed": o.seed = number(value(), "--seed")
        case "--jobs": o.jobs = number(value(), "--jobs")
        case "--child":
            let from: Int = number(value(), "--child")
            let to: Int = number(value(), "--child")
            o.child = from..<max(from, to)
        case "--replay": o.replay = number(value(), "--replay")
        case "--keep": o.keep = value().split(separator: ",").map { number(String($0), "--keep") }
        case "--links-every": o.linksEvery = number(value(), "--links-every")
        default: fail("unknown argument \(arguments[i])")
        }
        i += 1
    }
    guard o.steps > 0, o.perCase > 0, o.jobs > 0, o.linksEvery >= 0 else { fail("--steps, --per-case and --jobs must be positive") }
    return o
}

func now() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

/// Runs cases `range` (seeds `base + i`, some marked for link runs), a progress line before each; a broken rule is
/// shrunk here and reported, and the other cases still run (exit status 1 at the end).
func runChild(_ o: Options, _ range: Range<Int>) -> Never {
    var steps = 0
    var failed = false
    for i in range {
        let seed = o.seed(ofCase: i)
        say("case \(seed)")
        let started = now()
        let c = StormCase(seed: seed, steps: o.perCase)
        if let failure = c.run() {
            say(c.report(failure, shrunk: c.shrunk(failure)))
            failed = true
            steps += failure.step + 1
            continue
        }
        steps += c.steps.count
        say("took \(seed) \(c.kind.rawValue) \(Int((now() - started) * 1000))")
    }
    say("done \(steps)")
    exit(failed ? 1 : 0)
}

/// One case, or the steps of it at `keep`; the steps are printed first, so that even a
/// trap leaves them on record.
func runReplay(_ o: Options, _ seed: UInt64) -> Never {
    let c = StormCase(seed: seed, steps: o.perCase)
    if let failure = c.run(keeping: o.keep) {
        say(c.report(failure, shrunk: o.keep ?? Array(c.steps.indices)))
        exit(1)
    }
    exit(0)
}

/// Starts this program again with `arguments`; returns its pid and the read end of a
/// pipe on its standard output.
func spawn(_ arguments: [String]) -> (pid: pid_t, output: Int32) {
    var fds: [Int32] = [0, 0]
    guard pipe(&fds) == 0 else { fail("pipe failed") }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
    posix_spawn_file_actions_addclose(&actions, fds[0])
    let argv = ["kamervragen-storm"] + arguments
    var cArguments: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) }
    cArguments.append(nil)
    defer { for p in cArguments { free(p) } }
    var pid: pid_t = 0
    // The Swift runtime's crash report would wait for a key and fill the log: off.
    setenv("SWIFT_BACKTRACE", "enable=no", 1)
    guard posix_spawn(&pid, "/proc/self/exe", &actions, nil, cArguments, environ) == 0 else { fail("cannot start a child") }
    close(fds[1])
    return (pid, fds[0])
}

func readAll(_ fd: Int32) -> String {
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
        let n = read(fd, &buffer, buffer.count)
        if n > 0 { bytes += buffer[0..<n] } else if n < 0 && errno == EINTR { continue } else { break }
    }
    close(fd)
    return String(decoding: bytes, as: UTF8.self)
}

/// Exit status, or 128 + the signal that ended it.
func wait(_ pid: pid_t) -> Int32 {
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
}

func replayFails(_ o: Options, _ seed: UInt64, _ keep: [Int]) -> Bool {
    let child = spawn(["--replay", "\(seed)", "--per-case", "\(o.perCase)", "--keep", keep.map(String.init).joined(separator: ",")])
    _ = readAll(child.output)
    return wait(child.pid) != 0
}

/// A case that trapped: the first failing prefix by bisection, then delta debugging,
/// each try in a child process.
func shrinkTrap(_ o: Options, _ seed: UInt64) -> String {
    var lo = 0, hi = o.perCase // the prefix of hi steps fails; of lo, passes
    guard replayFails(o, seed, Array(0..<hi)) else { return "case \(seed) did not fail again when replayed alone\n" }
    while hi - lo > 1 {
        let mid = (lo + hi) / 2
        if replayFails(o, seed, Array(0..<mid)) { hi = mid } else { lo = mid }
    }
    let shrunk = StormCase.shrink(Array(0..<hi)) { replayFails(o, seed, $0) }
    let child = spawn(["--replay", "\(seed)", "--per-case", "\(o.perCase)", "--keep", shrunk.map(String.init).joined(separator: ",")])
    let output = readAll(child.output)
    let status = wait(child.pid)
    let c = StormCase(seed: seed, steps: o.perCase)
    return "trap (status \(status)) in step \(hi - 1)\n" + (output.isEmpty ? c.report(nil, shrunk: shrunk) : output)
}

let options = parse(Array(CommandLine.arguments.dropFirst()))
if let range = options.child { runChild(options, range) }
if let seed = options.replay { runReplay(options, seed) }

let cases = (options.steps + options.perCase - 1) / options.perCase
let jobs = min(options.jobs, cases)
let started = now()
var children: [(pid: pid_t, output: Int32, range: Range<Int>)] = []
for j in 0..<jobs {
    let range = (cases * j / jobs)..<(cases * (j + 1) / jobs)
    let child = spawn(["--child", "\(range.lowerBound)", "\(range.upperBound)", "--per-case", "\(options.perCase)", "--seed", "\(options.seed)",
                          "--links-every", "\(options.linksEvery)"])
    children.append((child.pid, child.output, range))
}
var total = 0
var failed = false
var timings: [(seed: String, kind: String, ms: Int)] = []
for child in children {
    let output = readAll(child.output)
    let status = wait(child.pid)
    let lines = output.split(separator: "\n")
    for line in lines where line.hasPrefix("took ") {
        let parts = line.split(separator: " ")
        if parts.count == 4, let ms = Int(parts[3]) { timings.append((String(parts[1]), String(parts[2]), ms)) }
    }
    if let done = lines.last, done.hasPrefix("done ") { total += Int(done.dropFirst(5)) ?? 0 }
    if status == 0 { continue }
    failed = true
    if status == 1 {
        printError(lines.filter { !$0.hasPrefix("case ") && !$0.hasPrefix("took ") && !$0.hasPrefix("done ") }.joined(separator: "\n"))
    } else if let last = lines.last(where: { $0.hasPrefix("case ") }), let seed = UInt64(last.dropFirst(5)) {
        printError("kamervragen-storm: storm case seed \(seed) ended the process (status \(status)); shrinking…")
        printError(shrinkTrap(options, seed))
    } else {
        printError("kamervragen-storm: a child ended with status \(status) before its first case")
    }
}
let seconds = now() - started
var kinds: [String: Int] = [:]
for i in 0..<cases { kinds[StormCase.kind(seed: options.seed(ofCase: i)).rawValue, default: 0] += 1 }
let mix = kinds.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
say("kamervragen-storm: \(total) steps in \(cases) cases of \(options.perCase) (seeds \(options.seed)…\(options.seed + UInt64(cases) - 1)), \(jobs) jobs: "
    + "\(Int(seconds * 10) / 10).\(Int(seconds * 10) % 10) s, \(seconds > 0 ? Int(Double(total) / seconds) : 0) steps/s")
say("documents: \(mix)")
let slowest = timings.sorted { $0.ms > $1.ms }.prefix(3).map { "seed \($0.seed) (\($0.kind)) \($0.ms) ms" }
if !slowest.isEmpty { say("slowest cases: " + slowest.joined(separator: ", ")) }
exit(failed ? 1 : 0)
