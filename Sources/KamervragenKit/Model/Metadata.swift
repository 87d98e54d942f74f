/// A calendar date without time; the export writes it as `YYYY-MM-DD`.
public struct ISODate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    public var description: String {
        func pad(_ n: Int, _ w: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, w - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (a: ISODate, b: ISODate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}

/// A member of parliament who asked the questions.
public struct Asker: Hashable, Sendable {
    public var name: String
    public var party: String?

    public init(name: String, party: String?) {
        self.name = name
        self.party = party
    }
}

/// What the header says about the document. Every field is optional: Word texts often
/// start straight at "Vraag 1".
public struct Metadata: Hashable, Sendable {
    /// "Aanhangsel van de Handelingen" number (the `1031` in `ah-tk-20232024-1031`, or `AH 604`).
    public var aanhangsel: String?
    /// The publication id, e.g. `ah-tk-20232024-1031`.
    public var publicationID: String?
    /// Parliament's case number, e.g. `2024Z18294`.
    public var caseNumber: String?
    /// "Vragen van het lid … aan de … over …": who asked, as written.
    public var askedBy: String?
    /// Whom the questions were put to.
    public var askedTo: String?
    public var subject: String?
    public var submitted: ISODate?
    /// "Antwoord van minister …": who answered, as written.
    public var answeredBy: String?
    public var received: ISODate?
    /// "Vergaderjaar 2023–2024".
    public var session: String?
    /// Who asked, one by one with their party as printed (a Word cover letter says so;
    /// `askedBy` keeps the sentence).
    public var askers: [Asker] = []
    /// The reference of the letter being answered, as printed ("uw brief van …, nr.
    /// 2023Z14759"): a case number, or a ministry's own number.
    public var reference: String?
    /// The ministry's own reference for the answer ("Ons kenmerk").
    public var ourReference: String?

    public init() {}

    /// Takes each field this value lacks from `other` (what a reader knew besides the text).
    mutating func fill(from other: Metadata) {
        aanhangsel = aanhangsel ?? other.aanhangsel
        publicationID = publicationID ?? other.publicationID
        caseNumber = caseNumber ?? other.caseNumber
        askedBy = askedBy ?? other.askedBy
        askedTo = askedTo ?? other.askedTo
        subject = subject ?? other.subject
        submitted = submitted ?? other.submitted
        answeredBy = answeredBy ?? other.answeredBy
        received = received ?? other.received
        session = session ?? other.session
        if askers.isEmpty { askers = other.askers }
        reference = reference ?? other.reference
        ourReference = ourReference ?? other.ourReference
    }

    /// Every field `other` knows replaces this one's.
    mutating func override(with other: Metadata) {
        var merged = other
        merged.fill(from: self)
        self = merged
    }

    /// A one-line title for the browser: the subject when known, with a capital first
    /// letter, since it is cut out of a sentence ("… over het bericht «…»").
    public var title: String? {
        if let subject, let first = subject.first {
            return first.uppercased() + subject.dropFirst()
        }
        if let aanhangsel { return "Aanhangsel \(aanhangsel)" }
        return nil
    }
}
