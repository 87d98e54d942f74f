import KamervragenKit

#if canImport(Glibc)
import Glibc
#endif

/// Re-opening a library without waiting for its files: the library view shows the list
/// from the index as it is (`openIndexed`), and brings the index up to date with the files
/// after the first screen (`update`), in steps between keys.
extension Library {
    /// The library of `paths` from its index alone, its files not looked at: nil when
    /// there is no usable index yet (never opened, damaged, of another schema version, a
    /// path that does not exist), for the caller to `open` it the ordinary way.
    package static func openIndexed(_ paths: [String], options: Options = Options()) -> Library? {
        var roots: [String] = []
        for given in paths {
            guard let resolved = LibraryFiles.resolve(given) else { return nil }
            if !roots.contains(resolved) { roots.append(resolved) }
        }
        guard !roots.isEmpty, let directory = options.cacheDirectory ?? CacheLocation.directory() else { return nil }
        let file = CacheLocation.indexFile(forRoots: roots, in: directory)
        // Only an index that is there: opening creates one, and a new index has nothing to show.
        guard access(file, R_OK | W_OK) == 0, LibraryStore.schemaVersion(file: file) == Schema.version,
              let store = try? LibraryStore(file: file),
              let count = try? store.db.integer("SELECT count(*) FROM documents WHERE problem IS NULL"),
              count > 0 else { return nil }
        return Library(store: store, files: LibraryFiles(roots: roots, files: [], skipped: 0), report: IndexingReport(),
                       paths: paths)
    }

    /// What one step of `update` did.
    package enum UpdateStep: Sendable {
        /// Another instance is indexing this library, or the step's time ran out: more to do.
        case more
        /// The index matches the files; the report of every step since the first.
        case done(IndexingReport)
    }

    /// Walks the files and indexes what changed since the index was written, as `open`
    /// does before it returns, for at most about `budget` (a step stops at the next file
    /// after it; the next step walks again and goes on). Never waits for another
    /// instance: while one indexes, the step says `.more`.
    package func update(budget: Duration, options: Options = Options()) throws(LibraryError) -> UpdateStep {
        guard let file = store.file else { return .done(updates) }
        let lock = IndexLock(file: file + ".lock")
        defer { lock.release() }
        switch lock.acquire(shouldStop: { true }, waiting: {}) {
        case .acquired: break
        case .interrupted:
            // Not a busy loop while the other instance works: the view asks again at once.
            usleep(20_000)
            return .more
        case .failed(let e): throw LibraryError(.index, Catalogue.Library.indexUnusable.text(file, LibraryFiles.errnoText(e)))
        }
        let files = try LibraryFiles.discover(paths)
        var indexer = options.indexer
        let deadline = ContinuousClock.now + budget
        let stop = indexer.shouldStop
        indexer.shouldStop = { stop() || ContinuousClock.now >= deadline }
        let step: IndexingReport
        do {
            step = try indexer.run(files, into: store)
        } catch {
            throw LibraryError(.index, Catalogue.Library.indexUnusable.text(file, Self.reason(error)))
        }
        self.files = files
        updates.add(step)
        return step.interrupted ? .more : .done(updates)
    }
}

extension IndexingReport {
    /// Counts another run's changes in.
    mutating func add(_ r: IndexingReport) {
        indexed += r.indexed
        touched += r.touched
        moved += r.moved
        removed += r.removed
        problems += r.problems
        deferred += r.deferred
        unchanged = r.unchanged
        skipped = r.skipped
        interrupted = r.interrupted
        seconds += r.seconds
    }

    /// Something in the list may read differently: a document added, changed, moved or gone.
    package var changesTheList: Bool { indexed + moved + removed + problems > 0 }
}

extension LibraryStore {
    /// The schema version of an index file, read without changing it; nil when it cannot be read.
    static func schemaVersion(file: String) -> Int64? {
        guard let db = try? SQLiteConnection(path: file, readOnly: true), let version = try? db.integer("PRAGMA user_version") else {
            return nil
        }
        return version
    }
}
