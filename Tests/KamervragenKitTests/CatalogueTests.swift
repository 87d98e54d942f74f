import Testing
@testable import KamervragenKit

/// The message catalogue: every message in both languages, with the same arguments.
@Suite struct CatalogueTests {
    @Test func everyMessageHasBothLanguagesWithTheSameArguments() {
        #expect(!Catalogue.sections.isEmpty)
        for section in Catalogue.sections {
            #expect(!section.pairs.isEmpty, "\(section.name) has no messages")
            for (english, dutch) in section.pairs {
                #expect(!english.isEmpty && !dutch.isEmpty, "\(section.name): an empty template (\(english) / \(dutch))")
                #expect(Catalogue.placeholders(english) == Catalogue.placeholders(dutch),
                        "\(section.name): '\(english)' and '\(dutch)' take different arguments")
                // A template with words in it must be translated; one of only arguments
                // and punctuation ("%1: %2") is the same in both.
                if english.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) {
                    #expect(english != dutch, "\(section.name): '\(english)' is not translated")
                }
            }
        }
    }

    @Test func argumentsAreFilledInByNumberAndNeverReadAsTemplates() {
        #expect(Catalogue.fill("%2 en %1", ["a", "b"]) == "b en a")
        #expect(Catalogue.fill("100%% van %1", ["x"]) == "100% van x")
        #expect(Catalogue.fill("%1", ["%2"]) == "%2")
        #expect(Catalogue.fill("%1 %3", ["a"]) == "a ")
        #expect(Catalogue.fill("eind %", []) == "eind %")
        #expect(Catalogue.placeholders("%1 and %2 but not %%3") == [1, 2])
    }

    @Test func theLocaleVariablesDecideInPOSIXOrder() {
        func language(_ env: [String: String]) -> Language { Language.from { env[$0] } }
        #expect(language([:]) == .english)
        #expect(language(["LANG": "nl_NL.UTF-8"]) == .dutch)
        #expect(language(["LANG": "nl_BE"]) == .dutch)
        #expect(language(["LANG": "en_GB.UTF-8"]) == .english)
        #expect(language(["LANG": "C"]) == .english)
        #expect(language(["LC_MESSAGES": "nl_NL", "LANG": "en_US"]) == .dutch)
        #expect(language(["LC_ALL": "en_US", "LC_MESSAGES": "nl_NL"]) == .english)
        #expect(language(["LC_ALL": "", "LANG": "nl_NL"]) == .dutch)
    }

    @Test func aLoadErrorIsOneLineNamingTheFileInEitherLanguage() {
        let e = LoadError(.badData, path: "a.txt", "empty")
        #expect(e.description == "a.txt: empty")
        #expect(Catalogue.Common.fileProblem.text("a.txt", "leeg", in: .dutch) == "a.txt: leeg")
    }
}
