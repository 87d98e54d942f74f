/// Why an archive or one of its XML parts was refused. The message is one English clause
/// for the user ("the archive is truncated"), without the file name: the caller puts the
/// file name in front, as every load error does.
public struct PackageError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Kind: Hashable, Sendable {
        /// Not a ZIP archive, or one this reader does not read (multi-disk, encrypted).
        case notAnArchive
        /// Cut short, or bytes that contradict the archive's own directory.
        case corrupt
        /// A member name that could escape a folder (`/etc/passwd`, `../x`), or a name twice.
        case unsafeName
        /// A member that would inflate past a limit: a ZIP bomb or an absurd document.
        case tooLarge
        /// A part that is missing or not well-formed XML.
        case badPart
        /// XML that declares a DTD or entities: never expanded, refused at once.
        case forbiddenXML
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
