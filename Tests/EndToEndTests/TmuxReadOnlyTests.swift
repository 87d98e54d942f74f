import Foundation
import Testing

/// The browser never writes to the file it shows, nor beside it, nor to the cache: after
/// a session that uses every pane and prompt (search, notes, a link opened, contents,
/// help), the document's bytes, its modification and change times, its folder and the
/// cache folder are as they were.
struct TmuxReadOnlyTests {
    @Test func aBrowsingSessionLeavesTheDocumentItsFolderAndTheCacheUntouched() throws {
        let root = NSTemporaryDirectory() + "kv-readonly-\(UInt64.random(in: 0...UInt64.max))"
        let folder = root + "/docs", cache = root + "/cache"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: cache, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let file = folder + "/vragen.txt"
        try FileManager.default.copyItem(atPath: Seed.path, toPath: file)
        let before = try FileState(file)
        let folderBefore = try FileManager.default.contentsOfDirectory(atPath: folder)

        // `true` as the browser: `o` starts a program, which succeeds and opens nothing.
        let tmux = try TmuxSession(TmuxSession.command(
            [file], environment: ["BROWSER": "true", "XDG_CACHE_HOME": cache, "HOME": root]))
        defer { tmux.close() }
        try tmux.waitFor(text: "Vraag 1/9")
        try tmux.send("/")
        try tmux.type("bericht")
        try tmux.send("Enter", "n", "f", "Tab", "o", "Escape", "t", "Escape", "h", "q")
        try tmux.waitFor(text: "Vraag")
        try tmux.send("q")
        try tmux.waitFor("the browser to exit") { _ in (try? tmux.paneIsDead) == true }

        #expect(try FileState(file) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == folderBefore)
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache).isEmpty)
    }
}

/// What a write to a file would change: its bytes, size, inode, and modification and
/// status-change times to the nanosecond.
struct FileState: Equatable {
    var bytes: Data
    var inode: UInt64
    var modified: [Int]
    var changed: [Int]

    init(_ path: String) throws {
        var s = stat()
        guard stat(path, &s) == 0 else { throw TmuxSession.Failure(description: "cannot stat \(path)") }
        bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        inode = UInt64(s.st_ino)
        modified = [s.st_mtim.tv_sec, s.st_mtim.tv_nsec]
        changed = [s.st_ctim.tv_sec, s.st_ctim.tv_nsec]
    }
}
