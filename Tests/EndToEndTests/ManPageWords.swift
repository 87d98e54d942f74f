import Testing

/// The man pages' own words, the parts no `--help` holds (headings, exit status, the
/// environment), in each language; the rest comes from the binary and the key table.
extension ManPage {
    struct Words: Sendable, CustomTestStringConvertible {
        /// The locale the binary's help is dumped in.
        var locale: String
        var keys: String
        var page: String
        var name: String
        var synopsis: String
        var pattern: String
        var command: String
        var options: String
        var description: String
        var commands: String
        var keysHeading: String
        var exitStatusHeading: String
        var exitStatus: String
        var environmentHeading: String
        var environment: [(String, String)]
        var seeAlso: String

        var testDescription: String { page }

        static let english = Words(
            locale: "C.UTF-8", keys: "keys.md", page: "kamervragen.1",
            name: "NAME", synopsis: "SYNOPSIS", pattern: "pattern", command: "command", options: "options",
            description: "DESCRIPTION", commands: "COMMANDS", keysHeading: "KEYS",
            exitStatusHeading: "EXIT STATUS",
            exitStatus: "0 success; 1 search found nothing; 64 usage; 65 bad data; 66 cannot open; 69 a helper program is missing; 70 internal error; 74 output could not be written.",
            environmentHeading: "ENVIRONMENT",
            environment: [
                ("LC_ALL, LC_MESSAGES, LANG", "Dutch messages when the first that is set starts with nl, else English."),
                ("NO_COLOR", "No colours."),
                ("KAMERVRAGEN_PALETTE", "light, dark or auto: the colours when --palette is not given."),
                ("KAMERVRAGEN_HYPERLINKS", "yes or no: URLs as terminal hyperlinks (OSC 8); by default on inside tmux and in terminals known to show them."),
                ("KAMERVRAGEN_CLIPBOARD", "osc52, program or off: how c copies; by default OSC 52 where the terminal (or tmux with set-clipboard on) takes it, else wl-copy, xclip, xsel or pbcopy."),
                ("COLORFGBG", "With the auto palette, a background of 7 or 15 (as in 0;15) means a light terminal."),
                ("XDG_CACHE_HOME", "Where a library's index is kept (kamervragen/ under it)."),
            ],
            seeAlso: "SEE ALSO")

        static let dutch = Words(
            locale: "nl_NL.UTF-8", keys: "keys.nl.md", page: "kamervragen.nl.1",
            name: "NAAM", synopsis: "OVERZICHT", pattern: "patroon", command: "commando", options: "opties",
            description: "BESCHRIJVING", commands: "COMMANDO'S", keysHeading: "TOETSEN",
            exitStatusHeading: "AFSLUITSTATUS",
            exitStatus: "0 gelukt; 1 zoeken vond niets; 64 verkeerd gebruik; 65 onleesbare gegevens; 66 niet te openen; 69 een hulpprogramma ontbreekt; 70 interne fout; 74 de uitvoer kon niet worden geschreven.",
            environmentHeading: "OMGEVING",
            environment: [
                ("LC_ALL, LC_MESSAGES, LANG", "Nederlandse meldingen als de eerste die gezet is met nl begint, anders Engelse."),
                ("NO_COLOR", "Geen kleuren."),
                ("KAMERVRAGEN_PALETTE", "light, dark of auto: de kleuren als --palette niet gegeven is."),
                ("KAMERVRAGEN_HYPERLINKS", "yes of no: URL's als hyperlinks in de terminal (OSC 8); standaard aan binnen tmux en in terminals waarvan bekend is dat ze die tonen."),
                ("KAMERVRAGEN_CLIPBOARD", "osc52, program of off: hoe c kopieert; standaard OSC 52 waar de terminal (of tmux met set-clipboard on) het aanneemt, anders wl-copy, xclip, xsel of pbcopy."),
                ("COLORFGBG", "Met het palet auto betekent een achtergrond 7 of 15 (zoals in 0;15) een lichte terminal."),
                ("XDG_CACHE_HOME", "Waar de index van een bibliotheek bewaard wordt (kamervragen/ daaronder)."),
            ],
            seeAlso: "ZIE OOK")
    }
}
