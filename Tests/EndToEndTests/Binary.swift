import Foundation

/// The built `kamervragen` binary, run as a user would run it.
///
/// `scripts/test.sh` builds first and exports `KAMERVRAGEN_BIN`; without it the debug
/// build in the package's `.build` is used.
enum Binary {
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static var path: String {
        if let env = ProcessInfo.processInfo.environment["KAMERVRAGEN_BIN"], !env.isEmpty { return env }
        return packageRoot.appendingPathComponent(".build/debug/kamervragen").path
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        /// True when the runner killed the child for overrunning its time limit.
        var timedOut = false
        /// True when the child ended by a signal (a crash, or the runner's kill).
        var signalled = false
    }

    /// Runs the binary to completion with `stdin` as standard input (empty by default).
    /// A child still running after `timeout` seconds is killed and reported as
    /// `timedOut`, so a hang fails its test instead of stalling the whole suite.
    /// With `shell`, the binary is started by `/bin/sh -c SHELL BINARY ARGUMENTS…` instead
    /// (`$0` is the binary), for redirections a `Process` cannot make, such as `>&-`.
    /// `launcher` runs the binary through another program (`setpriv` to drop root).
    /// `directory` is the child's working directory.
    static func run(_ arguments: [String], stdin: [UInt8] = [], environment: [String: String] = [:], timeout: Double = 120,
                    shell: String? = nil, launcher: [String] = [], directory: String? = nil) throws -> Result {
        let process = Process()
        if let shell {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", shell, path] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: launcher.first ?? path)
            process.arguments = launcher.isEmpty ? arguments : Array(launcher.dropFirst()) + [path] + arguments
        }
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { _, new in new }
        process.environment = env
        let inPipe = Pipe(), outPipe = Pipe(), errPipe = Pipe()
        process.standardInput = inPipe
        process.standardOutput = outPipe
        process.standardError = errPipe
        try process.run()
        nonisolated(unsafe) var timedOut = false
        let pid = process.processIdentifier
        let watchdog = DispatchWorkItem {
            if process.isRunning { timedOut = true; kill(pid, SIGKILL) }
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        // Read both pipes concurrently so a full pipe never blocks the child.
        nonisolated(unsafe) var errData = Data()
        let errThread = Thread { errData = errPipe.fileHandleForReading.readDataToEndOfFile() }
        errThread.start()
        // A child that exits without reading its input must not kill the test runner
        // with SIGPIPE, nor trap in FileHandle: ignore the signal and the write error.
        signal(SIGPIPE, SIG_IGN)
        if !stdin.isEmpty { try? inPipe.fileHandleForWriting.write(contentsOf: Data(stdin)) }
        try? inPipe.fileHandleForWriting.close()
        let outData = outPipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        while errThread.isExecuting || !errThread.isFinished { usleep(1000) }
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self),
            timedOut: timedOut,
            signalled: process.terminationReason == .uncaughtSignal)
    }
}
