#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds and runs poppler's `pdftotext`, turning every way it can go wrong into one
/// `LoadError` line with a sysexits code.
enum Pdftotext {
    /// Overrides the program (a path, or a name looked up on PATH). Tests point it at
    /// fakes that hang, fail or do not exist; users can point it at another poppler.
    static let programVariable = "KAMERVRAGEN_PDFTOTEXT"
    /// Seconds before a hung `pdftotext` is killed (default 20).
    static let timeoutVariable = "KAMERVRAGEN_PDFTOTEXT_TIMEOUT"
    static let defaultTimeout = 20.0
    static let installHint = "install poppler-utils (apt-get install poppler-utils)"

    /// The `-bbox-layout` XHTML for a PDF given as bytes (fed on standard input, so files
    /// and `-` take the same path and nothing is written to disk).
    static func bboxLayout(of pdf: [UInt8], source: String) throws(LoadError) -> [UInt8] {
        let program = try locate(source: source)
        let timeout = configuredTimeout()
        let child = ChildProcess(
            executable: program,
            arguments: ["-bbox-layout", "-enc", "UTF-8", "-", "-"],
            timeoutSeconds: timeout
        )
        let result: ChildProcess.Result
        do {
            result = try child.run(input: pdf)
        } catch {
            switch error {
            case .spawn(let code) where code == ENOENT:
                throw LoadError(.unavailable, path: source, "pdftotext not found: \(installHint)")
            case .spawn(let code):
                throw LoadError(.helperFailed, path: source, "cannot run \(program): \(String(cString: strerror(code)))")
            case .timedOut:
                throw LoadError(.helperFailed, path: source, "pdftotext did not finish within \(formatSeconds(timeout)) s and was stopped")
            case .system(let code):
                throw LoadError(.helperFailed, path: source, "cannot run pdftotext: \(String(cString: strerror(code)))")
            }
        }
        try check(result, source: source)
        return result.stdout
    }

    /// Classifies a finished run; pdftotext exits 1 for files it cannot open (damaged or
    /// not a PDF), 3 for permission problems, and says "Incorrect password" when encrypted.
    static func check(_ result: ChildProcess.Result, source: String) throws(LoadError) {
        let errorText = String(decoding: result.stderr, as: UTF8.self)
        let firstLine = errorText.split(whereSeparator: \.isNewline)
            .map { trimmed(String($0)) }
            .first { !$0.isEmpty }
        if let signal = result.signal {
            throw LoadError(.helperFailed, path: source, "pdftotext was killed by signal \(signal)")
        }
        guard let status = result.exitStatus, status != 0 else { return }
        let lower = errorText.lowercased()
        if lower.contains("incorrect password") || lower.contains("encrypt") || status == 3 {
            throw LoadError(.badData, path: source, "encrypted PDF: cannot extract its text without the password")
        }
        if status == 1, let firstLine, isDamageMessage(firstLine) {
            throw LoadError(.badData, path: source, "damaged PDF: \(firstLine)")
        }
        let detail = firstLine.map { ": \($0)" } ?? ""
        throw LoadError(.helperFailed, path: source, "pdftotext failed (exit status \(status))\(detail)")
    }

    private static func isDamageMessage(_ line: String) -> Bool {
        let lower = line.lowercased()
        return lower.hasPrefix("syntax error") || lower.hasPrefix("syntax warning")
            || lower.contains("couldn't") || lower.contains("may not be a pdf")
            || lower.contains("error opening")
    }

    /// The override when set, else the first executable `pdftotext` on PATH.
    static func locate(source: String) throws(LoadError) -> String {
        let notFound = LoadError(.unavailable, path: source, "pdftotext not found: \(installHint)")
        if let override = environment(programVariable), !override.isEmpty {
            if override.contains("/") {
                guard access(override, X_OK) == 0 else { throw notFound }
                return override
            }
            guard let found = searchPath(for: override) else { throw notFound }
            return found
        }
        guard let found = searchPath(for: "pdftotext") else { throw notFound }
        return found
    }

    private static func searchPath(for name: String) -> String? {
        let path = environment("PATH") ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":", omittingEmptySubsequences: true) {
            let candidate = "\(directory)/\(name)"
            var st = stat()
            if stat(candidate, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, access(candidate, X_OK) == 0 {
                return candidate
            }
        }
        return nil
    }

    static func configuredTimeout() -> Double {
        guard let text = environment(timeoutVariable), let value = Double(text), value > 0 else {
            return defaultTimeout
        }
        return value
    }

    private static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    private static func formatSeconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}

/// Trims ASCII and Unicode spaces without Foundation.
private func trimmed(_ text: String) -> String {
    var rest = Substring(text)
    while let first = rest.first, first.isWhitespace { rest = rest.dropFirst() }
    while let last = rest.last, last.isWhitespace { rest = rest.dropLast() }
    return String(rest)
}
