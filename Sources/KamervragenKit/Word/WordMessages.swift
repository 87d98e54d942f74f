/// Every user-facing sentence of the Word reader, in one place so that the message
/// catalogue can take them over. Each is a clause that follows the file name.
enum WordMessages {
    static let binaryWord = "an old binary Word document (.doc), which is not read; save it as .docx in Word or LibreOffice (libreoffice --headless --convert-to docx FILE)"
    static let encrypted = "a password-protected Office document; remove the password in Word (File > Info > Protect Document) and save it again"
    static let otherCompoundFile = "an old binary Office file (OLE compound file), not a Word .docx"
    static let notWordPackage = "a ZIP archive without a Word document in it ([Content_Types].xml declares no WordprocessingML main part)"
    static func missingMainPart(_ part: String) -> String {
        "a Word package whose main part \(part) is missing"
    }
    static let noStructure = "no questions, answers or notice found in the Word document"
    static let notYetRead = "a Word document; reading its text is not finished yet"
}
