#if canImport(Glibc)
import Glibc
#endif

/// The few threading tools the indexer needs, on pthreads: a lock with a condition to
/// wait on, and starting and joining a thread. Written here rather than taken from
/// Dispatch or Foundation to keep both out of the binary (start-up time); this file and
/// the SQLite wrapper are the library's only unsafe code. The pthread objects live at
/// fixed heap addresses, as pthreads requires, and are freed in `deinit`.
final class Monitor: @unchecked Sendable {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private let condition: UnsafeMutablePointer<pthread_cond_t>

    init() {
        mutex = .allocate(capacity: 1)
        condition = .allocate(capacity: 1)
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(condition, nil)
    }

    deinit {
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        condition.deallocate()
        mutex.deallocate()
    }

    func locked<R>(_ body: () throws -> R) rethrows -> R {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body()
    }

    /// Waits (holding the lock, inside `locked`) until woken or `milliseconds` pass.
    func wait(milliseconds: Int) {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var nanoseconds = Int(now.tv_nsec) + milliseconds * 1_000_000
        var deadline = timespec()
        deadline.tv_sec = now.tv_sec + nanoseconds / 1_000_000_000
        nanoseconds %= 1_000_000_000
        deadline.tv_nsec = nanoseconds
        pthread_cond_timedwait(condition, mutex, &deadline)
    }

    func wakeAll() { pthread_cond_broadcast(condition) }
}

/// A thread running `body`; `join` waits for it to end.
struct WorkerThread {
    private var thread = pthread_t()

    init(_ body: @escaping @Sendable () -> Void) {
        final class Box { let body: @Sendable () -> Void; init(_ b: @escaping @Sendable () -> Void) { body = b } }
        let context = Unmanaged.passRetained(Box(body)).toOpaque()
        let rc = pthread_create(&thread, nil, { raw in
            let box = Unmanaged<Box>.fromOpaque(raw!).takeRetainedValue()
            box.body()
            return nil
        }, context)
        // Without a thread (out of resources) the work runs here, on the caller's.
        if rc != 0 {
            Unmanaged<Box>.fromOpaque(context).takeRetainedValue().body()
            thread = pthread_t()
        }
    }

    func join() {
        if thread != pthread_t() { pthread_join(thread, nil) }
    }

    /// How many processors the indexer may use.
    static var processorCount: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }
}

/// A bounded queue from the parsing threads to the one writing thread: a full queue
/// makes the parsers wait, so memory stays flat however large the library.
final class Channel<Element: Sendable>: @unchecked Sendable {
    private let monitor = Monitor()
    private var items: [Element] = []
    private var head = 0
    private let capacity: Int
    private var producers: Int

    init(capacity: Int, producers: Int) {
        self.capacity = max(1, capacity)
        self.producers = producers
    }

    func put(_ item: Element) {
        monitor.locked {
            while items.count - head >= capacity { monitor.wait(milliseconds: 100) }
            items.append(item)
            monitor.wakeAll()
        }
    }

    /// A producer is done; when all are, `take` returns `.finished` once empty.
    func producerFinished() {
        monitor.locked {
            producers -= 1
            monitor.wakeAll()
        }
    }

    enum Taken { case item(Element), timedOut, finished }

    func take(waitingMilliseconds: Int) -> Taken {
        monitor.locked {
            if head == items.count, producers > 0 { monitor.wait(milliseconds: waitingMilliseconds) }
            guard head < items.count else { return producers > 0 ? .timedOut : .finished }
            let item = items[head]
            head += 1
            if head > 64, head * 2 > items.count {
                items.removeFirst(head)
                head = 0
            }
            monitor.wakeAll()
            return .item(item)
        }
    }
}
