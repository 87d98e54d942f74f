extension Catalogue {
    /// What the Word reader says about a file it cannot read. Each follows the file name
    /// (`FILE: message`); `%1` is a member or part name, `%2` a number.
    public enum Word: MessageSet {
        case binaryWord
        case encrypted
        case otherCompoundFile
        case noContentTypes
        case notWordPackage
        case missingMainPart
        case multiDisk
        case truncated
        case truncatedMember
        case damaged
        case damagedMember
        case encryptedMember
        case unsupportedMethod
        case unsafeName
        case duplicateName
        case tooManyMembers
        case memberTooLarge
        case totalTooLarge
        case bomb
        case malformedXML
        case doctype
        case tooDeep
        case textRunTooLong

        public var english: String {
            switch self {
            case .binaryWord: "an old binary Word document (.doc), which is not read; save it as .docx in Word or LibreOffice (libreoffice --headless --convert-to docx FILE)"
            case .encrypted: "a password-protected Office document; remove the password in Word (File > Info > Protect Document) and save it again"
            case .otherCompoundFile: "an old binary Office file (OLE compound file), not a Word .docx"
            case .noContentTypes: "a ZIP archive without [Content_Types].xml, so not a Word document"
            case .notWordPackage: "a ZIP archive without a Word document in it ([Content_Types].xml declares no WordprocessingML main part)"
            case .missingMainPart: "a Word package whose main part %1 is missing"
            case .multiDisk: "a ZIP archive split over several disks, which is not read"
            case .truncated: "the archive is truncated or damaged"
            case .truncatedMember: "the archive is truncated or damaged (%1 is cut short)"
            case .damaged: "the archive is damaged"
            case .damagedMember: "the archive is damaged (%1 fails its checks)"
            case .encryptedMember: "%1 is encrypted (a password-protected ZIP)"
            case .unsupportedMethod: "%1 is compressed with method %2, which is not read (only stored and deflated)"
            case .unsafeName: "the archive holds a member named %1, which could escape a folder; refused"
            case .duplicateName: "the archive holds two members named %1; refused"
            case .tooManyMembers: "the archive lists %1 members, more than the limit of %2"
            case .memberTooLarge: "%1 inflates to more than the limit of %2 bytes; refused"
            case .totalTooLarge: "the archive inflates to more than the limit of %1 bytes in all; refused"
            case .bomb: "%1 inflates more than %2 times its compressed size (a ZIP bomb?); refused"
            case .malformedXML: "%1 is not well-formed XML (line %2: %3)"
            case .doctype: "%1 declares a document type (<!DOCTYPE …>), which an Office file never does; refused without reading it"
            case .tooDeep: "%1 nests elements more than %2 deep; refused"
            case .textRunTooLong: "%1 holds a text run of more than %2 bytes; refused"
            }
        }

        public var dutch: String {
            switch self {
            case .binaryWord: "een oud binair Word-document (.doc), dat niet gelezen wordt; sla het in Word of LibreOffice op als .docx (libreoffice --headless --convert-to docx BESTAND)"
            case .encrypted: "een met een wachtwoord beveiligd Office-document; verwijder het wachtwoord in Word (Bestand > Info > Document beveiligen) en sla het opnieuw op"
            case .otherCompoundFile: "een oud binair Office-bestand (OLE compound file), geen Word .docx"
            case .noContentTypes: "een ZIP-archief zonder [Content_Types].xml, dus geen Word-document"
            case .notWordPackage: "een ZIP-archief zonder Word-document erin ([Content_Types].xml noemt geen WordprocessingML-hoofddeel)"
            case .missingMainPart: "een Word-pakket waarin het hoofddeel %1 ontbreekt"
            case .multiDisk: "een ZIP-archief verdeeld over meerdere schijven, dat niet gelezen wordt"
            case .truncated: "het archief is afgekapt of beschadigd"
            case .truncatedMember: "het archief is afgekapt of beschadigd (%1 houdt te vroeg op)"
            case .damaged: "het archief is beschadigd"
            case .damagedMember: "het archief is beschadigd (%1 doorstaat de controles niet)"
            case .encryptedMember: "%1 is versleuteld (een ZIP met wachtwoord)"
            case .unsupportedMethod: "%1 is gecomprimeerd met methode %2, die niet gelezen wordt (alleen opgeslagen en deflate)"
            case .unsafeName: "het archief bevat een onderdeel met de naam %1, dat buiten een map kan schrijven; geweigerd"
            case .duplicateName: "het archief bevat twee onderdelen met de naam %1; geweigerd"
            case .tooManyMembers: "het archief telt %1 onderdelen, meer dan de grens van %2"
            case .memberTooLarge: "%1 wordt uitgepakt groter dan de grens van %2 bytes; geweigerd"
            case .totalTooLarge: "het archief wordt uitgepakt in totaal groter dan de grens van %1 bytes; geweigerd"
            case .bomb: "%1 wordt uitgepakt meer dan %2 keer zo groot als gecomprimeerd (een ZIP-bom?); geweigerd"
            case .malformedXML: "%1 is geen welgevormde XML (regel %2: %3)"
            case .doctype: "%1 declareert een documenttype (<!DOCTYPE …>), wat een Office-bestand nooit doet; geweigerd zonder het te lezen"
            case .tooDeep: "%1 nest elementen meer dan %2 diep; geweigerd"
            case .textRunTooLong: "%1 bevat een tekstreeks van meer dan %2 bytes; geweigerd"
            }
        }
    }
}
