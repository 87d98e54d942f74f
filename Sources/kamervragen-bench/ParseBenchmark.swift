import KamervragenKit

#if canImport(Glibc)
import Glibc
#endif

/// Parse throughput against `wc -l`, and the 10,000-question document.
///
/// Throughput is measured on the whole load path (`DocumentLoader.parse`: decoding and
/// parsing) because that is what a user waits for. `wc -l` over the same bytes, timed in
/// the same run, gives a floor that makes the figure comparable between machines. Peak
/// memory is the kernel's high-water mark, reset before each section, over the resident
/// size at its start, so the ratio is what parsing added on top of the input held in memory.
func runParseBenchmark() {
    print("== parse")
    let root = BenchFiles.packageRoot
    // The corpus fixtures include a copy of the seed; without them, the seed alone.
    var documents = BenchFiles.textFiles(under: root + "/Tests/KamervragenKitTests/Fixtures/corpus")
    if documents.isEmpty { documents = BenchFiles.textFiles(under: root + "/seeds") }
    guard !documents.isEmpty else {
        print("no fixture documents found under \(root)")
        return
    }
    let corpusBytes = documents.reduce(0) { $0 + $1.bytes.count }
    print("fixtures: \(documents.count) documents, \(corpusBytes) bytes")

    // Corpus: parse every document in turn until about 100 MB have passed.
    let target = 100_000_000
    let rounds = max(1, (target + corpusBytes - 1) / corpusBytes)
    let largest = documents.map(\.bytes.count).max() ?? 0
    // One untimed pass first: the parser's code pages, the runtime's type metadata and the
    // allocator's arena would otherwise be counted as "memory the parse added", which for
    // documents of a few tens of KB is most of the figure. Freed memory goes back to the
    // kernel before the measured passes, so reused heap cannot hide a real peak.
    for d in documents { _ = parseCount(d.bytes, d.name) }
    releaseFreeHeap()
    let corpus = measure(label: "corpus ×\(rounds)", inputBytes: corpusBytes * rounds, singleInput: largest) {
        var questions = 0
        for _ in 0..<rounds {
            for d in documents { questions &+= parseCount(d.bytes, d.name) }
        }
        return questions
    }
    let corpusWC = timeWC(chunks: documents.map(\.bytes), repeats: rounds)
    report(corpus, wc: corpusWC)

    // Synthetic: one large document, parsed several times, to expose superlinear growth.
    let synthetic = Array(SyntheticDocument.text(questions: 10_000).utf8)
    let runs = 5
    print("synthetic: 10,000 questions, \(synthetic.count) bytes")
    let big = measure(label: "synthetic ×\(runs)", inputBytes: synthetic.count * runs, singleInput: synthetic.count) {
        var questions = 0
        for _ in 0..<runs { questions &+= parseCount(synthetic, "synthetic") }
        return questions
    }
    let bigWC = timeWC(chunks: [synthetic], repeats: runs)
    report(big, wc: bigWC)

    // The same kind of document at a tenth and a hundredth of the size, about 17 MB of
    // each: flat MB/s across sizes means nothing grows faster than the input.
    var scaling: [String] = []
    for count in [100, 1_000, 10_000] {
        let text = Array(SyntheticDocument.text(questions: count).utf8)
        let repeats = max(1, 17_000_000 / text.count)
        let t0 = MonotonicClock.now()
        for _ in 0..<repeats { _ = parseCount(text, "synthetic") }
        let seconds = MonotonicClock.now() - t0
        scaling.append("\(count) questions \(fmt(Double(text.count * repeats) / 1_000_000 / seconds)) MB/s")
    }
    print("  scaling (same document kind, ~17 MB each): " + scaling.joined(separator: ", "))

    // Export of the same document: JSON written per second, the `export | jq` path.
    if let doc = try? DocumentLoader.parse(bytes: synthetic, source: "synthetic") {
        let t0 = MonotonicClock.now()
        var written = 0
        for _ in 0..<runs { written &+= DocumentExport.json(doc).utf8.count }
        let seconds = MonotonicClock.now() - t0
        print("  export to JSON ×\(runs): \(fmt(Double(written) / 1_000_000)) MB of JSON in \(fmt(seconds, 3)) s = \(fmt(Double(written) / 1_000_000 / seconds)) MB/s")
    }
}

/// Parses and returns the question count, so the optimiser cannot drop the work.
@inline(never)
private func parseCount(_ bytes: [UInt8], _ name: String) -> Int {
    (try? DocumentLoader.parse(bytes: bytes, source: name))?.questions.count ?? -1
}

private struct Measurement {
    var label: String
    var inputBytes: Int
    /// The largest single input held at once, for the memory ratio.
    var singleInput: Int
    var seconds: Double
    var questions: Int
    var peakKB: Int
    var startKB: Int
}

private func measure(label: String, inputBytes: Int, singleInput: Int? = nil, _ body: () -> Int) -> Measurement {
    ProcStatus.resetPeak()
    let startKB = ProcStatus.kilobytes("VmRSS")
    let t0 = MonotonicClock.now()
    let questions = body()
    let seconds = MonotonicClock.now() - t0
    let peakKB = ProcStatus.kilobytes("VmHWM")
    return Measurement(label: label, inputBytes: inputBytes, singleInput: singleInput ?? 0, seconds: seconds,
                       questions: questions, peakKB: peakKB, startKB: startKB)
}

private func report(_ m: Measurement, wc: Double?) {
    let mb = Double(m.inputBytes) / 1_000_000
    let rate = mb / m.seconds
    print("  \(m.label): \(fmt(mb)) MB in \(fmt(m.seconds, 3)) s = \(fmt(rate)) MB/s (\(m.questions) questions parsed)")
    let addedKB = max(0, m.peakKB - m.startKB)
    var line = "  peak memory: VmHWM \(fmt(Double(m.peakKB) / 1024)) MiB, \(fmt(Double(addedKB) / 1024)) MiB above the start"
    if m.singleInput > 0 {
        line += " = \(fmt(Double(addedKB) * 1024 / Double(m.singleInput), 2))× the input"
    }
    print(line)
    if let wc {
        print("  wc -l over the same bytes: \(fmt(wc, 3)) s = \(fmt(mb / wc)) MB/s; parse is \(fmt(m.seconds / wc, 1))× the time of wc -l")
    } else {
        print("  wc -l: could not be run")
    }
}

private func fmt(_ x: Double, _ decimals: Int = 1) -> String {
    guard x.isFinite else { return "∞" }
    var p = 1.0
    for _ in 0..<decimals { p *= 10 }
    let r = (x * p).rounded() / p
    var s = String(r)
    if let dot = s.firstIndex(of: ".") {
        let have = s.distance(from: s.index(after: dot), to: s.endIndex)
        if decimals == 0 { s = String(s[..<dot]) } else if have < decimals { s += String(repeating: "0", count: decimals - have) }
    }
    return s
}

// MARK: - Support (file-private: the other benchmark sections keep their own helpers)

/// Monotonic wall-clock time in seconds.
private enum MonotonicClock {
    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}

/// Memory figures from /proc/self/status (Linux).
private enum ProcStatus {
    /// A `VmXXX:  1234 kB` field, in kB; 0 when unavailable.
    static func kilobytes(_ field: String) -> Int {
        guard let text = BenchFiles.read("/proc/self/status").map({ String(decoding: $0, as: UTF8.self) }) else { return 0 }
        for line in text.split(separator: "\n") where line.hasPrefix(field + ":") {
            return Int(line.dropFirst(field.count + 1).filter(\.isNumber)) ?? 0
        }
        return 0
    }

    /// Resets VmHWM to the current resident size (writing 5 to clear_refs, Linux ≥ 4.0), so
    /// each section's peak is its own and not an earlier section's.
    static func resetPeak() {
        let fd = open("/proc/self/clear_refs", O_WRONLY)
        guard fd >= 0 else { return }
        _ = write(fd, "5", 1)
        close(fd)
    }
}

/// Files for the benchmark, read with POSIX calls (no Foundation in the measured process).
private enum BenchFiles {
    struct Document {
        var name: String
        var bytes: [UInt8]
    }

    /// The package root, found from this source file's path, which is where `swift run` builds.
    static var packageRoot: String {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)  // Sources/kamervragen-bench/ParseBenchmark.swift
        return parts.joined(separator: "/")
    }

    /// Every `.txt` file under `dir`, sorted by path for a stable order.
    static func textFiles(under dir: String, recursive: Bool = true) -> [Document] {
        var out: [Document] = []
        guard let entries = POSIXCalls.entryNames(dir) else { return out }
        for name in entries.filter({ $0 != "." && $0 != ".." }).sorted() {
            let path = dir + "/" + name
            var st = stat()
            guard stat(path, &st) == 0 else { continue }
            if (st.st_mode & S_IFMT) == S_IFDIR {
                // `expected/` holds the fixtures' expected structure, not documents.
                if recursive && name != "expected" { out += textFiles(under: path) }
            } else if name.hasSuffix(".txt"), let bytes = read(path), !bytes.isEmpty {
                out.append(Document(name: path, bytes: bytes))
            }
        }
        return out
    }

    static func read(_ path: String) -> [UInt8]? { POSIXCalls.readFile(path) }
}

/// Times `wc -l` over `chunks` concatenated `repeats` times, written to a temporary file
/// first (so wc reads the same bytes from the page cache, as the parser reads them from
/// memory). Spawned with posix_spawnp, stdout to /dev/null. Nil if wc cannot be run.
private func timeWC(chunks: [[UInt8]], repeats: Int) -> Double? {
    guard let (fd, path) = POSIXCalls.temporaryFile("/tmp/kamervragen-bench-XXXXXX") else { return nil }
    defer { unlink(path) }
    for _ in 0..<repeats {
        for chunk in chunks where !POSIXCalls.writeAll(fd, chunk) { close(fd); return nil }
    }
    close(fd)

    guard let done = QuietRun.run(["wc", "-l", path], environment: ["LC_ALL=C"], searchPath: true), done.status == 0 else { return nil }
    return done.milliseconds / 1000
}
