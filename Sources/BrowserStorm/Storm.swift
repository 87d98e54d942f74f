import BrowserCore
import KamervragenKit

/// One storm case: a document, a first size and a sequence of steps, all made from the
/// seed, so that the seed alone reproduces it.
package struct StormCase: Sendable {
    package let seed: UInt64
    package let kind: StormDocumentKind
    package let document: Document
    package let rows: Int
    package let columns: Int
    /// Below this many characters the reader lays out and searches everything at once;
    /// most cases lower it, so that lines are measured as needed and searches counted in
    /// idle steps, as on a document of hundreds of megabytes.
    package let eagerCharacters: Int
    package let steps: [StormStep]

    /// A seed with this bit set makes a document with Word's link runs
    /// (`StormLinkDocuments`); the rest of the seed varies it as any seed does. A separate
    /// family, so that every seed without the bit makes the case it always made.
    package static let linkRunsFlag: UInt64 = 1 << 63

    package init(seed: UInt64, steps count: Int) {
        var rng = StormRandom(seed: seed)
        self.seed = seed
        kind = seed & StormCase.linkRunsFlag != 0 ? .linkRuns : StormDocumentKind.pick(&rng)
        document = StormDocuments.document(kind, &rng)
        let size = StormSteps.size(&rng)
        rows = size.rows
        columns = size.columns
        eagerCharacters = rng.pick([1_000_000, 1_000_000, 1, 200, 5_000, 100_000])
        steps = StormSteps.steps(count, &rng)
    }

    /// The kind of document a seed makes, without making it.
    package static func kind(seed: UInt64) -> StormDocumentKind {
        if seed & linkRunsFlag != 0 { return .linkRuns }
        var rng = StormRandom(seed: seed)
        return StormDocumentKind.pick(&rng)
    }

    /// Where and how a run broke a rule.
    package struct Failure: Error, Sendable {
        /// The index of the step after which the rules were broken (-1: at the start).
        package var step: Int
        package var violations: [String]

        package init(step: Int, violations: [String]) {
            self.step = step
            self.violations = violations
        }
    }

    /// Runs the steps (all, or those at `keeping`) from a fresh reader, rendering and
    /// checking every rule after each one; stops at the first broken rule.
    package func run(keeping: [Int]? = nil) -> Failure? {
        var b = Browser(document: document, rows: rows, columns: columns, eagerCharacters: eagerCharacters)
        let start = b.renderChecked().violations
        if !start.isEmpty { return Failure(step: -1, violations: start) }
        for index in keeping ?? Array(steps.indices) {
            switch steps[index] {
            case .key(let key): _ = b.handle(key)
            case .resize(let r, let c): b.resize(rows: r, columns: c)
            case .idle(let n): for _ in 0..<n where b.hasIdleWork { b.doIdleWork() }
            }
            let violations = b.renderChecked().violations
            if !violations.isEmpty { return Failure(step: index, violations: violations) }
        }
        return nil
    }

    /// The fewest steps (by delta debugging: drop halves, then quarters, … then single
    /// steps, keeping each cut that still breaks a rule) that still fail `fails`.
    package static func shrink(_ indices: [Int], fails: ([Int]) -> Bool) -> [Int] {
        var current = indices
        var chunk = max(1, current.count / 2)
        while true {
            var removedAny = false
            var start = 0
            while start < current.count {
                let candidate = Array(current[..<start]) + Array(current[min(current.count, start + chunk)...])
                if fails(candidate) {
                    current = candidate
                    removedAny = true
                } else {
                    start += chunk
                }
            }
            if chunk == 1 && !removedAny { return current }
            chunk = max(1, removedAny ? chunk : chunk / 2)
        }
    }

    /// A failing run shrunk in this process (for a broken rule; a trap ends the process
    /// and is shrunk by `kamervragen-storm` in child processes instead).
    package func shrunk(_ failure: Failure) -> [Int] {
        guard failure.step >= 0 else { return [] }
        return StormCase.shrink(Array(0...failure.step)) { run(keeping: $0) != nil }
    }

    /// What a failure report says: the seed to replay and the steps as Swift.
    package func report(_ failure: Failure?, shrunk: [Int]) -> String {
        var out = "storm case seed \(seed) (\(kind.rawValue) document, \(steps.count) steps, starting at \(rows)×\(columns), eager below \(eagerCharacters) characters)\n"
        if let failure {
            out += "failed after step \(failure.step):\n"
            for v in failure.violations.prefix(8) { out += "  \(v)\n" }
        }
        out += "shrunk to \(shrunk.count) steps (replay: kamervragen-storm --replay \(seed) --per-case \(steps.count) --keep \(shrunk.map(String.init).joined(separator: ","))):\n"
        out += "  var b = Browser(document: StormCase(seed: \(seed), steps: \(steps.count)).document, rows: \(rows), columns: \(columns), eagerCharacters: \(eagerCharacters))\n"
        for i in shrunk { out += "  \(steps[i].swift)\n" }
        return out
    }
}
