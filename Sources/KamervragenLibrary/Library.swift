import KamervragenKit

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
    package internal(set) var files: LibraryFiles
    package let report: IndexingReport
    /// The paths as given, to walk again (`update`).
    let paths: [String]
    /// What the updates after `openIndexed` did, added up.
    var updates = IndexingReport()

    package struct Options: Sendable {
        /// The cache folder; nil: `$XDG_CACHE_HOME/kamervragen`, else `~/.cache/kamervragen`.
        package var cacheDirectory: String?
        package var indexer = Indexer()
        package init(cacheDirectory: String? = nil) { self.cacheDirectory = cacheDirectory }
    }

    init(store: LibraryStore, files: LibraryFiles, report: IndexingReport, paths: [String]) {
        self.store = store
        self.files = files
        self.report = report
        self.paths = paths
    }

    /// Finds the files, opens (or rebuilds, or falls back from) the index and indexes what
    /// changed. `notice` gets one-line messages for the user (a rebuild, the in-memory
    /// fallback, waiting for another instance); `progress` is called while indexing.
    package static func open(_ paths: [String], options: Options = Options(),
                             notice: (String) -> Void = { _ in },
                             progress: (IndexingProgress) -> Void = { _ in }) throws(LibraryError) -> Library {
        let files = try LibraryFiles.discover(paths)
        guard let directory = options.cacheDirectory ?? CacheLocation.directory() else {
            notice(Catalogue.Library.noCacheFolder.text())
            return try inMemory(files, paths, options, progress)
        }
        if let e = CacheLocation.makeDirectory(directory) {
            notice(Catalogue.Library.cannotCreateCache.text(directory, LibraryFiles.errnoText(e)))
            return try inMemory(files, paths, options, progress)
        }
        let file = CacheLocation.indexFile(forRoots: files.roots, in: directory)
        let lock = IndexLock(file: file + ".lock")
        defer { lock.release() }
        switch lock.acquire(shouldStop: options.indexer.shouldStop, waiting: {
            notice(Catalogue.Library.waitingForOther.text())
        }) {
        case .acquired: break
        case .interrupted: throw LibraryError(.interrupted, Catalogue.Library.interruptedWaiting.text())
        case .failed(let e):
            notice(Catalogue.Library.cannotWriteCache.text(directory, LibraryFiles.errnoText(e)))
            return try inMemory(files, paths, options, progress)
        }
        var rebuilt = false
        while true {
            do {
                let store = try LibraryStore(file: file)
                let report = try options.indexer.run(files, into: store, progress: progress)
                return Library(store: store, files: files, report: report, paths: paths)
            } catch where error.isCorruption && !rebuilt {
                notice(Catalogue.Library.indexDamaged.text(file, Self.reason(error)))
                LibraryStore.remove(file: file)
                rebuilt = true
            } catch where error.isUnwritable {
                notice(Catalogue.Library.cannotWriteIndex.text(file, Self.reason(error)))
                return try inMemory(files, paths, options, progress)
            } catch {
                throw LibraryError(.index, Catalogue.Library.indexUnusable.text(file, Self.reason(error)))
            }
        }
    }

    private static func inMemory(_ files: LibraryFiles, _ paths: [String], _ options: Options,
                                 _ progress: (IndexingProgress) -> Void) throws(LibraryError) -> Library {
        do {
            let store = try LibraryStore(file: nil)
            let report = try options.indexer.run(files, into: store, progress: progress)
            return Library(store: store, files: files, report: report, paths: paths)
        } catch {
            throw LibraryError(.index, Catalogue.Library.memoryIndexFailed.text(Self.reason(error)))
        }
    }

    /// A few words for what went wrong with the index file, not SQLite's message.
    static func reason(_ e: SQLiteError) -> String {
        typealias L = Catalogue.Library
        switch e.primary {
        case 11: return L.reasonDamaged.text()          // SQLITE_CORRUPT
        case 26: return L.reasonNotAnIndex.text()       // SQLITE_NOTADB
        case 13: return L.reasonDiskFull.text()         // SQLITE_FULL
        case 8: return L.reasonReadOnly.text()          // SQLITE_READONLY
        case 14: return L.reasonCannotOpen.text()       // SQLITE_CANTOPEN
        case 3, 23: return L.permissionDenied.text()    // SQLITE_PERM, SQLITE_AUTH
        case 10: return L.reasonInputOutput.text()      // SQLITE_IOERR
        case 5, 6: return L.reasonLocked.text()         // SQLITE_BUSY, SQLITE_LOCKED
        default: return L.reasonOther.text(String(e.code))
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
