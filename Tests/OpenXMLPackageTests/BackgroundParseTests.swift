import Testing
@testable import OpenXMLPackage

/// Parts parsed on a second thread: each handler holds its whole part after `wait()`,
/// each job's failure comes back in the jobs' order, and a job that fails does not stop
/// the next.
@Suite struct BackgroundParseTests {
    final class Counter: XMLHandler {
        let vocabulary = XMLVocabulary(["a"])
        var elements = 0
        var text: [UInt8] = []
        func startElement(_ name: XMLName, attributes: XMLAttributes) { if name.index == 0 { elements += 1 } }
        func endElement(_ name: XMLName) {}
        func text(_ bytes: [UInt8]) { text += bytes }
    }

    static func xml(_ count: Int) -> [UInt8] {
        Array(("<d>" + String(repeating: "<a>x</a>", count: count) + "</d>").utf8)
    }

    @Test func handlersFilledAndFailuresInOrder() {
        let first = Counter(), broken = Counter(), last = Counter()
        let jobs = [BackgroundParse.Job(Self.xml(20_000), part: "one.xml", into: first, limits: .standard),
                    BackgroundParse.Job(Array("<d><a></d>".utf8), part: "two.xml", into: broken, limits: .standard),
                    BackgroundParse.Job(Self.xml(3), part: "three.xml", into: last, limits: .standard)]
        let failures = BackgroundParse(jobs).wait()
        #expect(first.elements == 20_000)
        #expect(first.text.count == 20_000)
        #expect(failures[0] == nil)
        guard case .malformedXML(part: "two.xml", _, _)? = failures[1]?.reason else {
            Issue.record("\(String(describing: failures[1]))")
            return
        }
        #expect(failures[2] == nil)
        #expect(last.elements == 3)
    }

    /// Whichever thread takes the jobs (the new one, or the caller when it asks first),
    /// the results are whole: many parses, waited for at once or after some work.
    @Test func resultsWholeWhoeverRunsThem() {
        for round in 0..<200 {
            let counter = Counter()
            let parse = BackgroundParse([.init(Self.xml(50 + round), part: "p", into: counter, limits: .standard)])
            if round % 2 == 1 { _ = Self.xml(2_000).count }
            #expect(parse.wait() == [nil])
            #expect(counter.elements == 50 + round)
        }
    }

    @Test func waitingTwiceOrNeverIsHarmless() {
        let counter = Counter()
        let parse = BackgroundParse([.init(Self.xml(10), part: "p", into: counter, limits: .standard)])
        #expect(parse.wait() == [nil])
        #expect(parse.wait() == [nil])
        #expect(counter.elements == 10)
        #expect(BackgroundParse([]).wait().isEmpty)
        // Dropped unwaited: the thread is left to end on its own.
        _ = BackgroundParse([.init(Self.xml(10), part: "p", into: Counter(), limits: .standard)])
    }
}
