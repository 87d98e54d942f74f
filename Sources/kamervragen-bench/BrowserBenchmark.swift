import BrowserCore
import KamervragenKit
#if canImport(Glibc)
import Glibc
#endif

/// Frame render and search keystroke latency on a 10,000-question document.
///
/// Only the public API is timed, as the terminal uses it: building the reader (content
/// plus layout), re-layout on resize, `render()` of one frame, and one search keystroke
/// (`handle` of a typed letter, then `render`). Medians of many runs, so one slow run
/// (a page fault, the other engineers' builds) does not decide the figure.
///
/// The document (3.4 MB) is over the size a reader lays out and counts whole when it
/// opens (`Content.eagerCharacters`), so opening numbers only the first screen's lines
/// and a typed letter finds its first match; the rest is idle work, done in steps
/// between keys (`Browser.doIdleWork`), timed here to its end: the steps' total and the
/// longest step, which is what a key can wait behind.
func runBrowserBenchmark() {
    let t = BrowserTiming()
    let text = SyntheticDocument.text(questions: 10_000)
    var document = Document(source: "synthetic")
    let parse = t.clock.measure { document = DocumentParser.parse(text, source: "synthetic") }
    print("browser: synthetic document: \(text.utf8.count) bytes, \(document.questions.count) questions, \(document.answers.count) answers; parse \(t.fmt(t.ms(parse))) ms")

    var browser = openReader(document, t)
    timeFrames(&browser, t)
    let query = "creeren"
    timeSearchKeystrokes(&browser, query: query, t)
    timeNextMatch(&browser, query: query, t)
    print("browser: peak RSS (VmHWM): \(peakRSS())")
    // After the peak is read: these open further readers while the first is alive.
    firstSearchOnFreshReaders(document, clock: t.clock, ms: t.ms, median: t.median, fmt: t.fmt)
}

/// The clock and the figures' arithmetic the browser sections share.
private struct BrowserTiming {
    let clock = ContinuousClock()

    func ms(_ d: Duration) -> Double {
        let (s, atto) = d.components
        return Double(s) * 1000 + Double(atto) / 1e15
    }

    func median(_ xs: [Double]) -> Double { let s = xs.sorted(); return s.isEmpty ? 0 : s[s.count / 2] }

    func fmt(_ x: Double) -> String {
        let hundredths = Int((x * 100).rounded())
        let frac = hundredths % 100
        return "\(hundredths / 100).\(frac < 10 ? "0" : "")\(frac)"
    }
}

/// Opening the reader, its idle work to the end, and a re-layout on resize.
private func openReader(_ document: Document, _ t: BrowserTiming) -> Browser {
    let started = t.clock.now
    var browser = Browser(document: document, rows: 24, columns: 80)
    let build = t.clock.now - started
    print("browser: open the reader (what each block is made from; the first screen's lines at 80 columns): \(t.fmt(t.ms(build))) ms")
    idleWork(&browser, "number every line (idle work)", clock: t.clock, ms: t.ms, fmt: t.fmt)
    let relayout = t.clock.measure { browser.resize(rows: 40, columns: 120) }
    browser.resize(rows: 24, columns: 80)
    print("browser: re-layout on resize to 120 columns (the screen's lines; the rest in idle steps): \(t.fmt(t.ms(relayout))) ms")
    return browser
}

/// `render()` of one frame, at 80×24 (paging down now and then) and at 200×50.
private func timeFrames(_ browser: inout Browser, _ t: BrowserTiming) {
    for c in "5000g" { _ = browser.handle(.character(c)) }
    var frames: [Double] = []
    for i in 0..<500 {
        if i % 50 == 0 { _ = browser.handle(.pageDown) }
        frames.append(t.ms(t.clock.measure { _ = browser.render() }))
    }
    print("browser: render one 80x24 frame: median \(t.fmt(t.median(frames))) ms, max \(t.fmt(frames.max() ?? 0)) ms (target < 2 ms)")

    browser.resize(rows: 50, columns: 200)
    var bigFrames: [Double] = []
    for _ in 0..<200 { bigFrames.append(t.ms(t.clock.measure { _ = browser.render() })) }
    print("browser: render one 200x50 frame: median \(t.fmt(t.median(bigFrames))) ms")
    browser.resize(rows: 24, columns: 80)
}

/// One search keystroke = handle the letter (incremental search) + render the frame:
/// each letter of `query`, then the first letter of a query alone, the worst keystroke
/// (every occurrence is a hit).
private func timeSearchKeystrokes(_ browser: inout Browser, query: String, _ t: BrowserTiming) {
    var perPosition = Array(repeating: [Double](), count: query.count)
    var all: [Double] = []
    for _ in 0..<7 {
        _ = browser.handle(.character("/"))
        for (k, c) in query.enumerated() {
            let ms = t.ms(t.clock.measure {
                _ = browser.handle(.character(c))
                _ = browser.render()
            })
            perPosition[k].append(ms)
            all.append(ms)
        }
        _ = browser.handle(.escape)
    }
    let typed = query.map(String.init)
    let detail = zip(typed, perPosition).map { "\($0)=\(t.fmt(t.median($1)))" }.joined(separator: " ")
    print("browser: search keystroke (typing /\(query)): median \(t.fmt(t.median(all))) ms, worst median per letter \(t.fmt(perPosition.map(t.median).max() ?? 0)) ms (target < 5 ms)")
    print("browser:   per letter (median ms): \(detail)")

    for letter in ["e", " "] {
        var firsts: [Double] = []
        var hitCount = ""
        for _ in 0..<7 {
            _ = browser.handle(.character("/"))
            firsts.append(t.ms(t.clock.measure {
                _ = browser.handle(.character(Character(letter)))
                hitCount = statusCount(browser.render())
            }))
            _ = browser.handle(.escape)
        }
        print("browser: first keystroke /\(letter == " " ? "<space>" : letter) (\(hitCount) hits): median \(t.fmt(t.median(firsts))) ms")
    }
}

/// `query` searched and entered, its matches counted (idle work), then `n` + render.
private func timeNextMatch(_ browser: inout Browser, query: String, _ t: BrowserTiming) {
    _ = browser.handle(.character("/"))
    for c in query { _ = browser.handle(.character(c)) }
    _ = browser.handle(.enter)
    idleWork(&browser, "count the matches of /\(query) (idle work)", clock: t.clock, ms: t.ms, fmt: t.fmt)
    var steps: [Double] = []
    for _ in 0..<200 {
        steps.append(t.ms(t.clock.measure {
            _ = browser.handle(.character("n"))
            _ = browser.render()
        }))
    }
    print("browser: next match (n + render): median \(t.fmt(t.median(steps))) ms")
}

/// The first search on a freshly opened reader: `/` plus the first letter and its frame,
/// as the reader waits for them after opening the document. (There was an index to build
/// here once; docs/benchmarks.md has what it cost.)
private func firstSearchOnFreshReaders(
    _ document: Document, clock: ContinuousClock,
    ms: (Duration) -> Double, median: ([Double]) -> Double, fmt: (Double) -> String
) {
    var slashes: [Double] = []
    var letters: [Double] = []
    var both: [Double] = []
    for _ in 0..<5 {
        var fresh = Browser(document: document, rows: 24, columns: 80)
        _ = fresh.render()
        let slash = clock.measure {
            _ = fresh.handle(.character("/"))
            _ = fresh.render()
        }
        let letter = clock.measure {
            _ = fresh.handle(.character("c"))
            _ = fresh.render()
        }
        slashes.append(ms(slash))
        letters.append(ms(letter))
        both.append(ms(slash + letter))
    }
    print("browser: first search on a fresh reader (/ + c): median \(fmt(median(both))) ms, max \(fmt(both.max() ?? 0)) ms (/ \(fmt(median(slashes))) ms, c \(fmt(median(letters))) ms; target well under 50 ms)")
}

/// The "3/14" match count at the end of the status line, as the reader sees it.
private func statusCount(_ grid: ScreenGrid) -> String {
    let last = grid.text.split(separator: "\n", omittingEmptySubsequences: false).last ?? ""
    let word = last.split(separator: " ").last.map(String.init) ?? ""
    return word.split(separator: "/").last.map(String.init) ?? word
}

/// VmHWM from /proc/self/status: the peak resident set of this process.
private func peakRSS() -> String {
    #if canImport(Glibc)
    guard let f = fopen("/proc/self/status", "r") else { return "unknown" }
    defer { fclose(f) }
    var buffer = [CChar](repeating: 0, count: 256)
    while fgets(&buffer, Int32(buffer.count), f) != nil {
        let line = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if line.hasPrefix("VmHWM:") {
            return line.dropFirst(6).split(separator: " ").joined(separator: " ").replacing("\n", with: "")
        }
    }
    #endif
    return "unknown"
}

/// Does `browser`'s idle work to its end and prints its total, its steps and the longest
/// step.
private func idleWork(_ browser: inout Browser, _ label: String, clock: ContinuousClock, ms: (Duration) -> Double, fmt: (Double) -> String) {
    var steps: [Double] = []
    while browser.hasIdleWork {
        steps.append(ms(clock.measure { browser.doIdleWork() }))
    }
    let total = steps.reduce(0, +)
    print("browser: \(label): \(fmt(total)) ms in \(steps.count) steps, longest step \(fmt(steps.max() ?? 0)) ms")
}
