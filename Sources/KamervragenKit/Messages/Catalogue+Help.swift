extension Catalogue {
    /// `kamervragen --help` and each command's: abstracts, discussions, and the help of
    /// every argument and option. swift-argument-parser evaluates them at run time, so
    /// they follow the locale; the man page (docs/kamervragen.1) is made from the English.
    public enum Help: MessageSet {
        case rootAbstract
        case rootDiscussion
        case browseAbstract
        case browseFiles
        case browseMouse
        case browsePalette
        case outlineAbstract
        case outlineDiscussion
        case showAbstract
        case showDiscussion
        case showNumber
        case exportAbstract
        case exportDiscussion
        case searchAbstract
        case searchDiscussion
        case searchQuery
        case searchLimit
        case listAbstract
        case listDiscussion
        case listTSV
        case listProblems
        /// The FILE argument of `outline`, `show` and `export`.
        case documentFile
        case libraryPaths
        case jsonLines
        case diagnostics

        public var english: String {
            switch self {
            case .rootAbstract: "Read answers to Dutch parliamentary written questions, question by question."
            case .rootDiscussion:
                "FILE is a text file, a PDF or a Word .docx (- is standard input). With no FILE, "
                    + "a document piped in is read, else the sample inside the program is shown. A folder "
                    + "(or several files) opens the library view."
            case .browseAbstract: "Browse a document, or a library of them (the default command)."
            case .browseFiles:
                "A document (text, PDF or Word); - reads standard input. Default: standard input "
                    + "when it is not a terminal (as less), else the bundled sample. A folder, or several "
                    + "files and folders, open the library view: every document in them, listed and "
                    + "searchable. +N (or a number after the file) opens at question N, +/pattern with "
                    + "that search done."
            case .browseMouse: "Scroll with the mouse wheel (the terminal's own text selection then needs Shift)."
            case .browsePalette: "Colours for a light or dark terminal background (default: $KAMERVRAGEN_PALETTE, else auto)."
            case .outlineAbstract: "One line per question: number, opening words, and where it is answered."
            case .outlineDiscussion:
                """
                A question without an answer says "→ not answered". Notices
                (Mededeling) follow the questions. Example:
                  kamervragen outline antwoord.txt
                """
            case .showAbstract: "Print question N, its answer and their notes as plain text."
            case .showDiscussion:
                """
                For an answer that covers several questions ("Antwoord op vragen 3
                en 4") all of them are printed before it. Text is wrapped to
                $COLUMNS, or 80 columns. An unknown number exits with 64 and lists
                the valid ones.
                """
            case .showNumber: "The question number, e.g. 3 or 2l."
            case .exportAbstract: "Write the parsed document as JSON to standard output."
            case .exportDiscussion:
                """
                The format is described in docs/user-guide.md. Diagnostics are part
                of the JSON (the "diagnostics" array), not printed on standard error.
                Unanswered questions, for example:
                  kamervragen export FILE |
                    jq -r '.questions[] | select(.answer == null) | .number'
                """
            case .searchAbstract: "Full-text search over a library of documents, one hit a line."
            case .searchDiscussion:
                """
                Each hit is a question, answer or note: FILE:Vraag 3: …snippet…
                The query: words (all must occur), "exact phrase", prefix*, -word
                to exclude, a OR b, brackets, and filters: party:VVD,
                minister:Schippers, lid:Omtzigt, from:2024-01-01, to:2024-06,
                in:vraag / in:antwoord / in:noot. Accents and case do not matter.
                Exit status 0 with hits, 1 without (as grep), 64 for a query that
                cannot be run. The index lives in ~/.cache/kamervragen.
                Example:
                  kamervragen search 'stikstof -boeren minister:adema' ~/kamervragen
                """
            case .searchQuery: "The query (quote it for the shell)."
            case .searchLimit: "At most this many hits (the best ones)."
            case .listAbstract: "List the documents of a library, one a line, newest first."
            case .listDiscussion:
                """
                Each line: the date, the number, answered/questions, who asked
                (party) and who answers, the subject. --tsv gives every column
                tab-separated under a header line; --json one object a line.
                Example:
                  kamervragen list --tsv ~/kamervragen | cut -f2,10
                """
            case .listTSV: "Tab-separated columns with a header line."
            case .listProblems: "List the files that are not readable as documents, and why."
            case .documentFile: "A document (text or PDF); - reads standard input."
            case .libraryPaths: "Folders and files of the library."
            case .jsonLines: "One JSON object a line."
            case .diagnostics: "Also print the parser's diagnostics on standard error."
            }
        }

        public var dutch: String {
            switch self {
            case .rootAbstract: "Lees antwoorden op Kamervragen, vraag voor vraag."
            case .rootDiscussion:
                "FILE is een tekstbestand, een pdf of een Word-.docx (- is standaardinvoer). Zonder FILE "
                    + "wordt een document gelezen dat via een pijp binnenkomt, en anders het voorbeeld in het "
                    + "programma getoond. Een map (of meerdere bestanden) opent de bibliotheek."
            case .browseAbstract: "Blader door een document, of door een bibliotheek ervan (het standaardcommando)."
            case .browseFiles:
                "Een document (tekst, pdf of Word); - leest standaardinvoer. Standaard: standaardinvoer "
                    + "als dat geen terminal is (zoals less), anders het meegeleverde voorbeeld. Een map, of "
                    + "meerdere bestanden en mappen, openen de bibliotheek: elk document erin, als lijst en "
                    + "doorzoekbaar. +N (of een getal na het bestand) opent bij vraag N, +/patroon met die "
                    + "zoekopdracht al gedaan."
            case .browseMouse: "Scrol met het muiswiel (tekst selecteren met de terminal vraagt dan Shift)."
            case .browsePalette: "Kleuren voor een lichte of donkere terminalachtergrond (standaard: $KAMERVRAGEN_PALETTE, anders auto)."
            case .outlineAbstract: "Eén regel per vraag: nummer, eerste woorden, en waar ze beantwoord wordt."
            case .outlineDiscussion:
                """
                Bij een vraag zonder antwoord staat "→ niet beantwoord". Mededelingen
                volgen na de vragen. Voorbeeld:
                  kamervragen outline antwoord.txt
                """
            case .showAbstract: "Druk vraag N, het antwoord en hun noten af als platte tekst."
            case .showDiscussion:
                """
                Bij een antwoord op meerdere vragen ("Antwoord op vragen 3 en 4")
                komen ze allemaal eerst. De tekst wordt afgebroken op $COLUMNS,
                of op 80 kolommen. Een onbekend nummer eindigt met 64 en noemt de
                geldige.
                """
            case .showNumber: "Het nummer van de vraag, bijvoorbeeld 3 of 2l."
            case .exportAbstract: "Schrijf het gelezen document als JSON naar standaarduitvoer."
            case .exportDiscussion:
                """
                Het formaat staat in docs/user-guide.nl.md. De diagnostiek hoort bij
                de JSON (de lijst "diagnostics"), niet op standaardfout.
                De onbeantwoorde vragen, bijvoorbeeld:
                  kamervragen export FILE |
                    jq -r '.questions[] | select(.answer == null) | .number'
                """
            case .searchAbstract: "Zoek in de volledige tekst van een bibliotheek, één treffer per regel."
            case .searchDiscussion:
                """
                Elke treffer is een vraag, antwoord of noot: FILE:Vraag 3: …fragment…
                De zoekvraag: woorden (alle moeten voorkomen), "letterlijke zin",
                begin*, -woord om uit te sluiten, a OR b, haakjes, en filters:
                party:VVD, minister:Schippers, lid:Omtzigt, from:2024-01-01,
                to:2024-06, in:vraag / in:antwoord / in:noot. Accenten en
                hoofdletters tellen niet. Afsluitstatus 0 met treffers, 1 zonder
                (zoals grep), 64 voor een zoekvraag die niet uit te voeren is. De
                index staat in ~/.cache/kamervragen.
                Voorbeeld:
                  kamervragen search 'stikstof -boeren minister:adema' ~/kamervragen
                """
            case .searchQuery: "De zoekvraag (met aanhalingstekens voor de shell)."
            case .searchLimit: "Hoogstens zoveel treffers (de beste)."
            case .listAbstract: "Toon de documenten van een bibliotheek, één per regel, nieuwste eerst."
            case .listDiscussion:
                """
                Elke regel: de datum, het nummer, beantwoord/vragen, wie vroeg
                (partij) en wie antwoordt, het onderwerp. --tsv geeft elke kolom
                gescheiden door tabs onder een kopregel; --json één object per regel.
                Voorbeeld:
                  kamervragen list --tsv ~/kamervragen | cut -f2,10
                """
            case .listTSV: "Kolommen gescheiden door tabs, met een kopregel."
            case .listProblems: "Toon de bestanden die niet als document te lezen zijn, en waarom."
            case .documentFile: "Een document (tekst of pdf); - leest standaardinvoer."
            case .libraryPaths: "Mappen en bestanden van de bibliotheek."
            case .jsonLines: "Eén JSON-object per regel."
            case .diagnostics: "Druk ook de diagnostiek van de parser af op standaardfout."
            }
        }
    }
}
