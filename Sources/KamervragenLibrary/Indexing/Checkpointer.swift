/// Copies the write-ahead log into the index file on a thread and connection of its own
/// while the indexer writes, so the one writing thread does only the inserts.
///
/// In WAL mode every commit appends pages to the `-wal` file, and the committing
/// connection copies them into the index file (a checkpoint, with its `fsync`s) once
/// the log passes 1,000 pages. During a large run that copying is a share of the
/// writer's time that need not be on its thread: SQLite lets another connection
/// checkpoint (`PASSIVE`) while a writer goes on, so here the writer's automatic
/// checkpoints are off and this thread checkpoints after each commit instead. A crash
/// or `kill -9` at any point leaves what WAL always leaves: every committed transaction
/// is in the log or the file, and the next open recovers it.
final class Checkpointer {
    private let store: LibraryStore
    private let state: State
    private var thread: WorkerThread?

    /// Starts checkpointing an index file for `store`'s writes; nil for an in-memory
    /// index (no log), or when a second connection or a thread cannot be had (the writer
    /// then keeps checkpointing itself).
    init?(for store: LibraryStore) {
        guard let file = store.file, let connection = try? SQLiteConnection(path: file) else { return nil }
        let state = State(connection)
        guard let thread = WorkerThread(onlyOnItsOwn: { state.run() }) else { return nil }
        self.store = store
        self.state = state
        self.thread = thread
        if (try? store.db.execute("PRAGMA wal_autocheckpoint = 0")) == nil { finish() }
    }

    /// The writer committed: the log has new pages to copy.
    func committed() {
        state.monitor.locked {
            state.pending = true
            state.monitor.wakeAll()
        }
    }

    /// Copies what is left, ends the thread, and gives the writer back its automatic
    /// checkpoints.
    func finish() {
        guard let thread else { return }
        state.monitor.locked {
            state.finished = true
            state.monitor.wakeAll()
        }
        thread.join()
        self.thread = nil
        try? store.db.execute("PRAGMA wal_autocheckpoint = 1000")
    }

    /// What the two threads share, and the checkpointing thread's loop. The connection is
    /// used by that thread alone.
    private final class State: @unchecked Sendable {
        let monitor = Monitor()
        /// The log has grown since the last checkpoint.
        var pending = false
        var finished = false
        private let connection: SQLiteConnection

        init(_ connection: SQLiteConnection) { self.connection = connection }

        func run() {
            while true {
                let finished: Bool = monitor.locked {
                    while !pending && !self.finished { monitor.wait(milliseconds: 1_000) }
                    pending = false
                    return self.finished
                }
                // Best effort: a checkpoint that cannot copy everything now (a reader of
                // another process still on the oldest pages) copies what it can; the next
                // one, or the writer's own after `finish`, does the rest.
                try? connection.execute("PRAGMA wal_checkpoint(PASSIVE)")
                if finished { return }
            }
        }
    }
}
