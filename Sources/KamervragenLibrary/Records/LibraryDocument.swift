import KamervragenKit

/// One document of a library as the list shows it: the file, its metadata in ordinary
/// columns, and how many questions it holds and answers. A file that could not be read
/// as a document has `problem` set and nothing else.
package struct LibraryDocument: Hashable, Sendable {
    /// The index's row id; stable while the file stays (a rename keeps it too).
    package var id: Int64
    /// The absolute path.
    package var path: String
    /// `ah-tk-20232024-730`: from the document, its file name, or its year and number.
    package var publicationID: String?
    /// The Aanhangsel number (`730`).
    package var number: String?
    /// Parliament's case number (`2024Z18294`).
    package var caseNumber: String?
    /// "2023–2024".
    package var session: String?
    package var sent: ISODate?
    package var received: ISODate?
    /// "Van Nispen (SP), Lahlah (GroenLinks-PvdA)".
    package var askers: String?
    package var parties: [String]
    package var askedTo: String?
    /// Who answers ("minister Van Weel (Justitie en Veiligheid)").
    package var answeredBy: String?
    package var subject: String?
    package var questions: Int
    package var answered: Int
    package var notes: Int
    /// Why the file is not in the index as a document (one line), or nil.
    package var problem: String?

    package init(id: Int64 = 0, path: String) {
        self.id = id
        self.path = path
        parties = []
        questions = 0
        answered = 0
        notes = 0
    }

    /// The date the list shows and sorts by: received, else sent.
    package var date: ISODate? { received ?? sent }

    /// The file name without its folders.
    package var fileName: String {
        path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
    }
}
