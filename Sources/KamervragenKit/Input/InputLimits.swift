/// How much of an input is read before it is refused.
///
/// Without a bound, `kamervragen outline /dev/zero` or an endless pipe grew the process
/// until the machine ran out of memory. The default, 512 MiB, is thousands of times the
/// largest real document (a few hundred KB as text) and more than twice the 200 MB
/// generated document the browser is built to open; browsing holds about three times its
/// input, so the default keeps a run under about 1.5 GB. `--max-size` raises (or lowers)
/// it for a run.
public struct InputLimits: Sendable, Hashable {
    public static let defaultMaxSize = 512 << 20

    /// The most bytes read from a file or standard input.
    public var maxSize: Int

    public init(maxSize: Int = InputLimits.defaultMaxSize) {
        self.maxSize = maxSize
    }

    /// A size as written on the command line: a number of bytes, or a number with `K`,
    /// `M`, `G` or `T` (binary multiples; `KiB`, `MB` and lower case mean the same).
    /// Nil for anything else, for zero, and for sizes past what an `Int` holds.
    public static func size(_ text: String) -> Int? {
        var digits = 0
        var value = 0
        var rest = Substring(text)
        while let c = rest.first, let d = c.wholeNumberValue, c.isASCII {
            let (times, o1) = value.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times.addingReportingOverflow(d)
            guard !o1, !o2 else { return nil }
            value = sum
            digits += 1
            rest = rest.dropFirst()
        }
        guard digits > 0, value > 0 else { return nil }
        var shift = 0
        switch rest.lowercased() {
        case "", "b": shift = 0
        case "k", "kb", "kib": shift = 10
        case "m", "mb", "mib": shift = 20
        case "g", "gb", "gib": shift = 30
        case "t", "tb", "tib": shift = 40
        default: return nil
        }
        guard value <= Int.max >> shift else { return nil }
        return value << shift
    }

    /// A size for messages: `512 MiB`, `1.5 GiB`, `64 KiB`, `100 bytes`.
    public static func describe(_ bytes: Int) -> String {
        let units: [(Int, String)] = [(40, "TiB"), (30, "GiB"), (20, "MiB"), (10, "KiB")]
        for (shift, name) in units where bytes >= 1 << shift {
            let whole = bytes >> shift
            let tenth = ((bytes - whole << shift) * 10) >> shift
            return tenth == 0 ? "\(whole) \(name)" : "\(whole).\(tenth) \(name)"
        }
        return bytes == 1 ? "1 byte" : "\(bytes) bytes"
    }
}
