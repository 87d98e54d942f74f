#if canImport(Glibc)
import Glibc
#endif

/// Parts parsed one after another on a second thread while the caller's thread does other
/// work: opening a Word file parses several independent parts (the styles, the numbering
/// beside the document), and on two processors they overlap. A plain pthread, not Swift
/// Concurrency or Dispatch, which would bring their executors into every start-up.
///
/// The jobs go to whichever thread starts them first: when `wait()` comes before the new
/// thread has started (a busy machine, or a kernel that queued it behind its creator), the
/// caller parses them itself and the thread, detached, finds nothing left to do. So a
/// loaded machine pays only for starting a thread, never for waiting on one that has no
/// processor. On one processor no thread is started.
///
/// Each job's handler is used by one thread only, and read by the caller after `wait()`
/// (the lock, or the join, orders the writes before the reads): that is the whole of the
/// sharing, and why the class may be `@unchecked Sendable`. The bytes are inflated by the
/// caller, so the archive (and its inflation budget) stays on one thread.
///
/// The package's third island of pointers (with `Inflater` and `SAXParser`): pthread's
/// handle, its lock at a fixed address, and the context pointer it passes to the thread.
public final class BackgroundParse: @unchecked Sendable {
    public struct Job {
        let xml: [UInt8]
        let part: String
        let handler: XMLHandler
        let limits: XMLLimits

        public init(_ xml: [UInt8], part: String, into handler: XMLHandler, limits: XMLLimits) {
            self.xml = xml
            self.part = part
            self.handler = handler
            self.limits = limits
        }
    }

    private let jobs: [Job]
    private var failures: [PackageError?]
    private let lock: UnsafeMutablePointer<pthread_mutex_t>
    /// Who runs the jobs: decided once, under the lock.
    private var owner = Owner.nobody
    private var thread: pthread_t?
    private var finished = false

    private enum Owner { case nobody, thread, caller }

    /// Starts the jobs on a new thread (none for an empty list, or on one processor).
    public init(_ jobs: [Job]) {
        self.jobs = jobs
        failures = Array(repeating: nil, count: jobs.count)
        lock = .allocate(capacity: 1)
        pthread_mutex_init(lock, nil)
        guard !jobs.isEmpty, sysconf(Int32(_SC_NPROCESSORS_ONLN)) > 1 else { return }
        // libxml2's globals are set up on this thread, before any other uses it.
        SAXParser.prepare()
        var handle = pthread_t()
        // Retained for the thread, which may outlive the caller's use of the object.
        let context = Unmanaged.passRetained(self).toOpaque()
        let rc = pthread_create(&handle, nil, { raw in
            let parse = Unmanaged<BackgroundParse>.fromOpaque(raw!).takeRetainedValue()
            if parse.claim(.thread) { parse.run() }
            return nil
        }, context)
        if rc == 0 {
            thread = handle
        } else {
            Unmanaged<BackgroundParse>.fromOpaque(context).release()
        }
    }

    /// Never waited for (a refusal came first): the thread, which held the last reference
    /// or has ended, is left to end on its own.
    deinit {
        if let handle = thread { pthread_detach(handle) }
        pthread_mutex_destroy(lock)
        lock.deallocate()
    }

    /// Waits for every job, or runs them here if the thread has not begun; each one's
    /// failure in the jobs' order (nil: parsed whole, or as far as its handler wanted).
    public func wait() -> [PackageError?] {
        if finished { return failures }
        if claim(.caller) {
            run()
            if let handle = thread { pthread_detach(handle) }
        } else if let handle = thread {
            pthread_join(handle, nil)
        }
        thread = nil
        finished = true
        return failures
    }

    /// True when `who` is the first to ask: it then runs the jobs.
    private func claim(_ who: Owner) -> Bool {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        guard owner == .nobody else { return false }
        owner = who
        return true
    }

    private func run() {
        for (k, job) in jobs.enumerated() {
            do {
                try SAXParser.parse(job.xml, part: job.part, into: job.handler, limits: job.limits)
            } catch {
                failures[k] = error
            }
        }
    }
}
