import Foundation
import Testing

/// `search` and `list` as scripts use them: output, exit codes, the cache, and runs that
/// are interrupted or cannot write their cache.
@Suite struct CLILibraryTests {
    /// A library of the bundled documents (seeds/library) in a scratch folder, with the
    /// cache beside it (XDG_CACHE_HOME).
    final class Scratch {
        let root: URL
        var library: String { root.appendingPathComponent("library").path }
        var cache: String { root.appendingPathComponent("cache").path }
        /// English messages whatever the machine's locale; one test asks for Dutch.
        var environment: [String: String] { ["XDG_CACHE_HOME": cache, "LC_ALL": "C.UTF-8"] }

        init(copyBundled: Bool = true) throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("kamervragen-lib-cli-\(UUID().uuidString)")
            try FileManager.default.createDirectory(atPath: root.appendingPathComponent("library").path, withIntermediateDirectories: true)
            if copyBundled {
                let bundled = Binary.packageRoot.appendingPathComponent("seeds/library")
                for name in try FileManager.default.contentsOfDirectory(atPath: bundled.path) {
                    try FileManager.default.copyItem(at: bundled.appendingPathComponent(name), to: URL(fileURLWithPath: library).appendingPathComponent(name))
                }
            }
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        func run(_ arguments: [String], timeout: Double = 120, launcher: [String] = []) throws -> Binary.Result {
            try Binary.run(arguments, environment: environment, timeout: timeout, launcher: launcher, directory: root.path)
        }

        /// `count` small documents, each with the word `gedeelde` once in a question and
        /// once in an answer, a word of its own, and `round` in its answer.
        func generate(_ count: Int, round: Int = 0) throws {
            for n in 1...count {
                try Data(Self.document(n, round: round).utf8).write(to: URL(fileURLWithPath: library).appendingPathComponent("gen\(n).txt"))
            }
        }

        static func document(_ n: Int, round: Int) -> String {
            """
            AH \(n)
            2024Z\(20000 + n)
            Antwoord van minister Van Weel (Justitie en Veiligheid) (ontvangen \(1 + n % 28) oktober 2024)

            Vraag 1
            Wat vindt u van het gedeelde bericht over uniekwoord\(n)?

            Antwoord op vraag 1
            Het gedeelde bericht is bekend in ronde\(round). \(String(repeating: "De Kamer wordt geïnformeerd over de voortgang. ", count: 40))

            Vraag 2
            Kunt u deze vragen beantwoorden?

            Antwoord op vraag 2
            Ja.
            """
        }
    }

    @Test func searchPrintsOneHitALineGrepStyleAndExitsZero() throws {
        let s = try Scratch()
        let r = try s.run(["search", "creeren", "library"])
        CLI.expectNoCrash(r)
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stderr.isEmpty, "stderr: \(r.stderr)")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count >= 2)
        for line in lines {
            #expect(line.hasPrefix("library/ah-tk-"), "\(line)")
            let parts = line.split(separator: ":", maxSplits: 2)
            #expect(parts.count == 3)
            #expect(parts[1].hasPrefix("Vraag ") || parts[1].hasPrefix("Antwoord") || parts[1].hasPrefix("Note"))
            #expect(parts[2].lowercased().contains("creëren"))
        }
        #expect(lines.contains { $0.hasPrefix("library/ah-tk-20232024-1197.txt:Vraag 5: ") })
    }

    @Test func searchWithoutHitsExitsOneAndPrintsNothing() throws {
        let s = try Scratch()
        let r = try s.run(["search", "zandzuigerxyz", "library"])
        CLI.expectNoCrash(r)
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty && r.stderr.isEmpty)
    }

    @Test func searchJSONIsOneObjectALine() throws {
        let s = try Scratch()
        let r = try s.run(["search", "--json", "conducteur", "library"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        let objects = try lines.map { try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(objects.map { $0["label"] as? String } == ["Vraag 1", "Noot 1"])
        #expect(objects.map { $0["kind"] as? String } == ["vraag", "noot"])
        #expect(objects.allSatisfy { $0["id"] as? String == "ah-tk-20232024-1949" && $0["file"] as? String == "library/ah-tk-20232024-1949.pdf" })
        for o in objects {
            let snippet = try #require(o["snippet"] as? String)
            let matches = try #require(o["matches"] as? [[Int]])
            let chars = Array(snippet)
            #expect(matches.map { String(chars[$0[0]..<$0[1]]).lowercased() } == ["conducteur"])
        }
        #expect(Set(objects.compactMap { $0["rank"] as? Int }) == [1, 2])
    }

    @Test func aQueryThatCannotRunIsOneLineAndExit64() throws {
        let s = try Scratch()
        for q in ["\"open", "(a", "-alleen", "party:VVD", "x from:gisteren"] {
            // "--": a query starting with a dash is not an option.
            let r = try s.run(["search", "--", q, "library"])
            CLI.expectNoCrash(r)
            #expect(r.status == 64, "\(q): \(r.status) \(r.stderr)")
            #expect(r.stderr.hasPrefix("kamervragen: query: ") && r.stderr.split(separator: "\n").count == 1, "\(r.stderr)")
            #expect(!r.stderr.lowercased().contains("sqlite") && !r.stderr.contains("fts5"))
        }
        // Engine syntax and SQL are text: they find nothing, they do not fail.
        for q in ["NEAR(kamer brief)", "'; DROP TABLE documents; --", "kamer*brief", "{body}: kamer"] {
            let r = try s.run(["search", q, "library"])
            #expect(r.status == 0 || r.status == 1, "\(q): \(r.stderr)")
        }
        #expect(try s.run(["list", "library"]).stdout.split(separator: "\n").count == 10)
    }

    @Test func messagesAreDutchInADutchLocale() throws {
        let s = try Scratch()
        let r = try Binary.run(["search", "\"open", "library"], environment: s.environment.merging(["LC_ALL": "nl_NL.UTF-8"]) { _, new in new },
                               directory: s.root.path)
        #expect(r.status == 64)
        #expect(r.stderr == "kamervragen: zoekvraag: een aanhalingsteken is niet gesloten: sluit de woordgroep af met \"\n")
    }

    @Test func aMissingPathIsExit66() throws {
        let s = try Scratch()
        let r = try s.run(["search", "kamer", "nergens"])
        CLI.expectOneLineError(r, code: 66, naming: "nergens")
        let l = try s.run(["list"])
        #expect(l.status == 64)
    }

    @Test func listPrintsTheRowsAsTextTSVAndJSON() throws {
        let s = try Scratch()
        let text = try s.run(["list", "library"])
        #expect(text.status == 0)
        let lines = text.stdout.split(separator: "\n")
        #expect(lines.count == 10)
        #expect(lines.first?.hasPrefix("2024-11-20") == true)
        #expect(lines.last?.hasPrefix("2014-11-26  nr. 698") == true)
        #expect(lines.contains { $0.contains("Tjeerd de Groot, Sneller (D66) → Minister Adriaansens") })

        let tsv = try s.run(["list", "--tsv", "library"])
        let rows = tsv.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(rows.first?.map(String.init) == ["id", "date", "sent", "received", "number", "case", "askers", "parties", "answered_by", "subject", "questions", "answered", "notes", "file"])
        #expect(rows.count == 11)
        #expect(rows.allSatisfy { $0.count == 14 })
        let r1031 = try #require(rows.first { $0[0] == "ah-tk-20232024-1031" })
        #expect(r1031[7] == "D66" && r1031[10] == "16" && r1031[13] == "library/ah-tk-20232024-1031.txt")

        let json = try s.run(["list", "--json", "library"])
        let objects = try json.stdout.split(separator: "\n").map { try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(objects.count == 10)
        #expect(objects.contains { $0["id"] as? String == "ah-tk-20232024-1949" && $0["questions"] as? Int == 5 })
    }

    @Test func theIndexIsInTheCacheAndTheSecondRunReadsNothing() throws {
        let s = try Scratch()
        _ = try s.run(["list", "library"])
        let dir = s.cache + "/kamervragen"
        let files = try FileManager.default.contentsOfDirectory(atPath: dir)
        #expect(files.contains { $0.hasPrefix("library-") && $0.hasSuffix(".sqlite") })
        #expect(try FileManager.default.attributesOfItem(atPath: dir)[.posixPermissions] as? Int == 0o700)
        // Nothing was written beside the documents.
        #expect(try FileManager.default.contentsOfDirectory(atPath: s.library).count == 10)
        // An unreadable file later: the others are not read again, the index says so.
        try Data("geen vragen".utf8).write(to: URL(fileURLWithPath: s.library).appendingPathComponent("kapot.txt"))
        let r = try s.run(["list", "library"])
        #expect(r.status == 0)
        #expect(r.stderr == "kamervragen: 1 file is not readable as documents (kamervragen list --problems names them)\n")
        let p = try s.run(["list", "--problems", "library"])
        #expect(p.stdout.hasPrefix("library/kapot.txt: "))
    }

    @Test func aReadOnlyCacheFallsBackToAnInMemoryIndexWithAWarning() throws {
        let s = try Scratch()
        try FileManager.default.createDirectory(atPath: s.cache, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: s.cache)
        // Root ignores permission bits: run the binary as nobody then.
        var launcher: [String] = []
        if getuid() == 0 {
            launcher = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: s.root.path)
        }
        let r = try s.run(["search", "conducteur", "library"], launcher: launcher)
        CLI.expectNoCrash(r)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.split(separator: "\n").count == 2)
        #expect(r.stderr.contains("using an in-memory index") && r.stderr.contains(s.cache))
        #expect(r.stderr.split(separator: "\n").count == 1)
    }

    @Test func aCorruptIndexIsRebuiltWithAMessage() throws {
        let s = try Scratch()
        _ = try s.run(["list", "library"])
        let dir = s.cache + "/kamervragen"
        let index = try #require(FileManager.default.contentsOfDirectory(atPath: dir).first { $0.hasSuffix(".sqlite") })
        try Data(repeating: 0x41, count: 20_000).write(to: URL(fileURLWithPath: dir + "/" + index))
        let r = try s.run(["search", "conducteur", "library"])
        #expect(r.status == 0)
        #expect(r.stdout.split(separator: "\n").count == 2)
        #expect(r.stderr.contains("was damaged") && r.stderr.contains("rebuilding"))
        #expect(!r.stderr.lowercased().contains("sqlite error") && !r.stderr.contains("malformed"))
    }

    /// The indexer killed with SIGKILL at random points while it re-indexes every file:
    /// each next run finds a consistent index (no rebuild), carries on, and ends with each
    /// document exactly once and as it is now.
    @Test func killedAtRandomPointsTheNextRunContinues() throws {
        let s = try Scratch(copyBundled: false)
        let count = 400
        try s.generate(count)
        _ = try s.run(["list", s.library])
        var generator = SystemRandomNumberGenerator()
        for round in 1...5 {
            // Every file changes, so the killed run is replacing documents when it dies.
            try s.generate(count, round: round)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Binary.path)
            process.arguments = ["list", "--tsv", s.library]
            process.environment = ProcessInfo.processInfo.environment.merging(s.environment) { _, new in new }
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: 20_000...(150_000 + UInt32(round) * 150_000), using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let q = try s.run(["search", "--json", "ronde\(round)", s.library])
            #expect(!q.stderr.contains("damaged"), "round \(round): \(q.stderr)")
            #expect(q.status == 0)
            #expect(q.stdout.split(separator: "\n").count == count, "round \(round)")
            #expect(try s.run(["search", "ronde\(round - 1)", s.library]).status == 1, "round \(round): old text left")
            #expect(try s.run(["search", "--json", "gedeelde", s.library]).stdout.split(separator: "\n").count == 2 * count)
        }
        let list = try s.run(["list", "--tsv", s.library])
        #expect(list.status == 0)
        #expect(list.stdout.split(separator: "\n").count == count + 1)
        let one = try s.run(["search", "uniekwoord123", s.library])
        #expect(one.stdout.split(separator: "\n").count == 1)
    }

    @Test(arguments: [SIGINT, SIGTERM])
    func aSignalWhileIndexingStopsCleanlyAndTheNextRunFinishes(signal: Int32) throws {
        let s = try Scratch(copyBundled: false)
        let count = 3000
        try s.generate(count)
        let out = s.root.appendingPathComponent("out"), err = s.root.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Binary.path)
        process.arguments = ["list", s.library]
        process.environment = ProcessInfo.processInfo.environment.merging(s.environment) { _, new in new }
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        // Once the index file exists the run is indexing; 3,000 files take longer than this.
        let dir = s.cache + "/kamervragen"
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline, !((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).contains(where: { $0.hasSuffix(".sqlite") }) {
            usleep(1_000)
        }
        usleep(30_000)
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        let stdout = try String(contentsOf: out, encoding: .utf8), stderr = try String(contentsOf: err, encoding: .utf8)
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 128 + signal, "\(stderr)")
        #expect(stderr.contains("interrupted") && stderr.contains("the next run continues"), "\(stderr)")
        #expect(stderr.split(separator: "\n").count == 1, "\(stderr)")
        #expect(stdout.isEmpty)
        let next = try s.run(["list", s.library])
        #expect(next.status == 0)
        #expect(next.stderr.isEmpty, "\(next.stderr)")
        #expect(next.stdout.split(separator: "\n").count == count)
        #expect(try s.run(["search", "--json", "gedeelde", s.library]).stdout.split(separator: "\n").count == 2 * count)
    }
}
