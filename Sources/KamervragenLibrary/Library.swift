#if canImport(Glibc)
import Glibc
#endif

/// A library: the documents under some folders and files, and their index brought up to
/// date. What the `search` and `list` commands and the library view open.
///
/// Opening never fails for the cache's sake: a damaged index is rebuilt, and a cache
/// folder that cannot be written (read-only, full, missing `HOME`) gives an in-memory
/// index for this run; both with a notice. Only paths that do not exist, or an index
/// that fails even after a rebuild, are errors.
package final class Library {
    package let store: LibraryStore
    package let files: LibraryFiles
    package let report: IndexingReport

    package struct Options: Sendable {
        /// The cache folder; nil: `$XDG_CACHE_HOME/kamervragen`, else `~/.cache/kamervragen`.
        package var cacheDirectory: String?
        package var indexer = Indexer()
        package init(cacheDirectory: String? = nil) { self.cacheDirectory = cacheDirectory }
    }

    private init(store: LibraryStore, files: LibraryFiles, report: IndexingReport) {
        self.store = store
        self.files = files
        self.report = report
    }

    /// Finds the files, opens (or rebuilds, or falls back from) the index and indexes what
    /// changed. `notice` gets one-line messages for the user (a rebuild, the in-memory
    /// fallback, waiting for another instance); `progress` is called while indexing.
    package static func open(_ paths: [String], options: Options = Options(),
                             notice: (String) -> Void = { _ in },
                             progress: (IndexingProgress) -> Void = { _ in }) throws(LibraryError) -> Library {
        let files = try LibraryFiles.discover(paths)
        guard let directory = options.cacheDirectory ?? CacheLocation.directory() else {
            notice("no cache folder (neither XDG_CACHE_HOME nor HOME is set): using an in-memory index")
            return try inMemory(files, options, progress)
        }
        if let e = CacheLocation.makeDirectory(directory) {
            notice("cannot create the cache folder \(directory) (\(LibraryFiles.errnoText(e))): using an in-memory index")
            return try inMemory(files, options, progress)
        }
        let file = CacheLocation.indexFile(forRoots: files.roots, in: directory)
        let lock = IndexLock(file: file + ".lock")
        defer { lock.release() }
        switch lock.acquire(shouldStop: options.indexer.shouldStop, waiting: {
            notice("waiting for another kamervragen that is indexing this library…")
        }) {
        case .acquired: break
        case .interrupted: throw LibraryError(.interrupted, "interrupted while waiting for another kamervragen")
        case .failed(let e):
            notice("cannot write in the cache folder \(directory) (\(LibraryFiles.errnoText(e))): using an in-memory index")
            return try inMemory(files, options, progress)
        }
        var rebuilt = false
        while true {
            do {
                let store = try LibraryStore(file: file)
                let report = try options.indexer.run(files, into: store, progress: progress)
                return Library(store: store, files: files, report: report)
            } catch where error.isCorruption && !rebuilt {
                notice("the index \(file) was damaged (\(Self.reason(error))): rebuilding it")
                LibraryStore.remove(file: file)
                rebuilt = true
            } catch where error.isUnwritable {
                notice("cannot write the index \(file) (\(Self.reason(error))): using an in-memory index")
                return try inMemory(files, options, progress)
            } catch {
                throw LibraryError(.index, "the index \(file) cannot be used (\(Self.reason(error)))")
            }
        }
    }

    private static func inMemory(_ files: LibraryFiles, _ options: Options,
                                 _ progress: (IndexingProgress) -> Void) throws(LibraryError) -> Library {
        do {
            let store = try LibraryStore(file: nil)
            let report = try options.indexer.run(files, into: store, progress: progress)
            return Library(store: store, files: files, report: report)
        } catch {
            throw LibraryError(.index, "the in-memory index failed (\(Self.reason(error)))")
        }
    }

    /// A few words for what went wrong with the index file, not SQLite's message.
    static func reason(_ e: SQLiteError) -> String {
        switch e.primary {
        case 11: "damaged pages"                       // SQLITE_CORRUPT
        case 26: "not an index file"                   // SQLITE_NOTADB
        case 13: "the disk is full"                    // SQLITE_FULL
        case 8: "read-only"                            // SQLITE_READONLY
        case 14: "cannot open it"                      // SQLITE_CANTOPEN
        case 3, 23: "permission denied"                // SQLITE_PERM, SQLITE_AUTH
        case 10: "an input/output error"               // SQLITE_IOERR
        case 5, 6: "locked by another program too long" // SQLITE_BUSY, SQLITE_LOCKED
        default: "SQLite error \(e.code)"
        }
    }

    // MARK: Reading the library

    package func documents() throws(SQLiteError) -> [LibraryDocument] { try store.documents() }

    package func search(_ query: LibraryQuery, limit: Int? = nil) throws -> SearchResults {
        try store.search(query, limit: limit)
    }
}

/// One indexing process per library at a time: the second waits (saying so) and then
/// finds everything up to date. `flock` is let go by the kernel when a process dies, so
/// a killed indexer never leaves the library locked.
struct IndexLock {
    private let fd: Int32
    private let openError: Int32

    init(file: String) {
        fd = open(file, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        openError = fd < 0 ? errno : 0
    }

    enum Outcome { case acquired, interrupted, failed(Int32) }

    func acquire(shouldStop: () -> Bool, waiting: () -> Void) -> Outcome {
        guard fd >= 0 else { return .failed(openError) }
        if flock(fd, LOCK_EX | LOCK_NB) == 0 { return .acquired }
        waiting()
        // Polled rather than blocking, so Ctrl-C can end the wait.
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            if errno != EWOULDBLOCK && errno != EINTR { return .failed(errno) }
            if shouldStop() { return .interrupted }
            usleep(50_000)
        }
        return .acquired
    }

    func release() {
        if fd >= 0 { close(fd) }
    }
}
