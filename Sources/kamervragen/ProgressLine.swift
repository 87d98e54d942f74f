import KamervragenKit
import KamervragenLibrary

#if canImport(Glibc)
import Glibc
#endif

/// The indexing progress on standard error, one line redrawn in place: count, rate and
/// time left. Only on a terminal, at most ten times a second, and erased when done, so
/// it never ends up in a log or between a script's results.
final class ProgressLine {
    private let enabled = isatty(2) == 1
    private var lastDraw: ContinuousClock.Instant?
    private var shown = false

    func update(_ p: IndexingProgress) {
        guard enabled, p.total >= 20 else { return }
        let now = ContinuousClock.now
        if let last = lastDraw, now - last < .milliseconds(100), p.done < p.total { return }
        lastDraw = now
        var text = Catalogue.Library.progressCount.text(group(p.done), group(p.total))
        if p.seconds >= 0.5 {
            text += " · " + Catalogue.Library.progressRate.text(String(Int(p.rate.rounded())))
            let mb = Double(p.bytes) / 1e6 / p.seconds
            text += " · \(mb < 10 ? String(Int(mb * 10) / 10) + "." + String(Int(mb * 10) % 10) : String(Int(mb))) MB/s"
        }
        if let left = p.secondsLeft, p.done < p.total {
            let s = Int(left.rounded(.up))
            text += " · " + Catalogue.Library.progressLeft.text("\(s / 60):\(s % 60 < 10 ? "0" : "")\(s % 60)")
        }
        _ = FileOutput.standardError.write("\r\u{1B}[K" + text)
        shown = true
    }

    func clear() {
        guard shown else { return }
        _ = FileOutput.standardError.write("\r\u{1B}[K")
        shown = false
    }

    /// 12345 → "12,345".
    private func group(_ n: Int) -> String {
        let s = String(n)
        var out = ""
        for (i, c) in s.enumerated() {
            if i > 0 && (s.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }
}
