extension Catalogue {
    /// Why a file could not be read as a document: the part after `FILE: ` in every load
    /// error, from opening the file to finding nothing in it. What a helper program or the
    /// system says itself (pdftotext's first line, `strerror`) is quoted as it comes.
    public enum Load: MessageSet {
        case noSuchFile
        case permissionDenied
        case isDirectory
        /// %1 is the system's own description of the error.
        case systemError
        case empty
        case binary
        /// %1 is where nothing was found (`inPDFText`, `inWordDocument`, or nothing).
        case nothingFound
        /// %1 is the line, %2 the refusal's own message.
        case refusedHeading
        case inPDFText
        case inWordDocument
        case pdftotextMissing
        /// %1 is the program, %2 the system's reason.
        case cannotRun
        /// %1 is the time limit in seconds.
        case pdftotextTimedOut
        /// %1 is the signal number.
        case pdftotextKilled
        case encryptedPDF
        case pdfWithoutPages
        /// %1 is pdftotext's first line.
        case damagedPDF
        /// %1 is the exit status, %2 pdftotext's first line (or nothing).
        case pdftotextFailed
        case pdftotextNoPages
        case noTextLayer

        public var english: String {
            switch self {
            case .noSuchFile: "no such file"
            case .permissionDenied: "permission denied"
            case .isDirectory: "is a directory"
            case .systemError: "%1"
            case .empty: "empty file"
            case .binary: "binary file, not a text document"
            case .nothingFound: "no questions, answers or notice found%1"
            case .refusedHeading: " (line %1: %2)"
            case .inPDFText: " in the PDF's text"
            case .inWordDocument: " in the Word document"
            case .pdftotextMissing: "pdftotext not found: install poppler-utils (apt-get install poppler-utils)"
            case .cannotRun: "cannot run %1: %2"
            case .pdftotextTimedOut: "pdftotext did not finish within %1 s and was stopped"
            case .pdftotextKilled: "pdftotext was killed by signal %1"
            case .encryptedPDF: "encrypted PDF: cannot extract its text without the password"
            case .pdfWithoutPages: "the PDF has no pages"
            case .damagedPDF: "damaged PDF: %1"
            case .pdftotextFailed: "pdftotext failed (exit status %1)%2"
            case .pdftotextNoPages: "pdftotext printed no pages (not its -bbox-layout output)"
            case .noTextLayer: "no text layer (scanned image?)"
            }
        }

        public var dutch: String {
            switch self {
            case .noSuchFile: "bestand bestaat niet"
            case .permissionDenied: "geen toestemming"
            case .isDirectory: "is een map"
            case .systemError: "%1"
            case .empty: "leeg bestand"
            case .binary: "binair bestand, geen tekstdocument"
            case .nothingFound: "geen vragen, antwoorden of mededeling gevonden%1"
            case .refusedHeading: " (regel %1: %2)"
            case .inPDFText: " in de tekst van de pdf"
            case .inWordDocument: " in het Word-document"
            case .pdftotextMissing: "pdftotext niet gevonden: installeer poppler-utils (apt-get install poppler-utils)"
            case .cannotRun: "kan %1 niet starten: %2"
            case .pdftotextTimedOut: "pdftotext was na %1 s niet klaar en is gestopt"
            case .pdftotextKilled: "pdftotext is gestopt door signaal %1"
            case .encryptedPDF: "versleutelde pdf: de tekst is zonder het wachtwoord niet te lezen"
            case .pdfWithoutPages: "de pdf heeft geen pagina's"
            case .damagedPDF: "beschadigde pdf: %1"
            case .pdftotextFailed: "pdftotext mislukte (afsluitstatus %1)%2"
            case .pdftotextNoPages: "pdftotext gaf geen pagina's (niet de uitvoer van -bbox-layout)"
            case .noTextLayer: "geen tekstlaag (een gescande afbeelding?)"
            }
        }
    }
}
