#if canImport(Glibc)
import Glibc
#endif

/// Opening the document (parse and layout) on a second POSIX thread, joined once.
///
/// Only the start of the browser uses it: the document is parsed and laid out while the
/// main thread sets up curses, which keeps to the thread that draws. A plain pthread is
/// the cheapest way to a second core (tens of microseconds; Swift concurrency's thread
/// pool would take longer to start than the work it saves). When no thread can be made,
/// the work runs in `wait()` instead, so the result is the same either way.
final class BackgroundOpening: @unchecked Sendable {
    // @unchecked: `work` and `result` are written by one side at a time; starting the
    // thread and pthread_join order those writes with the reads.
    fileprivate var work: (() -> OpenedDocument)?
    fileprivate var result: OpenedDocument?
    private var thread: pthread_t?

    init(_ work: @escaping () -> OpenedDocument) {
        self.work = work
        var thread = pthread_t()
        let context = Unmanaged.passRetained(self).toOpaque()
        if pthread_create(&thread, nil, runBackgroundOpening, context) == 0 {
            self.thread = thread
        } else {
            Unmanaged<BackgroundOpening>.fromOpaque(context).release()
        }
    }

    /// Waits for the work to finish and returns what it produced.
    func wait() -> OpenedDocument {
        if let thread {
            pthread_join(thread, nil)
            self.thread = nil
        }
        if let work {
            result = work()
            self.work = nil
        }
        return result!
    }
}

/// The thread's entry point; it owns the retain `BackgroundOpening.init` passed it.
private func runBackgroundOpening(_ context: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
    let opening = Unmanaged<BackgroundOpening>.fromOpaque(context!).takeRetainedValue()
    if let work = opening.work {
        opening.result = work()
        opening.work = nil
    }
    return nil
}
