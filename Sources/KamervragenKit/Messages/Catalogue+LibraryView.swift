extension Catalogue {
    /// The library view: the list of documents, its search hits, and the reader opened
    /// from them; the help lines of its keys too.
    public enum LibraryView: MessageSet {
        // The list
        case title
        case titleOne
        case shownOf
        case columnDate
        case columnNumber
        case columnAskers
        case columnAnswerer
        case columnSubject
        case columnQuestions
        case listHint
        case empty
        case filterPrompt
        case noneMatch
        case sorted
        case ascending
        case descending
        // Search hits
        case searchTitle
        case searchTitleCapped
        case hitsHint
        case nothingFound
        case searchFailed
        case hitCount
        // The reader opened from the library
        case readerHit
        case firstHit
        case lastHit
        case hitGone
        case hitChanged
        case cannotOpen
        case notAKey
        case referencePresent
        case referenceAbsent
        case backToDocument
        case keyReaderBackDocument
        // Help
        case keysList
        case keysHits
        case keysReader
        case keyNextDocument
        case keyPreviousDocument
        case keyPageDown
        case keyPageUp
        case keyFirstDocument
        case keyLastDocument
        case keyOpenDocument
        case keySort
        case keyReverse
        case keyFilter
        case keyClearFilter
        case keySearch
        case keyHelp
        case keyRedraw
        case keySuspend
        case keyQuit
        case keyNextHit
        case keyPreviousHit
        case keyFirstHit
        case keyLastHit
        case keyOpenHit
        case keyBackToList
        case keyReaderNextHit
        case keyReaderPreviousHit
        case keyReaderBack

        public var english: String {
            switch self {
            case .title: "Library · %1 documents"
            case .titleOne: "Library · 1 document"
            case .shownOf: "%1 of %2"
            case .columnDate: "Date"
            case .columnNumber: "No."
            case .columnAskers: "Asked by"
            case .columnAnswerer: "Answered by"
            case .columnSubject: "Subject"
            case .columnQuestions: "Answered"
            case .listHint: "Enter opens · / searches · f filters · s sorts · h keys"
            case .empty: "no documents in this library"
            case .filterPrompt: "filter: "
            case .noneMatch: "no document matches %1 · Esc clears the filter"
            case .sorted: "sorted by %1, %2"
            case .ascending: "ascending"
            case .descending: "descending"
            case .searchTitle: "%1 · %2 hits in %3 documents"
            case .searchTitleCapped: "%1 · the best %2 of %4 hits, in %3 documents"
            case .hitsHint: "Enter opens · n/N next/previous · q back to the list"
            case .nothingFound: "nothing found for %1"
            case .searchFailed: "the search failed: %1"
            case .hitCount: "hit %1/%2"
            case .readerHit: "hit %1/%2 · %3 · n next hit, q back to the list"
            case .firstHit: "this is the first hit"
            case .lastHit: "this is the last hit"
            case .hitGone: "changed since the search"
            case .hitChanged: "hit %1 changed since the search (its document changed or left the library): / searches again"
            case .cannotOpen: "cannot open %1: %2"
            case .notAKey: "%1 is not a key here · h lists the keys"
            case .referencePresent: "→ %1 · Enter opens it"
            case .referenceAbsent: "%1 is not in this library"
            case .backToDocument: "← goes back to %1"
            case .keyReaderBackDocument: "with no earlier position in this document: back to the document a reference was followed from, where you were; from the first, back to the list"
            case .keysList: "Library: the documents"
            case .keysHits: "Library: search hits"
            case .keysReader: "Library: a document opened from the list"
            case .keyNextDocument: "next document"
            case .keyPreviousDocument: "previous document"
            case .keyPageDown: "page down"
            case .keyPageUp: "page up"
            case .keyFirstDocument: "first document"
            case .keyLastDocument: "last document"
            case .keyOpenDocument: "open the document in the reader"
            case .keySort: "sort by the next column (date, number, asked by, answered by, subject, answered); again moves on"
            case .keyReverse: "reverse the order"
            case .keyFilter: "filter the rows as you type (every word must occur; Enter keeps the filter, Esc clears it)"
            case .keyClearFilter: "clear the filter: every document again"
            case .keySearch: "full-text search over every document (the query language of kamervragen search; Enter runs it)"
            case .keyHelp: "this help"
            case .keyRedraw: "redraw the screen"
            case .keySuspend: "suspend to the shell (fg resumes)"
            case .keyQuit: "quit"
            case .keyNextHit: "next hit"
            case .keyPreviousHit: "previous hit"
            case .keyFirstHit: "first hit"
            case .keyLastHit: "last hit"
            case .keyOpenHit: "open the document at the hit, the match highlighted"
            case .keyBackToList: "back to the list of documents"
            case .keyReaderNextHit: "after a search: the next hit, on into the next document"
            case .keyReaderPreviousHit: "after a search: the previous hit, back into the document before"
            case .keyReaderBack: "back to the list, where you were"
            }
        }

        public var dutch: String {
            switch self {
            case .title: "Bibliotheek · %1 documenten"
            case .titleOne: "Bibliotheek · 1 document"
            case .shownOf: "%1 van %2"
            case .columnDate: "Datum"
            case .columnNumber: "Nr."
            case .columnAskers: "Vragen van"
            case .columnAnswerer: "Antwoord van"
            case .columnSubject: "Onderwerp"
            case .columnQuestions: "Beantw."
            case .listHint: "Enter opent · / zoekt · f filtert · s sorteert · h toetsen"
            case .empty: "geen documenten in deze bibliotheek"
            case .filterPrompt: "filteren: "
            case .noneMatch: "geen document past bij %1 · Esc wist het filter"
            case .sorted: "gesorteerd op %1, %2"
            case .ascending: "oplopend"
            case .descending: "aflopend"
            case .searchTitle: "%1 · %2 treffers in %3 documenten"
            case .searchTitleCapped: "%1 · de beste %2 van %4 treffers, in %3 documenten"
            case .hitsHint: "Enter opent · n/N volgende/vorige · q terug naar de lijst"
            case .nothingFound: "niets gevonden voor %1"
            case .searchFailed: "het zoeken is mislukt: %1"
            case .hitCount: "treffer %1/%2"
            case .readerHit: "treffer %1/%2 · %3 · n volgende treffer, q terug naar de lijst"
            case .firstHit: "dit is de eerste treffer"
            case .lastHit: "dit is de laatste treffer"
            case .hitGone: "gewijzigd sinds het zoeken"
            case .hitChanged: "treffer %1 is veranderd sinds het zoeken (het document is gewijzigd of weg): / zoekt opnieuw"
            case .cannotOpen: "kan %1 niet openen: %2"
            case .notAKey: "%1 doet hier niets · h toont de toetsen"
            case .referencePresent: "→ %1 · Enter opent het"
            case .referenceAbsent: "%1 staat niet in deze bibliotheek"
            case .backToDocument: "← gaat terug naar %1"
            case .keyReaderBackDocument: "zonder eerdere plek in dit document: terug naar het document waaruit een verwijzing werd gevolgd, waar je was; vanuit het eerste terug naar de lijst"
            case .keysList: "Bibliotheek: de documenten"
            case .keysHits: "Bibliotheek: zoektreffers"
            case .keysReader: "Bibliotheek: een document geopend uit de lijst"
            case .keyNextDocument: "volgend document"
            case .keyPreviousDocument: "vorig document"
            case .keyPageDown: "pagina omlaag"
            case .keyPageUp: "pagina omhoog"
            case .keyFirstDocument: "eerste document"
            case .keyLastDocument: "laatste document"
            case .keyOpenDocument: "het document openen in de lezer"
            case .keySort: "sorteren op de volgende kolom (datum, nummer, vragen van, antwoord van, onderwerp, beantwoord); nog eens gaat verder"
            case .keyReverse: "de volgorde omkeren"
            case .keyFilter: "de rijen filteren terwijl je typt (elk woord moet voorkomen; Enter houdt het filter, Esc wist het)"
            case .keyClearFilter: "het filter wissen: weer alle documenten"
            case .keySearch: "in de tekst van alle documenten zoeken (de zoektaal van kamervragen search; Enter zoekt)"
            case .keyHelp: "deze hulp"
            case .keyRedraw: "het scherm opnieuw tekenen"
            case .keySuspend: "naar de shell (fg komt terug)"
            case .keyQuit: "stoppen"
            case .keyNextHit: "volgende treffer"
            case .keyPreviousHit: "vorige treffer"
            case .keyFirstHit: "eerste treffer"
            case .keyLastHit: "laatste treffer"
            case .keyOpenHit: "het document openen bij de treffer, de vondst gemarkeerd"
            case .keyBackToList: "terug naar de lijst van documenten"
            case .keyReaderNextHit: "na een zoekopdracht: de volgende treffer, door naar het volgende document"
            case .keyReaderPreviousHit: "na een zoekopdracht: de vorige treffer, terug naar het document ervoor"
            case .keyReaderBack: "terug naar de lijst, waar je was"
            }
        }
    }
}
