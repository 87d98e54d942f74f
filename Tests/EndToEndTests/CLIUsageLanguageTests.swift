import Foundation
import KamervragenKit
import Testing

/// swift-argument-parser's own words in the user's language (issue 11): every refusal
/// our command line can meet, and every form of `--help`. Each refusal form the
/// catalogue translates is run here, with the parser's English under `LANG=C` and the
/// Dutch under `nl_NL`, so a parser update that rewords a sentence (which would then stay
/// English) fails this test.
struct CLIUsageLanguageTests {
    struct Refusal: Sendable, CustomTestStringConvertible {
        var form: Catalogue.Usage
        var arguments: [String]
        var english: String
        var dutch: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let refusals: [Refusal] = [
        Refusal(form: .unknownOptionSuggestion, arguments: ["--mous"],
                english: "Unknown option '--mous'. Did you mean '--mouse'?", dutch: "onbekende optie '--mous'; bedoelt u '--mouse'?"),
        Refusal(form: .unknownOption, arguments: ["-x", CLI.seed],
                english: "Unknown option '-x'", dutch: "onbekende optie '-x'"),
        Refusal(form: .invalidOption, arguments: ["---x"],
                english: "Invalid option: ---x", dutch: "ongeldige optie: ---x"),
        Refusal(form: .missingArgument, arguments: ["outline"],
                english: "Missing expected argument '<file>'", dutch: "het argument '<bestand>' ontbreekt"),
        Refusal(form: .missingArgument, arguments: ["show", CLI.seed],
                english: "Missing expected argument '<number>'", dutch: "het argument '<nummer>' ontbreekt"),
        Refusal(form: .missingValue, arguments: ["--max-size"],
                english: "Missing value for '--max-size <size>'", dutch: "de optie '--max-size <grootte>' mist haar waarde"),
        Refusal(form: .unexpectedValue, arguments: ["--mouse=yes"],
                english: "The option '--mouse' does not take any value, but 'yes' was specified.",
                dutch: "de optie '--mouse' neemt geen waarde, maar kreeg 'yes'"),
        Refusal(form: .unexpectedArgument, arguments: ["export", CLI.seed, "b"],
                english: "Unexpected argument 'b'", dutch: "onverwacht argument 'b'"),
        Refusal(form: .unexpectedArguments, arguments: ["export", CLI.seed, "b", "c"],
                english: "2 unexpected arguments: 'b', 'c'", dutch: "2 onverwachte argumenten: 'b', 'c'"),
        Refusal(form: .invalidValueChoices, arguments: ["--palette", "purple", CLI.seed],
                english: "The value 'purple' is invalid for '--palette <palette>'. Please provide one of 'auto', 'light' or 'dark'.",
                dutch: "de waarde 'purple' is ongeldig voor '--palette <palet>'; kies 'auto', 'light' of 'dark'"),
        Refusal(form: .invalidValue, arguments: ["--max-size", "veel", CLI.seed],
                english: "The value 'veel' is invalid for '--max-size <size>'", dutch: "de waarde 'veel' is ongeldig voor '--max-size <grootte>'"),
        Refusal(form: .invalidValue, arguments: ["search", "--limit", "x", "q", "/nonexistent"],
                english: "The value 'x' is invalid for '--limit <limit>'", dutch: "de waarde 'x' is ongeldig voor '--limit <aantal>'"),
        Refusal(form: .unsupportedShell, arguments: ["--generate-completion-script", "foo"],
                english: "Can't generate completion scripts for 'foo'.",
                dutch: "geen aanvulscript voor de shell 'foo' (wel voor bash, zsh en fish)"),
    ]

    static let english = ["LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""]
    static let dutch = ["LANG": "nl_NL.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""]

    @Test func everyFormTheCatalogueTranslatesIsRunHere() {
        #expect(Set(Self.refusals.map(\.form)) == Set(Catalogue.Usage.errors))
    }

    @Test(arguments: refusals)
    func theRefusalIsTheParsersInEnglishAndTheCataloguesInDutch(_ refusal: Refusal) throws {
        let en = try Binary.run(refusal.arguments, environment: Self.english)
        CLI.expectNoCrash(en)
        #expect(en.status == 64)
        #expect(en.stderr == "kamervragen: \(refusal.english) (kamervragen --help lists what it takes)\n")
        let nl = try Binary.run(refusal.arguments, environment: Self.dutch)
        CLI.expectNoCrash(nl)
        #expect(nl.status == 64)
        #expect(nl.stderr == "kamervragen: \(refusal.dutch) (kamervragen --help zegt wat het programma aanneemt)\n")
        #expect(en.stdout.isEmpty && nl.stdout.isEmpty)
    }

    /// A wrong number for `show` is the program's own refusal, Dutch too, with exit 64.
    @Test func aBadQuestionNumberIsRefusedInDutch() throws {
        let r = try Binary.run(["show", CLI.seed, "999"], environment: Self.dutch)
        #expect(r.status == 64)
        #expect(r.stderr.hasPrefix("kamervragen: ") && r.stderr.contains(": geen vraag 999 ("), "\(r.stderr)")
    }

    static let helpForms: [[String]] = [
        ["--help"], ["-h"], ["help"], ["help", "outline"], ["outline", "--help"], ["browse", "--help"],
        ["show", "-h"], ["help", "search"], ["list", "--help"], ["export", "--help"],
    ]

    /// The parser's words that must not be left in a Dutch help.
    static let parserEnglish = [
        "OVERVIEW:", "USAGE:", "ARGUMENTS:", "OPTIONS:", "SUBCOMMANDS:", "Show the version.",
        "Show help information.", "Show subcommand help information.", "for detailed help", "(values:", "(default",
    ]

    @Test(arguments: helpForms)
    func helpIsDutchForADutchLocaleAndFitsTheWidth(_ arguments: [String]) throws {
        for columns in [80, 60] {
            let r = try Binary.run(arguments, environment: Self.dutch.merging(["COLUMNS": "\(columns)"]) { $1 })
            #expect(r.status == 0 && r.stderr.isEmpty, "\(r.stderr)")
            #expect(r.stdout.hasPrefix("OVERZICHT: ") || r.stdout.hasPrefix("GEBRUIK: "), "\(r.stdout)")
            for english in Self.parserEnglish {
                #expect(!r.stdout.contains(english), "\(arguments): '\(english)' left in \(r.stdout)")
            }
            #expect(r.stdout.contains("GEBRUIK: ") && r.stdout.contains("  -h, --help              Toon deze hulp.\n"))
            // The usage lines are never wrapped, in English either; every other line fits.
            var inUsage = false
            for line in r.stdout.split(separator: "\n", omittingEmptySubsequences: false) {
                if line.hasPrefix("GEBRUIK: ") { inUsage = true } else if !line.hasPrefix("         ") { inUsage = false }
                #expect(inUsage || line.count <= columns, "\(arguments) at \(columns): too long: \(line)")
            }
        }
    }

    /// The parser's own `help` command, which has no `--help` line of its own.
    @Test func theHelpCommandsOwnHelpIsDutch() throws {
        let r = try Binary.run(["help", "help"], environment: Self.dutch)
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("OVERZICHT: Toon de hulp bij een subcommando.\n"), "\(r.stdout)")
        for english in Self.parserEnglish { #expect(!r.stdout.contains(english), "'\(english)' left in \(r.stdout)") }
    }

    @Test func theRootHelpKeepsItsColumnsInDutch() throws {
        let r = try Binary.run(["--help"], environment: Self.dutch.merging(["COLUMNS": "80"]) { $1 })
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("GEBRUIK: kamervragen [FILE]") && lines.contains("         kamervragen <subcommando> [<opties>]"), "\(r.stdout)")
        #expect(lines.contains("OPTIES:") && lines.contains("SUBCOMMANDO'S:"))
        let outline = try Binary.run(["help", "outline"], environment: Self.dutch.merging(["COLUMNS": "80"]) { $1 })
        #expect(outline.stdout.contains("GEBRUIK: kamervragen outline <bestand> [--max-size <grootte>] [--diagnostics]"), "\(outline.stdout)")
        #expect(lines.contains("  --version               Toon het versienummer."))
        let browse = try #require(lines.first { $0.hasPrefix("  browse (standaard)") })
        #expect(browse.hasPrefix("  browse (standaard)      Blader"), "\(browse)")
        #expect(lines.last == "  Zie 'kamervragen help <subcommando>' voor meer hulp.")
    }

    @Test(arguments: helpForms)
    func helpIsTheParsersOwnInEnglish(_ arguments: [String]) throws {
        let r = try Binary.run(arguments, environment: Self.english.merging(["COLUMNS": "80"]) { $1 })
        #expect(r.status == 0 && r.stderr.isEmpty)
        #expect(r.stdout.contains("USAGE: ") && r.stdout.contains("  -h, --help              Show help information.\n"))
        for dutch in ["OVERZICHT", "GEBRUIK", "OPTIES", "Toon deze hulp", "standaard"] {
            #expect(!r.stdout.contains(dutch), "\(arguments): '\(dutch)' in \(r.stdout)")
        }
    }

    /// The completion scripts that show descriptions (zsh, fish) give the parser's stock
    /// ones in the user's language, as they already give the commands' own abstracts.
    @Test(arguments: ["zsh", "fish"])
    func completionDescriptionsFollowTheLocale(_ shell: String) throws {
        let en = try Binary.run(["--generate-completion-script", shell], environment: Self.english)
        let nl = try Binary.run(["--generate-completion-script", shell], environment: Self.dutch)
        #expect(en.status == 0 && nl.status == 0)
        for stock in ["Show help information.", "Show the version.", "Show subcommand help information."] {
            #expect(en.stdout.contains(stock), "\(shell): English lacks '\(stock)'")
            #expect(!nl.stdout.contains(stock), "\(shell): '\(stock)' under nl")
        }
        for dutch in ["Toon deze hulp.", "Toon het versienummer.", "Toon de hulp bij een subcommando."] {
            #expect(nl.stdout.contains(dutch), "\(shell): Dutch lacks '\(dutch)'")
        }
    }

    /// The version and bash's completion script (which has no descriptions) are the same
    /// in both languages.
    @Test(arguments: [["--version"], ["--generate-completion-script", "bash"]])
    func whatIsNotHelpIsTheSameInBothLanguages(_ arguments: [String]) throws {
        let en = try Binary.run(arguments, environment: Self.english)
        let nl = try Binary.run(arguments, environment: Self.dutch)
        #expect(en.status == 0 && nl.status == 0)
        #expect(!en.stdout.isEmpty && en.stdout == nl.stdout)
    }
}
