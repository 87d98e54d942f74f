extension Catalogue {
    /// The words swift-argument-parser itself prints: the stock parts of `--help` and the
    /// sentences it refuses a command line with. The library has no hook for its language,
    /// so `UsageText` finds these in its output and puts the Dutch in their place.
    ///
    /// The English template of each is the parser's own text, character for character: it
    /// is what `UsageText` looks for, and a parser whose sentence changed is then left in
    /// English (and `CLIUsageLanguageTests`, which runs every form, fails).
    public enum Usage: MessageSet {
        // The help screen.
        case overview
        case usage
        case argumentsHeading
        case optionsHeading
        case subcommandsHeading
        case versionFlag
        case helpFlag
        /// The abstract of the parser's own `help` subcommand.
        case helpCommand
        /// After the name of the subcommand run when none is given.
        case defaultSubcommand
        /// Opens the list of an option's values, as in "(values: auto, light, dark)".
        case values
        /// Opens an option's default value, as in "(default: 20)".
        case defaultValue
        /// The same inside a list of values, as in "(values: a, b; default: a)".
        case valuesDefault
        /// The last line of a help with subcommands; %1 is `kamervragen help`.
        case detailedHelp

        // The refusals, most particular first (see `errors`).
        /// %1 the option given, %2 the option it is close to.
        case unknownOptionSuggestion
        case unknownOption
        case invalidOption
        /// %1 is `<file>`, `<number>`, `<query>`: the argument's placeholder.
        case missingArgument
        /// %1 is the option with its placeholder, as in `--max-size <size>`.
        case missingValue
        /// %1 the flag, %2 the value given to it.
        case unexpectedValue
        case unexpectedArgument
        /// %1 how many, %2 them, quoted and separated by `', '`.
        case unexpectedArguments
        /// %1 the value, %2 the option, %3 the choices (see `listOr`).
        case invalidValueChoices
        case invalidValue
        case unsupportedShell
        /// How the parser joins the last two choices: `'auto', 'light' or 'dark'`.
        case listOr
        case listAnd

        /// The refusals `UsageText.error` recognises, in the order it tries them: a form
        /// that another one's beginning also fits comes first.
        public static let errors: [Usage] = [
            .unknownOptionSuggestion, .unknownOption, .invalidOption, .missingArgument, .missingValue,
            .unexpectedValue, .unexpectedArgument, .unexpectedArguments, .invalidValueChoices, .invalidValue,
            .unsupportedShell,
        ]

        public var english: String {
            switch self {
            case .overview: "OVERVIEW: "
            case .usage: "USAGE: "
            case .argumentsHeading: "ARGUMENTS:"
            case .optionsHeading: "OPTIONS:"
            case .subcommandsHeading: "SUBCOMMANDS:"
            case .versionFlag: "Show the version."
            case .helpFlag: "Show help information."
            case .helpCommand: "Show subcommand help information."
            case .defaultSubcommand: "(default)"
            case .values: "(values:"
            case .defaultValue: "(default:"
            case .valuesDefault: "; default:"
            case .detailedHelp: "See '%1 <subcommand>' for detailed help."
            case .unknownOptionSuggestion: "Unknown option '%1'. Did you mean '%2'?"
            case .unknownOption: "Unknown option '%1'"
            case .invalidOption: "Invalid option: %1"
            case .missingArgument: "Missing expected argument '%1'"
            case .missingValue: "Missing value for '%1'"
            case .unexpectedValue: "The option '%1' does not take any value, but '%2' was specified."
            case .unexpectedArgument: "Unexpected argument '%1'"
            case .unexpectedArguments: "%1 unexpected arguments: '%2'"
            case .invalidValueChoices: "The value '%1' is invalid for '%2'. Please provide one of %3."
            case .invalidValue: "The value '%1' is invalid for '%2'"
            case .unsupportedShell: "Can't generate completion scripts for '%1'."
            case .listOr: "' or '"
            case .listAnd: "' and '"
            }
        }

        public var dutch: String {
            switch self {
            case .overview: "OVERZICHT: "
            case .usage: "GEBRUIK: "
            case .argumentsHeading: "ARGUMENTEN:"
            case .optionsHeading: "OPTIES:"
            case .subcommandsHeading: "SUBCOMMANDO'S:"
            case .versionFlag: "Toon het versienummer."
            case .helpFlag: "Toon deze hulp."
            case .helpCommand: "Toon de hulp bij een subcommando."
            case .defaultSubcommand: "(standaard)"
            case .values: "(waarden:"
            case .defaultValue: "(standaard:"
            case .valuesDefault: "; standaard:"
            case .detailedHelp: "Zie '%1 <subcommando>' voor meer hulp."
            case .unknownOptionSuggestion: "onbekende optie '%1'; bedoelt u '%2'?"
            case .unknownOption: "onbekende optie '%1'"
            case .invalidOption: "ongeldige optie: %1"
            case .missingArgument: "het argument '%1' ontbreekt"
            case .missingValue: "de optie '%1' mist haar waarde"
            case .unexpectedValue: "de optie '%1' neemt geen waarde, maar kreeg '%2'"
            case .unexpectedArgument: "onverwacht argument '%1'"
            case .unexpectedArguments: "%1 onverwachte argumenten: '%2'"
            case .invalidValueChoices: "de waarde '%1' is ongeldig voor '%2'; kies %3"
            case .invalidValue: "de waarde '%1' is ongeldig voor '%2'"
            case .unsupportedShell: "geen aanvulscript voor de shell '%1' (wel voor bash, zsh en fish)"
            case .listOr: "' of '"
            case .listAnd: "' en '"
            }
        }
    }
}
