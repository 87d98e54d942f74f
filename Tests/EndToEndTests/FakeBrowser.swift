import Foundation

/// A scratch directory with a document and a fake browser that records how it was
/// started, for the tests of `o` (set `BROWSER` to `browser`).
struct FakeBrowser {
    let directory: String
    let document: String
    var browser: String { directory + "/fake-browser" }
    var record: String { directory + "/record" }

    init(documentName: String, bytes: [UInt8]) throws {
        directory = NSTemporaryDirectory() + "kv-url-\(UInt64.random(in: 0...UInt64.max))"
        document = directory + "/" + documentName
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: document))
        // One line each: the arguments, where stdin, stdout and stderr point, and whether the
        // process leads its own session (setsid), written once it has all of them.
        let script = """
            #!/bin/sh
            in=$(readlink /proc/$$/fd/0)
            out=$(readlink /proc/$$/fd/1)
            err=$(readlink /proc/$$/fd/2)
            {
            printf '%s|' "$@"; echo
            echo "$in"
            echo "$out"
            echo "$err"
            awk '{ print ($6 == $1) ? "session-leader" : "same-session" }' /proc/$$/stat
            } > "\(record).tmp"
            mv "\(record).tmp" "\(record)"
            """
        try script.write(toFile: browser, atomically: true, encoding: .utf8)
        chmod(browser, 0o755)
    }

    /// Generous, as a safety net only: once, with four builds running, the fake
    /// browser (a shell, readlink and awk) took longer than 10 s to write its record.
    func waitForRecord() throws -> [String] {
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: record, encoding: .utf8) {
                return text.components(separatedBy: "\n")
            }
            usleep(50_000)
        }
        throw TmuxSession.Failure(description: "the fake browser never ran")
    }

    func remove() { try? FileManager.default.removeItem(atPath: directory) }
}
