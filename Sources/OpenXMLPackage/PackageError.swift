/// Why an archive or one of its XML parts was refused: a reason with the facts it needs
/// (the member, the limit), never a sentence, so that the program's message catalogue
/// can say it in the user's language. `kind` groups the reasons for callers and tests.
public struct PackageError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Reason: Hashable, Sendable {
        /// A ZIP split over several disks.
        case multiDisk
        /// Cut short: no end record, a directory or member past the end of the file.
        /// `member` names the member when one is to blame.
        case truncated(member: String?)
        /// Bytes that contradict the archive's own directory: a wrong CRC or size,
        /// invalid deflate data, a damaged directory or ZIP64 record.
        case damaged(member: String?)
        case encryptedMember(String)
        case unsupportedMethod(String, method: Int)
        /// Absolute, with a `..` segment, a drive letter or a control byte.
        case unsafeName(String)
        /// Two members whose names differ only in case (or not at all).
        case duplicateName(String)
        case tooManyMembers(count: Int, limit: Int)
        case memberTooLarge(String, limit: Int)
        case totalTooLarge(limit: Int)
        /// Inflated more than `ratio` times its compressed size.
        case bomb(String, ratio: Int)
        case noContentTypes
        /// Not well-formed: the part, libxml2's line and its (English) words.
        case malformedXML(part: String, line: Int, detail: String)
        /// A `<!DOCTYPE …>`: refused before its declarations are read.
        case doctype(part: String)
        case tooDeep(part: String, limit: Int)
        case textRunTooLong(part: String, limit: Int)
    }

    public enum Kind: Hashable, Sendable {
        /// Not a ZIP archive this reader reads (multi-disk, encrypted, another method).
        case notAnArchive
        /// Cut short, or bytes that contradict the archive's own directory.
        case corrupt
        /// A member name that could escape a folder, or a name twice.
        case unsafeName
        /// A member or part past a limit: a ZIP bomb or an absurd document.
        case tooLarge
        /// A part that is missing or not well-formed XML.
        case badPart
        /// XML that declares a DTD or entities: never expanded, refused at once.
        case forbiddenXML
    }

    public var reason: Reason

    public init(_ reason: Reason) { self.reason = reason }

    public var kind: Kind {
        switch reason {
        case .multiDisk, .encryptedMember, .unsupportedMethod: .notAnArchive
        case .truncated, .damaged: .corrupt
        case .unsafeName, .duplicateName: .unsafeName
        case .tooManyMembers, .memberTooLarge, .totalTooLarge, .bomb, .textRunTooLong: .tooLarge
        case .noContentTypes, .malformedXML, .tooDeep: .badPart
        case .doctype: .forbiddenXML
        }
    }

    /// For logs and test failures; users read the catalogue's wording.
    public var description: String { "\(reason)" }
}
