#if canImport(Glibc)
import Glibc
#endif

/// Parts parsed one after another on a second thread while the caller's thread does other
/// work: opening a Word file parses several independent parts (the styles, the numbering
/// beside the document), and on two processors they overlap. A plain pthread, not Swift
/// Concurrency or Dispatch, which would bring their executors into every start-up.
///
/// Each job's handler is used by the thread only until `wait()` returns (the join orders
/// its writes before the caller's reads); the caller must not touch a handler before then.
/// That is the whole of the sharing, and why the class may be `@unchecked Sendable`. The
/// bytes are inflated by the caller, so the archive (and its inflation budget) stays on one
/// thread. Without a thread (out of resources) the jobs run in `wait()` instead.
///
/// The package's third island of pointers (with `Inflater` and `SAXParser`): pthread's
/// handle and the context pointer it passes to the thread.
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
    private var thread: pthread_t?
    private var done = false

    /// Starts the jobs on a new thread (none for an empty list).
    public init(_ jobs: [Job]) {
        self.jobs = jobs
        failures = Array(repeating: nil, count: jobs.count)
        guard !jobs.isEmpty else {
            done = true
            return
        }
        // libxml2's globals are set up on this thread, before any other uses it.
        SAXParser.prepare()
        var handle = pthread_t()
        // Unretained: `deinit` joins the thread, so the object outlives it.
        let context = Unmanaged.passUnretained(self).toOpaque()
        let rc = pthread_create(&handle, nil, { raw in
            Unmanaged<BackgroundParse>.fromOpaque(raw!).takeUnretainedValue().run()
            return nil
        }, context)
        if rc == 0 { thread = handle }
    }

    deinit { join() }

    /// Waits for every job; each one's failure in the jobs' order (nil: parsed whole, or
    /// as far as its handler wanted).
    public func wait() -> [PackageError?] {
        join()
        if !done { run() }
        return failures
    }

    private func join() {
        guard let handle = thread else { return }
        thread = nil
        pthread_join(handle, nil)
    }

    private func run() {
        for (k, job) in jobs.enumerated() {
            do {
                try SAXParser.parse(job.xml, part: job.part, into: job.handler, limits: job.limits)
            } catch {
                failures[k] = error
            }
        }
        done = true
    }
}
