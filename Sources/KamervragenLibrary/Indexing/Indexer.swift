import KamervragenKit
import Synchronization

/// Brings a library's index up to date with its files.
///
/// A file is read again only when its size or modification time changed, and parsed
/// again only when its content hash changed too; a file renamed or moved keeps its entry;
/// files gone from the folders leave the index. Reading and parsing run on every
/// processor (the parser is pure; a PDF's `pdftotext` runs in its own process per
/// thread), and one thread writes, a few hundred documents per transaction, so a run
/// stopped at any point leaves whole documents behind and the next run continues.
package struct Indexer: Sendable {
    package var threads = WorkerThread.processorCount
    /// Asked before each file and between transactions; true stops the run early.
    package var shouldStop: @Sendable () -> Bool = { false }
    /// A transaction is written after this many documents (or a second, or 16 MB of
    /// text, whichever comes first).
    package var batchSize = 200

    package init() {}

    /// Indexes `files` into `store`; `progress` is called on this thread after each file.
    /// The stages: compare the files with the stored entries (`Plan`), read and parse
    /// what changed on the worker threads while this thread writes their outcomes in
    /// batches (`index`), then remove the entries of files gone.
    package func run(_ files: LibraryFiles, into store: LibraryStore,
                     progress: (IndexingProgress) -> Void = { _ in }) throws(SQLiteError) -> IndexingReport {
        let clock = ContinuousClock()
        let started = clock.now
        var report = IndexingReport()
        report.skipped = files.skipped
        var plan = Plan(files, stored: try store.storedFiles(), report: &report)
        var batch = Batch(store: store, size: batchSize, clock: clock)
        if !plan.todo.isEmpty {
            let total = plan.todo.count
            try index(&plan, into: &batch, report: &report) { done, bytes in
                progress(IndexingProgress(done: done, total: total, bytes: bytes, seconds: (clock.now - started).seconds))
            }
        }
        for (id, _) in plan.gone { batch.changes.append(.remove(id: id)) }
        report.removed = plan.gone.count
        try batch.flush()
        report.seconds = (clock.now - started).seconds
        return report
    }

    /// What a run has to do: the files new or changed in size or time, and the entries
    /// whose files are gone.
    private struct Plan {
        var todo: [Job] = []
        /// Content hashes of the entries gone, by id.
        var gone: [Int64: String] = [:]
        /// A new file with a gone entry's content is taken as that file moved.
        var goneByHash: [String: Int64] = [:]

        init(_ files: LibraryFiles, stored: [String: LibraryStore.StoredFile], report: inout IndexingReport) {
            var present = Set<String>()
            for f in files.files {
                present.insert(f.path)
                if let s = stored[f.path], s.size == f.size, s.mtime == f.mtime {
                    report.unchanged += 1
                } else {
                    todo.append(Job(path: f.path, stored: stored[f.path]))
                }
            }
            for (path, s) in stored where !present.contains(path) {
                gone[s.id] = s.hash
                if goneByHash[s.hash] == nil { goneByHash[s.hash] = s.id }
            }
        }
    }

    /// Changes waiting to be written in one transaction.
    private struct Batch {
        let store: LibraryStore
        let size: Int
        let clock: ContinuousClock
        var changes: [LibraryStore.Change] = []
        var bytes = 0
        var lastWrite: ContinuousClock.Instant

        init(store: LibraryStore, size: Int, clock: ContinuousClock) {
            self.store = store
            self.size = size
            self.clock = clock
            lastWrite = clock.now
        }

        /// `size` documents, 16 MiB of text, or a second since the last write.
        var isDue: Bool {
            changes.count >= size || bytes >= 16 << 20 || (!changes.isEmpty && (clock.now - lastWrite).seconds >= 1)
        }

        mutating func flush() throws(SQLiteError) {
            guard !changes.isEmpty else { return }
            try store.apply(changes)
            changes.removeAll(keepingCapacity: true)
            bytes = 0
            lastWrite = clock.now
        }
    }

    /// Reads and parses the plan's files on the worker threads; their outcomes are written
    /// here, in batches. After a failed write the workers are stopped, and the rest of
    /// what they made is only counted. `progress` is told how many files are done and
    /// the bytes read so far.
    private func index(_ plan: inout Plan, into batch: inout Batch, report: inout IndexingReport,
                       progress: (_ done: Int, _ bytes: Int64) -> Void) throws(SQLiteError) {
        let work = Work(jobs: plan.todo, goneByHash: plan.goneByHash, shouldStop: shouldStop)
        let channel = Channel<Outcome>(capacity: 4 * threads, producers: threads)
        let workers = startWorkers(work, count: min(threads, plan.todo.count), channel: channel)
        var done = 0
        var failure: SQLiteError?
        loop: while true {
            switch channel.take(waitingMilliseconds: 100) {
            case .finished: break loop
            case .timedOut: break
            case .item(let outcome):
                done += 1
                if failure == nil { record(outcome, work: work, gone: &plan.gone, batch: &batch, report: &report) }
            }
            progress(done, report.bytes)
            guard failure == nil, batch.isDue else { continue }
            do { try batch.flush() } catch {
                failure = error
                work.stop()
            }
        }
        for w in workers { w.join() }
        if let failure { throw failure }
        report.interrupted = work.wasStopped
    }

    /// `count` threads taking jobs from `work` until none is left; the other producers
    /// the channel waits for are counted finished at once.
    private func startWorkers(_ work: Work, count: Int, channel: Channel<Outcome>) -> [WorkerThread] {
        var workers: [WorkerThread] = []
        for _ in 0..<count {
            workers.append(WorkerThread {
                while let job = work.next() { channel.put(work.process(job)) }
                channel.producerFinished()
            })
        }
        for _ in count..<threads { channel.producerFinished() }
        return workers
    }

    /// One outcome into the batch and the report.
    private func record(_ outcome: Outcome, work: Work, gone: inout [Int64: String], batch: inout Batch,
                        report: inout IndexingReport) {
        var o = outcome
        // A claimed move whose old entry another file already took is parsed here instead
        // (two copies of one moved file).
        if case .move(let job, let read, let hash, let id) = o {
            if gone[id] != nil { gone[id] = nil } else { o = work.parse(job, read, hash) }
        }
        let (change, bytes) = o.change(into: &report)
        report.bytes += Int64(bytes)
        if let change {
            batch.changes.append(change)
            batch.bytes += bytes
        }
    }

    struct Job: Sendable {
        var path: String
        var stored: LibraryStore.StoredFile?
    }

    /// What a worker made of one file.
    enum Outcome: Sendable {
        case parsed(LibraryStore.DocumentColumns, [Passage], bytes: Int)
        case problem(path: String, stamp: FileStamp, String)
        case touched(id: Int64, stamp: FileStamp)
        /// The content of a file gone from the library: maybe that file moved here.
        case move(Job, FileRead, String, id: Int64)
        /// Not indexed now, for a reason outside the file; tried again next time.
        case deferred(path: String, String)

        /// The index change, and the bytes read; counts the outcome in the report.
        func change(into report: inout IndexingReport) -> (LibraryStore.Change?, Int) {
            switch self {
            case .parsed(let columns, let passages, let bytes):
                report.indexed += 1
                return (.document(columns, passages), bytes)
            case .problem(let path, let stamp, let message):
                report.problems += 1
                return (.problem(path: path, stamp: stamp, message), Int(stamp.size))
            case .touched(let id, let stamp):
                report.touched += 1
                return (.touch(id: id, stamp: stamp), Int(stamp.size))
            case .move(let job, let read, let hash, let id):
                report.moved += 1
                return (.move(id: id, path: job.path, stamp: FileStamp(size: read.size, mtime: read.mtime, hash: hash)), 0)
            case .deferred(let path, let message):
                report.deferred.append(IndexingReport.Deferred(path: path, message: message))
                return (nil, 0)
            }
        }
    }

    /// The shared list of files to read and the workers' common state.
    final class Work: Sendable {
        let jobs: [Job]
        let goneByHash: [String: Int64]
        let shouldStop: @Sendable () -> Bool
        private let nextJob = Atomic<Int>(0)
        private let stopped = Atomic<Bool>(false)

        init(jobs: [Job], goneByHash: [String: Int64], shouldStop: @escaping @Sendable () -> Bool) {
            self.jobs = jobs
            self.goneByHash = goneByHash
            self.shouldStop = shouldStop
        }

        func next() -> Job? {
            if stopped.load(ordering: .relaxed) { return nil }
            if shouldStop() {
                stopped.store(true, ordering: .relaxed)
                return nil
            }
            let k = nextJob.wrappingAdd(1, ordering: .relaxed).oldValue
            return k < jobs.count ? jobs[k] : nil
        }

        func stop() { stopped.store(true, ordering: .relaxed) }

        var wasStopped: Bool { stopped.load(ordering: .relaxed) }

        func process(_ job: Job) -> Outcome {
            let read: FileRead
            do {
                read = try FileRead.read(job.path)
            } catch {
                let stamp = FileStamp(size: -1, mtime: -1, hash: "")
                switch error {
                case .open(let e), .read(let e): return .problem(path: job.path, stamp: stamp, LibraryFiles.errnoText(e))
                case .notAFile: return .problem(path: job.path, stamp: stamp, Catalogue.Library.notAFile.text())
                }
            }
            let hash = ContentHash.hex(ContentHash.of(read.bytes))
            let stamp = FileStamp(size: read.size, mtime: read.mtime, hash: hash)
            if let stored = job.stored, stored.hash == hash { return .touched(id: stored.id, stamp: stamp) }
            if job.stored == nil, let id = goneByHash[hash] { return .move(job, read, hash, id: id) }
            return parse(job, read, hash)
        }

        func parse(_ job: Job, _ read: FileRead, _ hash: String) -> Outcome {
            let stamp = FileStamp(size: read.size, mtime: read.mtime, hash: hash)
            let count = read.bytes.count
            do {
                let document = try DocumentLoader.parse(bytes: read.bytes, source: job.path)
                let made = DocumentRecords.make(document, path: job.path)
                let columns = LibraryStore.DocumentColumns(path: job.path, stamp: stamp, row: made.row, problem: nil)
                return .parsed(columns, made.passages, bytes: count)
            } catch {
                switch error.kind {
                case .unavailable, .helperFailed: return .deferred(path: job.path, error.message)
                case .cannotOpen, .badData: return .problem(path: job.path, stamp: stamp, error.message)
                }
            }
        }
    }
}

extension Duration {
    var seconds: Double {
        let c = components
        return Double(c.seconds) + Double(c.attoseconds) / 1e18
    }
}
