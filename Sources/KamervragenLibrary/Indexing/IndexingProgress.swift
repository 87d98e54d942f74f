/// How far an indexing run is, for a progress line: files done of those to read, their
/// bytes, and the time so far.
package struct IndexingProgress: Hashable, Sendable {
    package var done: Int
    package var total: Int
    package var bytes: Int64
    package var seconds: Double

    /// Files a second so far.
    package var rate: Double { seconds > 0 ? Double(done) / seconds : 0 }

    /// Seconds left at the rate so far, once there is a rate to go by.
    package var secondsLeft: Double? {
        guard done >= 2, rate > 0 else { return nil }
        return Double(total - done) / rate
    }
}

/// What an indexing run did.
package struct IndexingReport: Hashable, Sendable {
    /// Files read and parsed (new or changed).
    package var indexed = 0
    /// Files whose size and time were as stored: not read.
    package var unchanged = 0
    /// Files read whose content was as stored (only their size or time changed).
    package var touched = 0
    /// Files found under a new path with content the index held under one now gone.
    package var moved = 0
    package var removed = 0
    /// Files that are not readable documents (kept in the index as such, not read again
    /// until they change).
    package var problems = 0
    /// Files not indexed this time for a reason outside them (pdftotext missing or hung),
    /// tried again next run: path and why.
    package var deferred: [Deferred] = []
    /// Files in the folders that are not documents by their extension.
    package var skipped = 0
    /// Stopped by Ctrl-C or SIGTERM before the end; what was written is consistent.
    package var interrupted = false
    package var seconds = 0.0
    package var bytes: Int64 = 0

    package struct Deferred: Hashable, Sendable {
        package var path: String
        package var message: String
    }
}
