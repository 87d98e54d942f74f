extension Catalogue {
    /// The key list: section titles and what each key does, shown by the help screen and
    /// generated into docs/keys.md (English) and docs/keys.nl.md (Dutch); and what the
    /// reader says about a key that does nothing where it was pressed.
    public enum Keys: MessageSet {
        // Sections, one or more per screen of the reader.
        case moving, questionsAndLinks, searching, other, whileTyping, inContents, inHelp

        // Reading.
        case lineDownCounted, lineUpCounted, pageDown, pageUp, halfPageDown, halfPageUp
        case documentStart, documentEnd, nextQuestion, previousQuestion, goToQuestion
        case answer, nextLink, previousLink, follow, back, forward, notes, open, copy, contents
        case searchForward, searchBackward, nextMatch, previousMatch
        case escape, help, position, redraw, suspend, quit

        // The search prompt.
        case acceptSearch, cancelSearch, eraseCharacter, typeCharacter

        // The contents.
        case selectNextQuestion, selectPreviousQuestion, firstQuestion, lastQuestion
        case jumpToSelected, eraseDigit, closeContents

        // The help.
        case lineDown, lineUp, toStart, toEnd, closeHelp

        // Around the list.
        case listTitle, keysColumn, actionColumn, searchRules, generatedFrom
        case helpTitle, helpStatus

        // A key that does nothing where it was pressed; %1 is the key's name.
        case notAKeyHere, nothingInHelp, nothingInContents

        public var english: String {
            switch self {
            case .moving: "Moving"
            case .questionsAndLinks: "Questions, answers and links"
            case .searching: "Searching"
            case .other: "Other"
            case .whileTyping: "While typing a search"
            case .inContents: "In the contents (t)"
            case .inHelp: "In this help (h)"
            case .lineDownCounted: "line down (a number first: that many lines)"
            case .lineUpCounted: "line up (a number first: that many lines)"
            case .pageDown: "page down"
            case .pageUp: "page up"
            case .halfPageDown: "half a page down"
            case .halfPageUp: "half a page up"
            case .documentStart: "top of the document"
            case .documentEnd: "end of the document"
            case .nextQuestion: "next question"
            case .previousQuestion: "previous question"
            case .goToQuestion: "go to question N (type the number, then g or Enter)"
            case .answer: "from a question to its answer; from an answer back to its question"
            case .nextLink: "select the next link on screen (note marker, answer link, URL, notes pane URL)"
            case .previousLink: "select the previous link on screen"
            case .follow: "follow the selected link (a note opens the notes pane); with none selected, a line down"
            case .back: "back in the jump history"
            case .forward: "forward in the jump history"
            case .notes: "show / hide the notes pane (the notes of what is on screen)"
            case .open: "open the selected URL (or the selected note's first URL) in the browser"
            case .copy: "copy the selected URL, or else the question on screen with its answer, to the clipboard"
            case .contents: "table of contents: every question and its answer"
            case .searchForward: "search forward (as you type; Enter accepts, Esc cancels)"
            case .searchBackward: "search backward"
            case .nextMatch: "next match"
            case .previousMatch: "previous match"
            case .escape: "close the notes pane, else clear the search highlight, else unselect the link"
            case .help: "this help"
            case .position: "file name, lines on screen, how many questions are answered"
            case .redraw: "redraw the screen"
            case .suspend: "suspend to the shell (fg resumes)"
            case .quit: "quit"
            case .acceptSearch: "accept the search (an empty one repeats the last search)"
            case .cancelSearch: "cancel: back to where the search started"
            case .eraseCharacter: "erase the last character (on an empty search: cancel)"
            case .typeCharacter: "any other character is added to the search"
            case .selectNextQuestion: "select the next question"
            case .selectPreviousQuestion: "select the previous question"
            case .firstQuestion: "select the first question"
            case .lastQuestion: "select the last question"
            case .jumpToSelected: "go to the selected question"
            case .eraseDigit: "erase the last digit of a number being typed"
            case .closeContents: "close the contents (Esc after a number: forget the number)"
            case .lineDown: "line down"
            case .lineUp: "line up"
            case .toStart: "to the start"
            case .toEnd: "to the end"
            case .closeHelp: "close the help"
            case .listTitle: "kamervragen keys"
            case .keysColumn: "keys"
            case .actionColumn: "action"
            case .searchRules: "Search ignores accents (creeren finds creëren) and is case-sensitive only when the query has a capital letter (comensha finds CoMensha, Comensha does not)."
            case .generatedFrom: "Generated from Sources/BrowserCore/Help/KeyTable.swift; the help screen (h) shows the same list."
            case .helpTitle: "Help · q or Esc to close"
            case .helpStatus: "j/k scroll · q close"
            case .notAKeyHere: "%1 is not a key here · h lists the keys"
            case .nothingInHelp: "%1 does nothing in the help · q closes it"
            case .nothingInContents: "%1 does nothing in the contents · Enter jumps, q closes"
            }
        }

        public var dutch: String {
            switch self {
            case .moving: "Bewegen"
            case .questionsAndLinks: "Vragen, antwoorden en links"
            case .searching: "Zoeken"
            case .other: "Overig"
            case .whileTyping: "Tijdens het typen van een zoekopdracht"
            case .inContents: "In de inhoud (t)"
            case .inHelp: "In deze hulp (h)"
            case .lineDownCounted: "regel omlaag (eerst een getal: zoveel regels)"
            case .lineUpCounted: "regel omhoog (eerst een getal: zoveel regels)"
            case .pageDown: "pagina omlaag"
            case .pageUp: "pagina omhoog"
            case .halfPageDown: "halve pagina omlaag"
            case .halfPageUp: "halve pagina omhoog"
            case .documentStart: "begin van het document"
            case .documentEnd: "einde van het document"
            case .nextQuestion: "volgende vraag"
            case .previousQuestion: "vorige vraag"
            case .goToQuestion: "naar vraag N (typ het nummer, dan g of Enter)"
            case .answer: "van een vraag naar haar antwoord; van een antwoord terug naar de vraag"
            case .nextLink: "kies de volgende link op het scherm (notenteken, antwoordlink, URL, URL in het notenvenster)"
            case .previousLink: "kies de vorige link op het scherm"
            case .follow: "volg de gekozen link (een noot opent het notenvenster); zonder gekozen link een regel omlaag"
            case .back: "terug in de spronggeschiedenis"
            case .forward: "vooruit in de spronggeschiedenis"
            case .notes: "notenvenster tonen / verbergen (de noten van wat op het scherm staat)"
            case .open: "open de gekozen URL (of de eerste URL van de gekozen noot) in de webbrowser"
            case .copy: "kopieer de gekozen URL, of anders de vraag in beeld met het antwoord, naar het klembord"
            case .contents: "inhoudsopgave: elke vraag en haar antwoord"
            case .searchForward: "zoek vooruit (terwijl je typt; Enter bevestigt, Esc breekt af)"
            case .searchBackward: "zoek achteruit"
            case .nextMatch: "volgende treffer"
            case .previousMatch: "vorige treffer"
            case .escape: "sluit het notenvenster, anders wis de zoekmarkering, anders de gekozen link"
            case .help: "deze hulp"
            case .position: "bestandsnaam, regels op het scherm, hoeveel vragen beantwoord zijn"
            case .redraw: "scherm opnieuw tekenen"
            case .suspend: "naar de shell (fg gaat verder)"
            case .quit: "stoppen"
            case .acceptSearch: "zoekopdracht bevestigen (een lege herhaalt de vorige zoekopdracht)"
            case .cancelSearch: "afbreken: terug naar waar het zoeken begon"
            case .eraseCharacter: "laatste teken wissen (bij een lege zoekopdracht: afbreken)"
            case .typeCharacter: "elk ander teken komt in de zoekopdracht"
            case .selectNextQuestion: "kies de volgende vraag"
            case .selectPreviousQuestion: "kies de vorige vraag"
            case .firstQuestion: "kies de eerste vraag"
            case .lastQuestion: "kies de laatste vraag"
            case .jumpToSelected: "naar de gekozen vraag"
            case .eraseDigit: "laatste cijfer wissen van een getal dat je typt"
            case .closeContents: "inhoud sluiten (Esc na een getal: vergeet het getal)"
            case .lineDown: "regel omlaag"
            case .lineUp: "regel omhoog"
            case .toStart: "naar het begin"
            case .toEnd: "naar het einde"
            case .closeHelp: "hulp sluiten"
            case .listTitle: "kamervragen-toetsen"
            case .keysColumn: "toetsen"
            case .actionColumn: "actie"
            case .searchRules: "Zoeken negeert accenten (creeren vindt creëren) en let alleen op hoofdletters als de zoekopdracht er een bevat (comensha vindt CoMensha, Comensha niet)."
            case .generatedFrom: "Gemaakt uit Sources/BrowserCore/Help/KeyTable.swift; het hulpscherm (h) toont dezelfde lijst."
            case .helpTitle: "Hulp · q of Esc sluit"
            case .helpStatus: "j/k scrollen · q sluit"
            case .notAKeyHere: "%1 is hier geen toets · h toont de toetsen"
            case .nothingInHelp: "%1 doet niets in de hulp · q sluit die"
            case .nothingInContents: "%1 doet niets in de inhoud · Enter springt, q sluit"
            }
        }
    }
}
