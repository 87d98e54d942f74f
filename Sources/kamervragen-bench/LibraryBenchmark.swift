import BrowserCore
import KamervragenKit
import KamervragenLibrary

#if canImport(Glibc)
import Glibc
#endif

/// `kamervragen-bench library [SIZES]`: libraries of generated documents in a temporary
/// folder (by default 1,000 and 10,000 text documents and 300 PDFs: `1000,10000,pdf300`;
/// `library 1000,10000,50000,pdf300` for the large one), measured in one run: indexing on
/// all cores (documents and MB per second, peak memory), the index's size against the
/// text, re-opening the unchanged library to the list's first screen, and a search's
/// first page (ranked hits and a screen of snippets) over 100 Dutch queries, beside
/// `grep -ril` on the same files. Each time is given with the process's CPU time over
/// the same stretch (its own threads and, for PDFs, the `pdftotext` children), which
/// the machine's load distorts far less than the wall clock.
///
/// The documents are the bundled library's (seeds/library) with every eleventh word swapped
/// for another word of those documents, the months and years shifted, and a word of their
/// own, so each has its own content hash and the index's vocabulary and posting lists grow
/// as a real library's would rather than repeating nine documents.
func runLibraryBenchmark() {
    let arguments = CommandLine.arguments.dropFirst(2)
    let sizes = (arguments.first ?? "1000,10000,pdf300").split(separator: ",").map(String.init)
    let templates = LibraryBench.templates()
    guard !templates.isEmpty else {
        print("library: no .txt documents in seeds/library")
        return
    }
    // KAMERVRAGEN_BENCH_KEEP=DIR: the libraries and their indexes are made in DIR and left
    // there, to be looked at with the sqlite3 shell or timed again.
    let keep = getenv("KAMERVRAGEN_BENCH_KEEP").map { String(cString: $0) }
    guard let root = keep ?? POSIXCalls.temporaryDirectory("/tmp/kv-bench-library-XXXXXX") else {
        print("library: cannot make a temporary folder")
        return
    }
    LibraryBench.keep = keep != nil
    if let keep { mkdir(keep, 0o700) }
    defer { if keep == nil { LibraryBench.remove(root) } }
    print("library: \(ProcessInfo.cores) processors; documents made from the \(templates.count) bundled texts")
    let pdfs = LibraryBench.pdfTemplates()
    for size in sizes {
        if size.hasPrefix("pdf"), let n = Int(size.dropFirst(3)) {
            guard !pdfs.isEmpty else { print("library: no PDFs in Tests/KamervragenKitTests/Fixtures/pdf"); continue }
            LibraryBench.measure(n, kind: "PDFs", root: root) { dir in LibraryBench.makePDFs(n, from: pdfs, in: dir) }
        } else if size.hasPrefix("again"), let n = Int(size.dropFirst(5)) {
            LibraryBench.measureAgain(n, root: root)
        } else if let n = Int(size) {
            LibraryBench.measure(n, kind: "documents", root: root) { dir in LibraryBench.makeTexts(n, templates: templates, in: dir) }
        } else {
            print("library: \(size) is not a size (1000, or pdf300 for PDFs)")
        }
    }
}

private enum ProcessInfo {
    static var cores: Int { Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))) }
}

enum LibraryBench {
    /// The generated libraries stay where they were made.
    nonisolated(unsafe) static var keep = false

    struct Template {
        /// Words and what lies between them, in order.
        var tokens: [Substring]
        var isWord: [Bool]
    }

    static let months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                         "september", "oktober", "november", "december"]

    /// Dutch words and phrases people search answers for: subjects, institutions, verbs of
    /// policy, a few phrases and prefixes, some rare and some in nearly every document.
    static let queries = [
        "creeren", "zorgverzekeraars", "minister", "kabinet", "stikstof", "netflix", "investeringen",
        "privacyverklaring", "gegevens", "ziekenhuisrekeningen", "jeugdige", "conducteur", "russisch",
        "geld", "parlement", "pers", "omgang", "werkgevers", "buitenland", "onderzoek", "beleid",
        "wet", "rapport", "toezicht", "zorg", "patiënten", "huisartsen", "gemeenten", "provincies",
        "burgemeester", "politie", "openbaar ministerie", "rechtspraak", "asiel", "migratie",
        "woningbouw", "huurders", "energie", "klimaat", "subsidie", "belasting", "fiscale",
        "winst", "streamingdiensten", "cultuur", "onderwijs", "leraren", "studenten", "defensie",
        "oekraïne", "sancties", "europese commissie", "brussel", "landbouw", "boeren", "natuur",
        "water", "infrastructuur", "spoor", "ns", "veiligheid", "cybersecurity", "data",
        "algoritmen", "discriminatie", "arbeidsmarkt", "lonen", "pensioen", "uitkering", "armoede",
        "schulden", "jeugdzorg", "mensenhandel", "ggz", "wachttijden", "verpleeghuizen", "mantelzorg",
        "\"Tweede Kamer\"", "\"Nederlandse Zorgautoriteit\"", "\"in overleg met\"", "\"de Kamer informeren\"",
        "kamer*", "zorgverzek*", "invest*", "onderzoek*", "beantwoord*",
        "minister gezondheid", "kabinet maatregelen", "gegevens delen", "winst belasting",
        "politie geweld", "zorg kosten", "onderwijs kwaliteit", "energie prijzen", "wet wijziging",
        "toezicht -politie", "zorg OR onderwijs", "stikstof OR natuur", "in:antwoord kabinet", "in:vraag waarom",
    ]

    static func templates() -> [Template] {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        let dir = parts.joined(separator: "/") + "/seeds/library"
        let names = (POSIXCalls.entryNames(dir) ?? []).filter { $0.hasSuffix(".txt") }
        return names.sorted().compactMap { name in
            guard let bytes = read(dir + "/" + name) else { return nil }
            let text = String(decoding: bytes, as: UTF8.self)
            var tokens: [Substring] = []
            var isWord: [Bool] = []
            var start = text.startIndex
            var inWord = false
            for i in text.indices {
                let letter = text[i].isLetter || text[i].isNumber
                if i != start, letter != inWord {
                    tokens.append(text[start..<i])
                    isWord.append(inWord)
                    start = i
                }
                inWord = letter
            }
            tokens.append(text[start...])
            isWord.append(inWord)
            return Template(tokens: tokens, isWord: isWord)
        }
    }

    /// Document `k`: a template with words swapped, months and years shifted, and a word
    /// of its own.
    static func document(_ k: Int, templates: [Template], vocabulary: [Substring]) -> String {
        let t = templates[k % templates.count]
        var out = ""
        out.reserveCapacity(16_384)
        for (i, token) in t.tokens.enumerated() {
            guard t.isWord[i] else { out += token; continue }
            if let m = months.firstIndex(of: String(token)) {
                out += months[(m + k / templates.count) % 12]
            } else if token.count == 4, let year = Int(token), (2010...2025).contains(year) {
                out += String(2010 + (year - 2010 + k / 97) % 16)
            } else if token.count > 3, token.first!.isLowercase, (i &* 2_654_435_761 &+ k &* 40_503) % 11 == 0 {
                out += vocabulary[(i &+ k &* 7_919) % vocabulary.count]
            } else {
                out += token
            }
        }
        out += "\n\nKenmerk document\(k) bench\(k % 1_000)\n"
        return out
    }

    /// Writes `n` generated text documents into `dir`; their bytes.
    static func makeTexts(_ n: Int, templates: [Template], in dir: String) -> Int {
        let vocabulary = Array(Set(templates.flatMap { t in t.tokens.indices.filter { t.isWord[$0] && t.tokens[$0].count > 3 && t.tokens[$0].first!.isLowercase }.map { t.tokens[$0] } })).sorted()
        var bytes = 0
        for k in 0..<n {
            let text = document(k, templates: templates, vocabulary: vocabulary)
            bytes += text.utf8.count
            write(dir + "/ah-tk-bench-\(k).txt", text)
        }
        return bytes
    }

    /// The real PDFs of the tests' fixtures, whole.
    static func pdfTemplates() -> [[UInt8]] {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        let dir = parts.joined(separator: "/") + "/Tests/KamervragenKitTests/Fixtures/pdf"
        return list(dir).filter { $0.hasSuffix(".pdf") }.sorted().compactMap { read(dir + "/" + $0) }
    }

    /// `n` PDFs: the fixtures in turn, each copy with a comment of its own after the end
    /// of the file (which PDF readers pass over), so each has its own content hash and is
    /// converted and parsed as a file of its own; the text of copies of one PDF is the same.
    static func makePDFs(_ n: Int, from pdfs: [[UInt8]], in dir: String) -> Int {
        var bytes = 0
        for k in 0..<n {
            let copy = pdfs[k % pdfs.count] + Array("\n% bench copy \(k)\n".utf8)
            bytes += copy.count
            write(dir + "/ah-tk-bench-\(k).pdf", String(decoding: copy, as: UTF8.self), raw: copy)
        }
        return bytes
    }

    static func measure(_ n: Int, kind: String, root: String, make: (String) -> Int) {
        let dir = root + "/library-\(kind)-\(n)"
        let cache = root + "/cache-\(kind)-\(n)"
        mkdir(dir, 0o700)
        let clock = ContinuousClock()
        var bytes = 0
        let made = clock.measure { bytes = make(dir) }
        print("library: \(n) \(kind), \(mb(bytes)) MB (made in \(seconds(made)) s); load average \(loadAverage())")

        // Indexing, from nothing.
        resetPeak()
        let before = kilobytes("VmRSS")
        var options = Library.Options(cacheDirectory: cache)
        options.indexer.batchSize = 200
        var indexed: Library?
        let cpuBefore = cpuSeconds()
        let indexing = clock.measure { indexed = try? Library.open([dir], options: options) }
        let indexingCPU = cpuSeconds() - cpuBefore
        let peak = kilobytes("VmHWM")
        guard let library = indexed else {
            print("library:   indexing failed")
            return
        }
        let s = secondsValue(indexing)
        print("library:   index \(n): \(seconds(indexing)) s, \(Int(Double(n) / s)) \(kind)/s, \(format(Double(bytes) / 1e6 / s, 1)) MB/s "
              + "(aim at 10,000: within 30 s); CPU \(format(indexingCPU, 2)) s (\(format(indexingCPU / s, 2)) cores busy); "
              + "\(library.report.indexed) indexed, \(library.report.problems) not documents, \(library.report.deferred.count) deferred")
        print("library:   peak memory while indexing: \(peak / 1024) MiB resident (\(max(0, peak - before) / 1024) MiB above the start; aim: flat, under 150)")
        var indexBytes = 0
        for name in list(cache) where name.hasPrefix("library-") && !name.hasSuffix(".lock") { indexBytes += size(cache + "/" + name) }
        print("library:   index size: \(mb(indexBytes)) MB for \(mb(bytes)) MB of text (\(format(Double(indexBytes) / Double(max(1, bytes)), 2))×)")

        measureReopen(dir: dir, options: options)
        measureSearch(library)

        // grep -ril over the same files, for the plain words of the first 20 queries.
        var grep: [Double] = []
        for q in queries.prefix(20) {
            let d = clock.measure { run(["/bin/grep", "-ril", "--", q, dir]) }
            grep.append(secondsValue(d) * 1000)
        }
        guard kind == "documents" else {
            remove(dir)
            remove(cache)
            return
        }
        print("library:   grep -ril, 20 of the words: p50 \(format(percentile(grep, 50), 0)) ms, p95 \(format(percentile(grep, 95), 0)) ms "
              + "(the list of files only: no ranking, no snippets, no accents folded)")
        remove(dir)
        remove(cache)
    }

    /// `again10000` with `KAMERVRAGEN_BENCH_KEEP=DIR`: the library of 10,000 made and
    /// indexed by an earlier run into DIR, re-opened and searched again without the
    /// indexing (to compare search changes on one index, before and after).
    static func measureAgain(_ n: Int, root: String) {
        let dir = root + "/library-documents-\(n)"
        let options = Library.Options(cacheDirectory: root + "/cache-documents-\(n)")
        guard keep, let library = Library.openIndexed([dir], options: options) else {
            print("library: again\(n) needs KAMERVRAGEN_BENCH_KEEP=DIR with the library of \(n) kept in DIR by an earlier run")
            return
        }
        print("library: the \(n) documents indexed before, again; load average \(loadAverage())")
        measureReopen(dir: dir, options: options)
        measureSearch(library)
    }

    /// Re-opening the unchanged library to the list's first screen, five times: walking
    /// the files first (as the commands do), and from the index alone (as the library view
    /// does on a terminal, the files checked after the first screen: `Library.openIndexed`).
    static func measureReopen(dir: String, options: Library.Options) {
        guard let walked = reopenRuns({ try? Library.open([dir], options: options) }) else {
            print("library:   re-open failed")
            return
        }
        print("library:   re-open unchanged to the first list screen: median \(format(median(walked.total), 1)) ms, "
              + "min \(format(walked.total.min() ?? 0, 1)) ms (aim at 10,000: under 300 ms); of which, medians: "
              + "files walked and checked \(format(median(walked.opened), 1)) ms, rows read \(format(median(walked.listed), 1)) ms, "
              + "list sorted, folded and drawn \(format(median(walked.shown), 1)) ms; CPU median \(format(median(walked.cpu), 1)) ms")
        guard let indexed = reopenRuns({ Library.openIndexed([dir], options: options) }) else {
            print("library:   re-open from the index alone: no usable index")
            return
        }
        print("library:   re-open from the index alone to the first list screen (the view's path; the files are checked after it): "
              + "median \(format(median(indexed.total), 1)) ms, min \(format(indexed.total.min() ?? 0, 1)) ms; of which, medians: "
              + "index opened \(format(median(indexed.opened), 1)) ms, rows read \(format(median(indexed.listed), 1)) ms; "
              + "CPU median \(format(median(indexed.cpu), 1)) ms")
    }

    /// Milliseconds of five re-openings by `open`, in their parts; nil when one fails.
    static func reopenRuns(_ open: () -> Library?) -> (total: [Double], opened: [Double], listed: [Double], shown: [Double], cpu: [Double])? {
        let clock = ContinuousClock()
        var runs: (total: [Double], opened: [Double], listed: [Double], shown: [Double], cpu: [Double]) = ([], [], [], [], [])
        for _ in 0..<5 {
            let cpu = cpuSeconds()
            var again: Library?
            var rows: [LibraryRow] = []
            let opened = clock.measure { again = open() }
            guard let library = again else { return nil }
            let listed = clock.measure { rows = ((try? library.documents()) ?? []).map(BenchSource.row) }
            let shown = clock.measure {
                let view = LibraryBrowser(source: BenchSource(), documents: rows, rows: 24, columns: 80)
                _ = view.render()
            }
            runs.opened.append(secondsValue(opened) * 1000)
            runs.listed.append(secondsValue(listed) * 1000)
            runs.shown.append(secondsValue(shown) * 1000)
            runs.total.append(secondsValue(opened + listed + shown) * 1000)
            runs.cpu.append((cpuSeconds() - cpu) * 1000)
        }
        return runs
    }

    /// A search's first page over the `queries`, with the library indexed, as the library
    /// view makes it: the matches `RankedSearch.advanceFirstPage` ranks (every match
    /// of most queries), the hits grouped by document from the rows the view holds, and a
    /// screen of 22 snippets; then the rest of the ranking, which the view does in idle
    /// steps, to the final 5,000 hits.
    static func measureSearch(_ library: Library) {
        let clock = ContinuousClock()
        // The ids of the rows the view holds (a set: looking a hit's document up in a
        // dictionary of whole documents copied the document, strings and all, per hit).
        let rows = Set(((try? library.documents()) ?? []).map(\.id))
        var first: [Double] = [], firstCPU: [Double] = [], snippetTimes: [Double] = []
        var final: [Double] = [], finalCPU: [Double] = []
        var hitCounts: [Int] = []
        var provisional = 0
        // KAMERVRAGEN_BENCH_QUERIES=1: each query's first page, timed in its parts.
        let detail = getenv("KAMERVRAGEN_BENCH_QUERIES") != nil
        // KAMERVRAGEN_BENCH_BUDGET=MS: the first page's time budget instead of the view's
        // (`RankedSearch.firstPageBudget`), to compare.
        let budget = getenv("KAMERVRAGEN_BENCH_BUDGET").flatMap { Int(String(cString: $0)) }.map { Duration.milliseconds($0) }
            ?? RankedSearch.firstPageBudget
        for q in queries {
            guard let query = try? LibraryQuery(q) else { print("library:   query \(q) does not parse"); continue }
            var ranking: RankedSearch?
            var page: [SearchHit] = []
            var complete = false
            let cpu = cpuSeconds()
            let ranked = clock.measure {
                guard let r = try? RankedSearch(query, in: library.store, limit: 5_000) else { return }
                complete = (try? r.advanceFirstPage(budget: budget)) ?? true
                page = viewPage(r.unread(count: complete ? nil : RankedSearch.provisionalHits), rows, library.store)
                ranking = r
            }
            guard let ranking else { continue }
            let snippets = clock.measure { _ = try? library.store.snippets(Array(page.prefix(22)), query: query, tokens: 24) }
            let firstMatched = ranking.matched
            first.append(secondsValue(ranked + snippets) * 1000)
            firstCPU.append((cpuSeconds() - cpu) * 1000)
            snippetTimes.append(secondsValue(snippets) * 1000)
            if !complete { provisional += 1 }
            // The rest, as the view's idle steps rank it (timed on its own).
            let restCPU = cpuSeconds()
            let rest = clock.measure {
                while !((try? ranking.advance(matches: RankedSearch.stepMatches)) ?? true) {}
                if !complete { _ = viewPage(ranking.unread(), rows, library.store) }
            }
            final.append(secondsValue(ranked + rest) * 1000)
            finalCPU.append((cpuSeconds() - restCPU) * 1000 + firstCPU.last!)
            hitCounts.append(ranking.matched)
            if detail {
                print("library:     \(q): \(format(secondsValue(ranked) * 1000, 1)) ms ranked and grouped, "
                      + "\(format(secondsValue(snippets) * 1000, 1)) ms snippets, \(firstMatched) of \(ranking.matched) matches ranked first"
                      + (complete ? "" : " (provisional)"))
            }
        }
        hitCounts.sort()
        print("library:   search, first page with snippets as the view shows it, \(first.count) queries: p50 \(format(percentile(first, 50), 1)) ms, "
              + "p95 \(format(percentile(first, 95), 1)) ms, max \(format(first.max() ?? 0, 1)) ms (aim at 10,000: p95 under 30 ms); "
              + "CPU p50 \(format(percentile(firstCPU, 50), 1)) ms, p95 \(format(percentile(firstCPU, 95), 1)) ms; "
              + "\(provisional) of the queries had more matches than the first page ranks (at least \(RankedSearch.firstPageMatches), and more for up to "
              + "\(budget) of processor time), their first page the best of those; "
              + "the screen of snippets alone: p50 \(format(percentile(snippetTimes, 50), 1)) ms, p95 \(format(percentile(snippetTimes, 95), 1)) ms")
        print("library:   search, final ranking (at most 5000 hits; the first page and the idle steps after it, snippets included): "
              + "p50 \(format(percentile(final, 50), 1)) ms, p95 \(format(percentile(final, 95), 1)) ms, max \(format(final.max() ?? 0, 1)) ms; "
              + "CPU p50 \(format(percentile(finalCPU, 50), 1)) ms, p95 \(format(percentile(finalCPU, 95), 1)) ms; "
              + "hits per query: median \(hitCounts.isEmpty ? 0 : hitCounts[hitCounts.count / 2]), most \(hitCounts.last ?? 0)")
    }

    /// A page as the library view makes it: grouped, and the first
    /// `RankedSearch.readWithThePage` hits' kind, item and label read.
    static func viewPage(_ ranked: [SearchHit], _ rows: Set<Int64>, _ store: LibraryStore) -> [SearchHit] {
        let page = grouped(ranked, rows)
        return (try? store.read(Array(page.prefix(RankedSearch.readWithThePage))))?.compactMap { $0 } ?? []
    }

    /// Hits grouped by document as the view lists them (documents by best hit, each
    /// one's hits in reading order), the documents from rows read before.
    static func grouped(_ ranked: [SearchHit], _ rows: Set<Int64>) -> [SearchHit] {
        var order: [Int64] = []
        var byDocument: [Int64: [SearchHit]] = [:]
        for h in ranked where rows.contains(h.document) {
            if byDocument[h.document] == nil { order.append(h.document) }
            byDocument[h.document, default: []].append(h)
        }
        return order.flatMap { byDocument[$0]!.sorted { $0.position < $1.position } }
    }

    // MARK: Helpers

    /// The view's first screen needs only the rows; nothing is searched or opened.
    final class BenchSource: LibrarySource {
        static func row(_ d: LibraryDocument) -> LibraryRow {
            LibraryRow(key: d.id, id: d.publicationID ?? "", path: d.path, date: d.date?.description ?? "",
                       number: d.number ?? d.caseNumber ?? "", askers: d.askers ?? "", answerer: d.answeredBy ?? "",
                       subject: d.subject ?? "", questions: d.questions, answered: d.answered)
        }
        func search(_ query: String) -> Result<LibraryHits, LibraryFailure> { .failure(LibraryFailure("")) }
        func snippets(_ hits: [LibraryHit], of results: LibraryHits) -> [LibrarySnippet] { [] }
        func open(_ row: LibraryRow) -> Result<Document, LibraryFailure> { .failure(LibraryFailure("")) }
    }

    static func read(_ path: String) -> [UInt8]? { POSIXCalls.readFile(path) }

    static func write(_ path: String, _ text: String, raw: [UInt8]? = nil) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else { return }
        defer { close(fd) }
        _ = POSIXCalls.writeAll(fd, raw ?? Array(text.utf8))
    }

    static func list(_ dir: String) -> [String] {
        POSIXCalls.entryNames(dir) ?? []
    }

    static func size(_ path: String) -> Int {
        var st = stat()
        return stat(path, &st) == 0 ? Int(st.st_size) : 0
    }

    /// Runs a program with its output to /dev/null and waits for it.
    static func run(_ argv: [String]) {
        _ = QuietRun.run(argv, environment: ["LC_ALL=C.UTF-8"])
    }

    static func remove(_ path: String) {
        if !keep { run(["/bin/rm", "-rf", "--", path]) }
    }

    /// A `VmXXX:  1234 kB` field of /proc/self/status, in kB.
    static func kilobytes(_ field: String) -> Int {
        guard let bytes = read("/proc/self/status") else { return 0 }
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") where line.hasPrefix(field + ":") {
            return Int(line.dropFirst(field.count + 1).filter(\.isNumber)) ?? 0
        }
        return 0
    }

    /// User and system time of this process's threads and of its waited-for children.
    static func cpuSeconds() -> Double {
        var total = 0.0
        for who in [RUSAGE_SELF.rawValue, RUSAGE_CHILDREN.rawValue] {
            var u = rusage()
            getrusage(who, &u)
            total += Double(u.ru_utime.tv_sec) + Double(u.ru_utime.tv_usec) / 1e6
            total += Double(u.ru_stime.tv_sec) + Double(u.ru_stime.tv_usec) / 1e6
        }
        return total
    }

    /// The first three fields of /proc/loadavg.
    static func loadAverage() -> String {
        guard let bytes = read("/proc/loadavg") else { return "?" }
        return String(decoding: bytes, as: UTF8.self).split(separator: " ").prefix(3).joined(separator: " ")
    }

    /// VmHWM back to the current resident size, so the peak is indexing's own.
    static func resetPeak() {
        let fd = open("/proc/self/clear_refs", O_WRONLY)
        guard fd >= 0 else { return }
        _ = Glibc.write(fd, "5", 1)
        close(fd)
    }

    static func secondsValue(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }

    static func seconds(_ d: Duration) -> String { format(secondsValue(d), 2) }

    static func mb(_ bytes: Int) -> String { format(Double(bytes) / 1e6, 1) }

    static func median(_ xs: [Double]) -> Double { percentile(xs, 50) }

    static func percentile(_ xs: [Double], _ p: Int) -> Double {
        guard !xs.isEmpty else { return 0 }
        let s = xs.sorted()
        return s[min(s.count - 1, (s.count * p) / 100)]
    }

    static func format(_ x: Double, _ decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let r = (x * scale).rounded() / scale
        var s = String(r)
        if decimals == 0, s.hasSuffix(".0") { s.removeLast(2) }
        return s
    }
}
