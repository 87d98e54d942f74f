extension Catalogue {
    /// A library of many documents: its index in the cache, indexing, and the `search`
    /// and `list` commands.
    public enum Library: MessageSet {
        case noCacheFolder
        case cannotCreateCache
        case cannotWriteCache
        case cannotWriteIndex
        case indexDamaged
        case waitingForOther
        case interruptedWaiting
        case indexUnusable
        case memoryIndexFailed
        case interrupted
        case deferred
        case deferredMore
        case problems
        case problem
        case searchFailed
        case listFailed
        case noPaths
        case badLimit
        case tsvAndJSON
        case queryProblem
        case progressCount
        case progressRate
        case progressLeft
        case notAFile
        case noSuchPath
        case permissionDenied
        // Why the index file could not be used, in a few words.
        case reasonDamaged
        case reasonNotAnIndex
        case reasonDiskFull
        case reasonReadOnly
        case reasonCannotOpen
        case reasonInputOutput
        case reasonLocked
        case reasonOther

        public var english: String {
            switch self {
            case .noCacheFolder: "no cache folder (neither XDG_CACHE_HOME nor HOME is set): using an in-memory index"
            case .cannotCreateCache: "cannot create the cache folder %1 (%2): using an in-memory index"
            case .cannotWriteCache: "cannot write in the cache folder %1 (%2): using an in-memory index"
            case .cannotWriteIndex: "cannot write the index %1 (%2): using an in-memory index"
            case .indexDamaged: "the index %1 was damaged (%2): rebuilding it"
            case .waitingForOther: "waiting for another kamervragen that is indexing this library…"
            case .interruptedWaiting: "interrupted while waiting for another kamervragen"
            case .indexUnusable: "the index %1 cannot be used (%2)"
            case .memoryIndexFailed: "the in-memory index failed (%1)"
            case .interrupted: "interrupted: %1 of %2 files are indexed; the next run continues"
            case .deferred: "%1: %2; not indexed now, tried again next run"
            case .deferredMore: "%1: %2; not indexed now (and %3 more files), tried again next run"
            case .problems: "%1 files are not readable as documents (kamervragen list --problems names them)"
            case .problem: "1 file is not readable as documents (kamervragen list --problems names them)"
            case .searchFailed: "the index failed while searching; run the command again to rebuild it"
            case .listFailed: "the index failed while listing; run the command again to rebuild it"
            case .noPaths: "give the folders or files of the library, e.g. kamervragen list ~/kamervragen"
            case .badLimit: "--limit must be at least 1"
            case .tsvAndJSON: "--tsv and --json exclude each other"
            case .queryProblem: "query: %1"
            case .progressCount: "indexing %1/%2"
            case .progressRate: "%1 per second"
            case .progressLeft: "%1 left"
            case .notAFile: "not a regular file"
            case .noSuchPath: "no such file or folder"
            case .permissionDenied: "permission denied"
            case .reasonDamaged: "damaged pages"
            case .reasonNotAnIndex: "not an index file"
            case .reasonDiskFull: "the disk is full"
            case .reasonReadOnly: "read-only"
            case .reasonCannotOpen: "cannot open it"
            case .reasonInputOutput: "an input/output error"
            case .reasonLocked: "locked by another program for too long"
            case .reasonOther: "database error %1"
            }
        }

        public var dutch: String {
            switch self {
            case .noCacheFolder: "geen cachemap (XDG_CACHE_HOME noch HOME is gezet): de index staat alleen in het geheugen"
            case .cannotCreateCache: "kan de cachemap %1 niet maken (%2): de index staat alleen in het geheugen"
            case .cannotWriteCache: "kan niet schrijven in de cachemap %1 (%2): de index staat alleen in het geheugen"
            case .cannotWriteIndex: "kan de index %1 niet schrijven (%2): de index staat alleen in het geheugen"
            case .indexDamaged: "de index %1 was beschadigd (%2): hij wordt opnieuw opgebouwd"
            case .waitingForOther: "wacht op een andere kamervragen die deze bibliotheek indexeert…"
            case .interruptedWaiting: "onderbroken tijdens het wachten op een andere kamervragen"
            case .indexUnusable: "de index %1 is onbruikbaar (%2)"
            case .memoryIndexFailed: "de index in het geheugen is mislukt (%1)"
            case .interrupted: "onderbroken: %1 van %2 bestanden zijn geïndexeerd; de volgende keer gaat het verder"
            case .deferred: "%1: %2; nu niet geïndexeerd, de volgende keer opnieuw geprobeerd"
            case .deferredMore: "%1: %2; nu niet geïndexeerd (en nog %3 bestanden), de volgende keer opnieuw geprobeerd"
            case .problems: "%1 bestanden zijn niet als document te lezen (kamervragen list --problems noemt ze)"
            case .problem: "1 bestand is niet als document te lezen (kamervragen list --problems noemt het)"
            case .searchFailed: "de index faalde tijdens het zoeken; geef de opdracht opnieuw om hem opnieuw op te bouwen"
            case .listFailed: "de index faalde tijdens het opsommen; geef de opdracht opnieuw om hem opnieuw op te bouwen"
            case .noPaths: "geef de mappen of bestanden van de bibliotheek, bijvoorbeeld kamervragen list ~/kamervragen"
            case .badLimit: "--limit moet minstens 1 zijn"
            case .tsvAndJSON: "--tsv en --json sluiten elkaar uit"
            case .queryProblem: "zoekvraag: %1"
            case .progressCount: "indexeren %1/%2"
            case .progressRate: "%1 per seconde"
            case .progressLeft: "nog %1"
            case .notAFile: "geen gewoon bestand"
            case .noSuchPath: "bestand of map bestaat niet"
            case .permissionDenied: "geen toestemming"
            case .reasonDamaged: "beschadigde pagina's"
            case .reasonNotAnIndex: "geen indexbestand"
            case .reasonDiskFull: "de schijf is vol"
            case .reasonReadOnly: "alleen-lezen"
            case .reasonCannotOpen: "kan hem niet openen"
            case .reasonInputOutput: "een invoer/uitvoerfout"
            case .reasonLocked: "te lang vergrendeld door een ander programma"
            case .reasonOther: "databasefout %1"
            }
        }
    }

    /// Why a search query cannot be run: short, saying what to change.
    public enum Query: MessageSet {
        case empty
        case onlyFilters
        case onlyExcluded
        case unclosedQuote
        case unclosedBracket
        case unopenedBracket
        case danglingOr
        case unknownField
        case emptyValue
        case badDate
        case badPassageKind
        case datesCrossed
        case engine

        public var english: String {
            switch self {
            case .empty: "nothing to search for: type a word"
            case .onlyFilters: "filters alone find nothing: add a word to search for"
            case .onlyExcluded: "a query cannot only exclude words (-word): add a word to find"
            case .unclosedQuote: "a quote is not closed: end the phrase with \""
            case .unclosedBracket: "a bracket is not closed: add )"
            case .unopenedBracket: "a closing bracket has no opening one"
            case .danglingOr: "OR needs a word on both sides"
            case .unknownField: "unknown field %1: (fields: party:, minister:, lid:, from:, to:, in:)"
            case .emptyValue: "%1: needs a value, e.g. %2"
            case .badDate: "%1: wants a date such as 2024-01-31, 2024-01 or 2024, not %2"
            case .badPassageKind: "in: takes vraag, antwoord, noot or mededeling, not %1"
            case .datesCrossed: "from: is later than to:"
            case .engine: "the search engine cannot take this query: try fewer operators or quote the words"
            }
        }

        public var dutch: String {
            switch self {
            case .empty: "niets om naar te zoeken: typ een woord"
            case .onlyFilters: "alleen filters vinden niets: voeg een zoekwoord toe"
            case .onlyExcluded: "een zoekvraag kan niet alleen woorden uitsluiten (-woord): voeg een woord toe om te vinden"
            case .unclosedQuote: "een aanhalingsteken is niet gesloten: sluit de woordgroep af met \""
            case .unclosedBracket: "een haakje is niet gesloten: voeg ) toe"
            case .unopenedBracket: "bij een sluithaakje hoort geen openingshaakje"
            case .danglingOr: "OR heeft aan beide kanten een woord nodig"
            case .unknownField: "onbekend veld %1: (velden: partij:, minister:, lid:, van:, tot:, in:)"
            case .emptyValue: "%1: heeft een waarde nodig, bijvoorbeeld %2"
            case .badDate: "%1: verwacht een datum zoals 2024-01-31, 2024-01 of 2024, niet %2"
            case .badPassageKind: "in: neemt vraag, antwoord, noot of mededeling, niet %1"
            case .datesCrossed: "van: ligt na tot:"
            case .engine: "de zoekmachine kan deze zoekvraag niet aan: gebruik minder operatoren of zet de woorden tussen aanhalingstekens"
            }
        }
    }
}
