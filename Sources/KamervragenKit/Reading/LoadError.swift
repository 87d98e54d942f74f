/// Why a document could not be loaded. Each kind has its `ExitStatus`, so scripts can
/// tell "no such file" from "not a Kamervragen document".
public struct LoadError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Kind: Hashable, Sendable {
        /// Missing, unreadable, a directory.
        case cannotOpen
        /// Empty, binary, too large, not a document.
        case badData
        /// A helper program such as `pdftotext` is missing.
        case unavailable
        /// A helper program failed or hung.
        case helperFailed
    }

    public var kind: Kind
    public var path: String
    public var message: String

    public init(_ kind: Kind, path: String, _ message: String) {
        self.kind = kind
        self.path = path
        self.message = message
    }

    public var status: ExitStatus {
        switch kind {
        case .cannotOpen: .noInput
        case .badData: .dataError
        case .unavailable: .unavailable
        case .helperFailed: .software
        }
    }

    public var exitCode: Int32 { status.rawValue }

    /// One line, naming the file first, as `cat` and `less` do. Made terminal-safe here
    /// because the file name (and a helper's message quoting it) is untrusted: every
    /// caller that prints this gets that for free. `path` itself stays raw.
    public var description: String { SafeText.line(Catalogue.Common.fileProblem.text(path, message)) }

    /// A document without a question, answer or notice. When the parser refused a heading
    /// (an error diagnostic, such as a question number past the limit), the message says
    /// which: otherwise that reason would be lost with the document.
    static func nothingFound(in doc: Document, path: String, where place: String = "") -> LoadError {
        var message = Catalogue.Load.nothingFound.text(place)
        if let refused = doc.diagnostics.first(where: { $0.severity == .error }) {
            message += Catalogue.Load.refusedHeading.text(String(refused.line), refused.message)
        }
        return LoadError(.badData, path: path, message)
    }
}

extension Document {
    /// Nothing a reader could browse: what the loaders refuse with `nothingFound`.
    var isEmpty: Bool { questions.isEmpty && answers.isEmpty && notices.isEmpty }
}
