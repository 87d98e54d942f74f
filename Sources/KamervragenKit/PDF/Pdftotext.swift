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
    /// Which program to run and for how long; read from the environment in normal use,
    /// passed explicitly by tests so parallel tests never share process-wide state.
    struct Settings: Sendable {
        /// A path, or a name to look up on `path`; nil means `pdftotext`.
        var program: String?
        var timeout: Double
        /// The PATH to search.
        var path: String

        init(program: String? = nil, timeout: Double = Pdftotext.defaultTimeout, path: String = "/usr/local/bin:/usr/bin:/bin") {
            self.program = program
            self.timeout = timeout
            self.path = path
        }

        static func fromEnvironment(_ lookup: (String) -> String? = Pdftotext.environment) -> Settings {
            var settings = Settings()
            if let program = lookup(programVariable), !program.isEmpty { settings.program = program }
            if let text = lookup(timeoutVariable), let value = Double(text), value > 0 { settings.timeout = value }
            if let path = lookup("PATH"), !path.isEmpty { settings.path = path }
            return settings
        }
    }

    /// The `-bbox-layout` XHTML for a PDF given as bytes (fed on standard input, so files
    /// and `-` take the same path and nothing is written to disk).
    static func bboxLayout(of pdf: [UInt8], source: String, settings: Settings = .fromEnvironment()) throws(LoadError) -> [UInt8] {
        let program = try locate(settings, source: source)
        let timeout = settings.timeout
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
                throw LoadError(.unavailable, path: source, Catalogue.Load.pdftotextMissing.text())
            case .spawn(let code):
                throw LoadError(.helperFailed, path: source, Catalogue.Load.cannotRun.text(program, String(cString: strerror(code))))
            case .timedOut:
                throw LoadError(.helperFailed, path: source, Catalogue.Load.pdftotextTimedOut.text(formatSeconds(timeout)))
            case .system(let code):
                throw LoadError(.helperFailed, path: source, Catalogue.Load.cannotRun.text("pdftotext", String(cString: strerror(code))))
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
            throw LoadError(.helperFailed, path: source, Catalogue.Load.pdftotextKilled.text(String(signal)))
        }
        guard let status = result.exitStatus, status != 0 else { return }
        let lower = errorText.lowercased()
        if lower.contains("incorrect password") || lower.contains("encrypt") || status == 3 {
            throw LoadError(.badData, path: source, Catalogue.Load.encryptedPDF.text())
        }
        // A PDF whose page tree is empty: poppler says "Invalid page count 0" and refuses
        // the page range 1…0 (exit 99). That is the file's fault, as the docs say, not
        // the helper's.
        if lower.contains("invalid page count 0") || lower.contains("after the last page (0)") {
            throw LoadError(.badData, path: source, Catalogue.Load.pdfWithoutPages.text())
        }
        if status == 1, let firstLine, isDamageMessage(firstLine) {
            throw LoadError(.badData, path: source, Catalogue.Load.damagedPDF.text(firstLine))
        }
        let detail = firstLine.map { ": \($0)" } ?? ""
        throw LoadError(.helperFailed, path: source, Catalogue.Load.pdftotextFailed.text(String(status), detail))
    }

    private static func isDamageMessage(_ line: String) -> Bool {
        let lower = line.lowercased()
        return lower.hasPrefix("syntax error") || lower.hasPrefix("syntax warning")
            || lower.contains("couldn't") || lower.contains("may not be a pdf")
            || lower.contains("error opening")
    }

    /// The override when set, else the first executable `pdftotext` on PATH.
    static func locate(_ settings: Settings, source: String) throws(LoadError) -> String {
        let notFound = LoadError(.unavailable, path: source, Catalogue.Load.pdftotextMissing.text())
        let name = settings.program ?? "pdftotext"
        if name.contains("/") {
            guard isExecutableFile(name) else { throw notFound }
            return name
        }
        for directory in settings.path.split(separator: ":", omittingEmptySubsequences: true) {
            let candidate = "\(directory)/\(name)"
            if isExecutableFile(candidate) { return candidate }
        }
        throw notFound
    }

    private static func isExecutableFile(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG && access(path, X_OK) == 0
    }

    @Sendable static func environment(_ name: String) -> String? {
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
