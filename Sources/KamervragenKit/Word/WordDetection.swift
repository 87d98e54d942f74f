import OpenXMLPackage

/// Tells Word files by their bytes, never by the name: a ZIP archive goes to the Word
/// reader (which then checks that its content types declare a WordprocessingML main
/// part), and an OLE compound file is an old binary `.doc` or an encrypted `.docx`,
/// neither of which is read, but each gets a message saying what it is.
enum WordDetection {
    enum Kind: Equatable {
        case zipArchive
        case binaryWord
        case encryptedOffice
        case otherCompoundFile
    }

    static func kind(of bytes: [UInt8]) -> Kind? {
        if ZipArchive.looksLikeZip(bytes) { return .zipArchive }
        guard CompoundFile.looksLikeCompoundFile(bytes) else { return nil }
        // An encrypted Office Open XML file is a compound file holding the encrypted
        // package and the key's description; an old Word file holds a WordDocument stream.
        if CompoundFile.hasEntry(named: "EncryptedPackage", in: bytes) { return .encryptedOffice }
        if CompoundFile.hasEntry(named: "WordDocument", in: bytes) { return .binaryWord }
        return .otherCompoundFile
    }
}
