import Testing
@testable import KamervragenKit

/// `Catalogue.match` (a template read backwards) and `UsageText`, which says the
/// argument parser's own words in Dutch, on the parser's text as it prints it.
@Suite struct UsageTextTests {
    @Test func aTemplateGivesBackItsArguments() {
        #expect(Catalogue.match("Unknown option '%1'", "Unknown option '--x'") == ["--x"])
        #expect(Catalogue.match("%2 before %1", "b before a") == ["a", "b"])
        #expect(Catalogue.match("no arguments", "no arguments") == [])
        #expect(Catalogue.match("no arguments", "no arguments here") == nil)
        #expect(Catalogue.match("A '%1' and '%2'.", "A 'x' and 'it's'.") == ["x", "it's"])
        #expect(Catalogue.match("ends with %1", "ends with the rest") == ["the rest"])
        // Every argument has at least one character, and the last literal ends the sentence.
        #expect(Catalogue.match("Unknown option '%1'", "Unknown option ''") == nil)
        #expect(Catalogue.match("Unknown option '%1'", "Unknown option '--a'. Did you mean '--b'?") == nil)
        #expect(Catalogue.match("%1%2", "ab") == nil)
        #expect(Catalogue.match("100%% of %1", "100% of it") == ["it"])
        // Whatever fill makes, match reads back.
        let template = Catalogue.Usage.invalidValueChoices.english
        let sentence = Catalogue.fill(template, ["v", "--o <o>", "'a' or 'b'"])
        #expect(Catalogue.match(template, sentence) == ["v", "--o <o>", "'a' or 'b'"])
    }

    @Test func aRefusalIsSaidInDutch() {
        #expect(UsageText.error("Unknown option '--mous'. Did you mean '--mouse'?", in: .dutch)
                == "onbekende optie '--mous'; bedoelt u '--mouse'?")
        #expect(UsageText.error("Unknown option '-x'", in: .dutch) == "onbekende optie '-x'")
        #expect(UsageText.error("The value 'p' is invalid for '--palette <palette>'. Please provide one of 'auto', 'light' or 'dark'.", in: .dutch)
                == "de waarde 'p' is ongeldig voor '--palette <palette>'; kies 'auto', 'light' of 'dark'")
        #expect(UsageText.error("The value 'p' is invalid for '--x <x>'. Please provide one of 'a' and 'b'.", in: .dutch)
                == "de waarde 'p' is ongeldig voor '--x <x>'; kies 'a' en 'b'")
        #expect(UsageText.error("3 unexpected arguments: 'a', 'b', 'c'", in: .dutch) == "3 onverwachte argumenten: 'a', 'b', 'c'")
    }

    @Test func aSentenceNotKnownStaysTheParsers() {
        let future = "Option '--mouse' is deprecated and will be removed."
        #expect(UsageText.error(future, in: .dutch) == future)
        #expect(UsageText.error("Unknown option '-x'", in: .english) == "Unknown option '-x'")
    }

    /// Every refusal form reads back from its own English, so none is shadowed by a form
    /// tried before it.
    @Test func everyFormIsRecognisedAsItself() {
        for form in Catalogue.Usage.errors {
            let count = Catalogue.placeholders(form.english).count
            let sentence = Catalogue.fill(form.english, (1...max(count, 1)).map { "x\($0)" })
            #expect(UsageText.error(sentence, in: .dutch) == form.text(arguments: (1...max(count, 1)).map { "x\($0)" }, in: .dutch),
                    "\(form)")
        }
    }

    static let englishHelp = """
        OVERVIEW: Read answers to Dutch parliamentary written questions, question by
        question.

        USAGE: kamervragen [FILE]
               kamervragen <subcommand> [<options>]

        ARGUMENTS:
          <files>                 A document.

        OPTIONS:
          --palette <palette>     Colours (default: $KAMERVRAGEN_PALETTE, else auto).
                                  (values: auto, light, dark)
          --limit <n>             At most this many (values: 1, 2; default: 1).
          --version               Show the version.
          -h, --help              Show help information.

        SUBCOMMANDS:
          browse (default)        Browse a document.
          a-very-long-command-name (default)
                                  Long.

          See 'kamervragen help <subcommand>' for detailed help.
        """

    @Test func theHelpsStockWordsAreSaidInDutch() {
        let dutch = UsageText.help(Self.englishHelp, in: .dutch)
        #expect(dutch == """
            OVERZICHT: Read answers to Dutch parliamentary written questions, question by
            question.

            GEBRUIK: kamervragen [FILE]
                     kamervragen <subcommand> [<options>]

            ARGUMENTEN:
              <files>                 A document.

            OPTIES:
              --palette <palette>     Colours (standaard: $KAMERVRAGEN_PALETTE, else auto).
                                      (waarden: auto, light, dark)
              --limit <n>             At most this many (waarden: 1, 2; standaard: 1).
              --version               Toon het versienummer.
              -h, --help              Toon deze hulp.

            SUBCOMMANDO'S:
              browse (standaard)      Browse a document.
              a-very-long-command-name (standaard)
                                      Long.

              Zie 'kamervragen help <subcommando>' voor meer hulp.
            """)
        #expect(UsageText.help(Self.englishHelp, in: .english) == Self.englishHelp)
        #expect(UsageText.help("OVERVIEW: Show subcommand help information.\n\nUSAGE: kamervragen help", in: .dutch)
                == "OVERZICHT: Toon de hulp bij een subcommando.\n\nGEBRUIK: kamervragen help")
        #expect(UsageText.isHelp(Self.englishHelp) && !UsageText.isHelp("0.1.0") && !UsageText.isHelp("#!/bin/bash"))
    }

    @Test func theHelpAsJSONGetsTheDutchStockAbstracts() {
        let json = #"{"abstract" : "Show help information.", "x" : "Show the version. more"}"#
        #expect(UsageText.helpDump(json, in: .dutch) == #"{"abstract" : "Toon deze hulp.", "x" : "Show the version. more"}"#)
        #expect(UsageText.helpDump(json, in: .english) == json)
    }
}
