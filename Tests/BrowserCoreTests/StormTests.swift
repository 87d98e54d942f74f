import Testing
@testable import BrowserCore
import BrowserStorm
import KamervragenKit

/// A short storm of the pure core in the debug build, on every `swift test`: random
/// documents, keys and sizes with every rule of `Browser.invariantViolations` checked
/// after each step. The million-step storm runs in `kamervragen-storm`, built with
/// `-c release` by scripts/test.sh (a debug build is more than ten times slower).
@Suite struct StormTests {
    /// Fixed seeds, one case per kind of document among them, and three of the link-run
    /// family (`StormCase.linkRunsFlag`).
    static let seeds: [UInt64] = Array(1_000...1_011) + (1...3).map { StormCase.linkRunsFlag | $0 }

    @Test(arguments: seeds)
    func aStormBreaksNoRule(seed: UInt64) {
        let c = StormCase(seed: seed, steps: 400)
        guard let failure = c.run() else { return }
        Issue.record(Comment(rawValue: c.report(failure, shrunk: c.shrunk(failure))))
    }

    /// Every kind of document is in the storms, the 10,000-note one included.
    @Test func theSeedsCoverEveryKindOfDocument() {
        let kinds = Set((1...500).map { StormCase.kind(seed: UInt64($0)) })
        #expect(kinds == Set(StormDocumentKind.allCases).subtracting([.linkRuns]))
        #expect(StormCase.kind(seed: StormCase.linkRunsFlag | 500) == .linkRuns)
    }

    /// The link-run family has Word's link runs, to web pages and to targets the URL rule
    /// refuses, and they reach the screen as hyperlinks; no other seed's case changed with
    /// it (the kinds are picked from the same first number as before).
    @Test func linkRunSeedsHaveLinkRunsOnScreen() {
        var webLinks = 0, refused = 0, onScreen = 0
        for n: UInt64 in 1...20 {
            let c = StormCase(seed: StormCase.linkRunsFlag | n, steps: 1)
            for question in c.document.questions {
                for paragraph in question.paragraphs {
                    for case .link(_, let url) in paragraph.runs {
                        if URLPolicy.mayOpen(url) { webLinks += 1 } else { refused += 1 }
                    }
                }
            }
            onScreen += Browser(document: c.document, rows: 40, columns: 100).render().links.count
        }
        #expect(webLinks > 10)
        #expect(refused > 5)
        #expect(onScreen > 0)
        #expect(StormCase(seed: 1_000, steps: 1).kind == StormCase.kind(seed: 1_000))
    }

    /// The shrinker finds the steps that matter: of a thousand, the two that fail.
    @Test func shrinkingKeepsOnlyTheStepsThatFail() {
        let shrunk = StormCase.shrink(Array(0..<1_000)) { $0.contains(137) && $0.contains(800) }
        #expect(shrunk == [137, 800])
    }

    /// A broken rule is reported with its seed and the shrunk steps as Swift.
    @Test func aFailureNamesItsSeedAndSteps() {
        let c = StormCase(seed: 7, steps: 50)
        let report = c.report(StormCase.Failure(step: 3, violations: ["top 9 outside 0...2"]), shrunk: [1, 3])
        #expect(report.contains("seed 7"))
        #expect(report.contains("top 9 outside 0...2"))
        #expect(report.contains("--replay 7 --per-case 50 --keep 1,3"))
        #expect(report.contains(c.steps[3].swift))
    }
}
