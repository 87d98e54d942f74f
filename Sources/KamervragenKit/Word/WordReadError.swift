import OpenXMLPackage

/// Why a file given to the Word reader was not read: the package layer's reasons, and
/// the Word reader's own. `message(in:)` says it through the message catalogue.
public enum WordReadError: Error, Hashable, Sendable {
    case package(PackageError)
    case binaryWord
    case encrypted
    case otherCompoundFile
    case notWordPackage
    case missingMainPart(String)

    public func message(in language: Language = .current) -> String {
        typealias W = Catalogue.Word
        switch self {
        case .binaryWord: return W.binaryWord.text(in: language)
        case .encrypted: return W.encrypted.text(in: language)
        case .otherCompoundFile: return W.otherCompoundFile.text(in: language)
        case .notWordPackage: return W.notWordPackage.text(in: language)
        case .missingMainPart(let part): return W.missingMainPart.text(part, in: language)
        case .package(let error): return Self.message(error.reason, in: language)
        }
    }

    private static func message(_ reason: PackageError.Reason, in language: Language) -> String {
        typealias W = Catalogue.Word
        switch reason {
        case .multiDisk: return W.multiDisk.text(in: language)
        case .truncated(let member):
            return member.map { W.truncatedMember.text(quoted($0), in: language) } ?? W.truncated.text(in: language)
        case .damaged(let member):
            return member.map { W.damagedMember.text(quoted($0), in: language) } ?? W.damaged.text(in: language)
        case .encryptedMember(let name): return W.encryptedMember.text(quoted(name), in: language)
        case .unsupportedMethod(let name, let method): return W.unsupportedMethod.text(quoted(name), String(method), in: language)
        case .unsafeName(let name): return W.unsafeName.text(quoted(name), in: language)
        case .duplicateName(let name): return W.duplicateName.text(quoted(name), in: language)
        case .tooManyMembers(let count, let limit): return W.tooManyMembers.text(String(count), String(limit), in: language)
        case .memberTooLarge(let name, let limit): return W.memberTooLarge.text(name, String(limit), in: language)
        case .totalTooLarge(let limit): return W.totalTooLarge.text(String(limit), in: language)
        case .bomb(let name, let ratio): return W.bomb.text(name, String(ratio), in: language)
        case .noContentTypes: return W.noContentTypes.text(in: language)
        case .malformedXML(let part, let line, let detail): return W.malformedXML.text(part, String(line), detail, in: language)
        case .doctype(let part): return W.doctype.text(part, in: language)
        case .tooDeep(let part, let limit): return W.tooDeep.text(part, String(limit), in: language)
        case .textRunTooLong(let part, let limit): return W.textRunTooLong.text(part, String(limit), in: language)
        }
    }

    /// A member name as the archive spells it, quoted and cut short: it is the file's
    /// text (LoadError makes the whole line terminal-safe).
    static func quoted(_ name: String) -> String {
        let scalars = name.unicodeScalars
        let cut = scalars.count > 80 ? String(String.UnicodeScalarView(scalars.prefix(80))) + "…" : name
        return "'\(cut)'"
    }
}
