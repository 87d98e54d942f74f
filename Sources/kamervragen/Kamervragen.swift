import ArgumentParser
import KamervragenKit

struct Kamervragen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kamervragen",
        abstract: Catalogue.Help.rootAbstract.text(),
        // The everyday form first, as `less` and `man` show theirs; the subcommands after.
        usage: Catalogue.Help.rootUsage.text(),
        discussion: Catalogue.Help.rootDiscussion.text(),
        version: "0.1.0",
        // Each subcommand names itself (`commandName`): the parser's default derives the
        // name from the type with `String(describing:)`, whose first use for each type
        // searches the runtime's conformance records, over half of `--version`'s time.
        subcommands: [Browse.self, Outline.self, Show.self, Export.self, Search.self, List.self],
        defaultSubcommand: Browse.self
    )
}
